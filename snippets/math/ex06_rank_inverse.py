# EX-06 秩、核与伪逆：秩亏矩阵压扁了哪个方向、共线特征下的最小范数解、接近奇异时解对噪声的放大
import numpy as np

from mlvault.linalg import matrix_rank, pinv

# 1. 000 勘误中的矩阵：3×3，但第 2 行 = 2 × 第 1 行
A = np.array([[1.0, 2, 3], [2, 4, 6], [1, 0, 1]])
U, S, Vt = np.linalg.svd(A)
print("奇异值:", np.array2string(S, formatter={"float_kind": lambda s: f"{s:.3e}"}))
print(f"rank(A) = {matrix_rank(A)}，而 A 的形状是 {A.shape}")
k = Vt[-1] / Vt[-1][0]  # 最小奇异值对应的右奇异向量张成核空间；按第一个分量归一化
print("核空间方向 v ∝", np.array2string(k, precision=4), f"，‖Av‖ = {np.linalg.norm(A @ Vt[-1]):.3e}")
print(f"det(A) = {np.linalg.det(A):.3e}：不可逆")
P = pinv(A)
print(f"伪逆仍然存在：max|A A⁺ A − A| = {np.abs(A @ P @ A - A).max():.3e}")
print("A A⁺（列空间上的投影）=\n", np.array2string(A @ P, precision=4, suppress_small=True))

# 2. 共线特征：第二列 = 第一列，y = 2x + 噪声。正规方程不可解，伪逆给出范数最小的最小二乘解
rng = np.random.default_rng(0)
x = rng.standard_normal(50)
X = np.column_stack([x, x])
y = 2 * x + 0.1 * rng.standard_normal(50)
print(f"\nX^T X 的条件数 = {np.linalg.cond(X.T @ X):.3e}（奇异：无穷大，或舍入后的巨大数）")
try:  # 结果取决于舍入：要么报错，要么不声不响地返回无穷多个解中的某一个
    beta_solve = np.linalg.solve(X.T @ X, X.T @ y)
    print("正规方程 solve(X^T X, X^T y) 没有报错，返回 β =", np.array2string(beta_solve, precision=4))
except np.linalg.LinAlgError as err:
    print("正规方程 solve(X^T X, X^T y)：LinAlgError:", err)
beta_pinv = pinv(X) @ y
for name, beta in [("伪逆解", beta_pinv), ("另一个解 (b1+b2, 0)", np.array([beta_pinv.sum(), 0.0])), ("另一个解 (3, b1+b2-3)", np.array([3.0, beta_pinv.sum() - 3]))]:
    print(f"{name:22s} β = {np.array2string(beta, precision=4)}  残差 ‖Xβ−y‖ = {np.linalg.norm(X @ beta - y):.6f}  ‖β‖ = {np.linalg.norm(beta):.4f}")

# 3. 接近奇异：A_eps = [[1, 1], [1, 1+eps]]，b 的一个 1e-8 的扰动让解变化多少？
print(f"\n{'eps':>8} {'σ_min':>10} {'条件数':>10} {'‖Δx‖（‖Δb‖=1e-8）':>20}")
db = np.array([0.0, 1e-8])
for eps in [1e-1, 1e-3, 1e-5, 1e-7]:
    Ae = np.array([[1.0, 1.0], [1.0, 1.0 + eps]])
    b = Ae @ np.array([1.0, 1.0])
    dx = np.linalg.solve(Ae, b + db) - np.linalg.solve(Ae, b)
    s = np.linalg.svd(Ae, compute_uv=False)
    print(f"{eps:>8.0e} {s[-1]:>10.2e} {s[0] / s[-1]:>10.2e} {np.linalg.norm(dx):>20.2e}")
