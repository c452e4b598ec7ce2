# EX-32 第一公式 f(x) = x wᵀ + b：四种写法给出同一个分数；分数除以 ‖w‖ 是到超平面的有符号距离
import numpy as np

w = np.array([3.0, 4.0])  # 权重（法向量），‖w‖ = 5
b = -10.0  # 偏置
x = np.array([3.0, 3.0])  # 一个样本

row = x[None, :] @ w[None, :].T + b  # x、w 都是 1×n 的行矩阵：x wᵀ + b，结果是 1×1 矩阵
col = w[:, None].T @ x[:, None] + b  # x、w 都是 n×1 的列向量：wᵀx + b
dot = np.dot(w, x) + b  # 点积 w·x + b
by_sum = np.sum(x * w) + b  # 逐项求和 Σ x_i w_i + b
print(f"行矩阵 x wᵀ + b = {row.item():.4f}（形状 {row.shape}）")
print(f"列向量 wᵀx + b  = {col.item():.4f}（形状 {col.shape}）")
print(f"点积 w·x + b    = {dot:.4f}，逐项求和 = {by_sum:.4f}")
assert np.allclose([row.item(), col.item(), by_sum], dot)

# 整个数据集：每行一个样本的设计矩阵 X，一次矩阵乘法算出所有分数
X = np.array([[3.0, 3.0], [1.2, 1.6], [0.0, 0.0], [2.0, 0.0], [-1.0, 5.0]])
scores = X @ w + b
distance = scores / np.linalg.norm(w)  # 有符号距离 f(x)/‖w‖
print("\n样本           分数 f(x)   有符号距离 f(x)/‖w‖   类别 (f>0 → 1)")
for xi, s, d in zip(X, scores, distance):
    print(f"{str(xi.tolist()):<14}{s:>9.4f}{d:>16.4f}{int(s > 0):>14d}")

# 超平面 wᵀx + b = 0 上离原点最近的点是 -b w/‖w‖²，它到原点的距离是 |b|/‖w‖
foot = -b * w / (w @ w)
print(f"\n超平面上离原点最近的点 -b·w/‖w‖² = {foot.tolist()}，在超平面上：wᵀp + b = {w @ foot + b:.1e}")
print(f"原点到超平面的距离 |b|/‖w‖ = {abs(b) / np.linalg.norm(w):.4f}")
