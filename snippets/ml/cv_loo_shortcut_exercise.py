# 线性回归的留一法捷径：训练一次，用杠杆值 h_ii 得到全部 n 个留一残差 e_i / (1 - h_ii)
import numpy as np

rng = np.random.default_rng(0)
n = 12
A = np.c_[np.ones(n), rng.uniform(-1, 1, (n, 2))]  # 设计矩阵（含截距列）
y = A @ np.array([0.5, 2.0, -1.0]) + rng.normal(0, 0.3, n)

# 笨办法：n 次拟合，每次去掉一个样本
brute = np.empty(n)
for i in range(n):
    keep = np.arange(n) != i
    w = np.linalg.lstsq(A[keep], y[keep], rcond=None)[0]
    brute[i] = y[i] - A[i] @ w

# 捷径：只在全部数据上拟合一次
w = np.linalg.lstsq(A, y, rcond=None)[0]
H = A @ np.linalg.solve(A.T @ A, A.T)  # 帽子矩阵 H = A (AᵀA)⁻¹ Aᵀ
h = np.diag(H)
shortcut = (y - A @ w) / (1 - h)

print("普通残差 y - ŷ（前 4 个）:   ", np.array2string((y - A @ w)[:4], precision=4))
print("留一残差，n 次拟合（前 4 个）:", np.array2string(brute[:4], precision=4))
print("留一残差，捷径（前 4 个）:    ", np.array2string(shortcut[:4], precision=4))
print(f"两种留一残差的最大差：{np.abs(brute - shortcut).max():.2e}")
print(f"杠杆值之和 Σh_ii = {h.sum():.4f}（= 参数个数）")
print(f"LOO 均方误差 = {np.mean(shortcut ** 2):.4f}，训练均方误差 = {np.mean((y - A @ w) ** 2):.4f}")
