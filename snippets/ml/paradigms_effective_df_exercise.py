# 参数与非参数：有效自由度 tr(S)。线性回归恒为参数个数，K 近邻回归随样本数 n 增长（= n/k）
import numpy as np

rng = np.random.default_rng(0)
k = 5
print(f"{'n':>6}{'线性回归 tr(H)':>16}{'K 近邻 tr(S)':>14}{'n/k':>8}")
for n in (50, 200, 800):
    x = np.sort(rng.uniform(0, 1, n))
    A = np.c_[np.ones(n), x, x**2]                     # 二次多项式回归：3 个参数
    H = A @ np.linalg.solve(A.T @ A, A.T)              # ŷ = H y
    D = np.abs(x[:, None] - x[None, :])
    nearest = np.argsort(D, axis=1)[:, :k]             # 训练点自己距离为 0，总在自己的 k 近邻里
    S = np.zeros((n, n))
    np.put_along_axis(S, nearest, 1 / k, axis=1)       # ŷ_i = 其 k 个近邻标签的平均
    print(f"{n:>6}{np.trace(H):>16.4f}{np.trace(S):>14.4f}{n / k:>8.1f}")
