# 练习：找错——把 eigh 返回的特征向量矩阵的「行」当成了特征向量
import numpy as np

rng = np.random.default_rng(0)
Q, _ = np.linalg.qr(rng.standard_normal((3, 3)))  # 随机旋转：数据的主轴不沿坐标轴
X = rng.standard_normal((500, 3)) @ np.diag([3.0, 1.0, 0.3]) @ Q.T
C = np.cov(X, rowvar=False)
w, V = np.linalg.eigh(C)  # 特征值升序；V 的第 j 列对应 w[j]

pc_bug = V[-1]  # 有 bug：取了最后一行
pc_ok = V[:, -1]  # 正确：最后一列，对应最大特征值
for name, v in [("V[-1]（行）", pc_bug), ("V[:, -1]（列）", pc_ok)]:
    print(f"{name:14s}: ‖C v − λ_max v‖ = {np.linalg.norm(C @ v - w[-1] * v):.2e}，该方向上的方差 v^T C v = {v @ C @ v:.4f}")
print(f"最大特征值 λ_max = {w[-1]:.4f}")
