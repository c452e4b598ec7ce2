# EX-09 奇异值分解：002 的例子与 full_matrices 的陷阱、从 A^T A 得到 SVD、对称不定矩阵 U ≠ V、Eckart–Young
import numpy as np

from mlvault.linalg import low_rank_approx

np.set_printoptions(precision=4, suppress=True)

A = np.array([[1, 2], [3, 4], [5, 6]])
U, S, Vt = np.linalg.svd(A)  # 002 的代码：默认 full_matrices=True
print(f"U:\n{U}\nS: {S}\nVt:\n{Vt}")  # 002 的打印语句
try:
    U @ np.diag(S) @ Vt
except ValueError:
    print(f"U @ diag(S) @ Vt 报 ValueError：U 是 {U.shape}，diag(S) 是 {np.diag(S).shape}，形状对不上")
U, S, Vt = np.linalg.svd(A, full_matrices=False)  # 瘦 SVD：U 是 3×2
print("full_matrices=False：U", U.shape, "→ 重构误差", f"{np.abs(U @ np.diag(S) @ Vt - A).max():.2e}")

# 存在性的构造：A^T A = V Λ V^T，σ_i = sqrt(λ_i)，u_i = A v_i / σ_i
lam, V = np.linalg.eigh(A.T @ A)
lam, V = lam[::-1], V[:, ::-1]
print("\nA^T A 的特征值 λ:", lam, "→ σ = sqrt(λ):", np.sqrt(lam))
U_built = A @ V / np.sqrt(lam)
print("u_i = A v_i / σ_i 两两正交且单位长：U^T U =\n", U_built.T @ U_built)

# 对称矩阵：奇异值 = |特征值|；只有半正定时 U = V
for name, M in [("半正定 [[2,1],[1,2]]", np.array([[2.0, 1], [1, 2]])), ("不定 [[1,2],[2,1]]", np.array([[1.0, 2], [2, 1]]))]:
    Um, Sm, Vmt = np.linalg.svd(M)
    print(f"\n{name}：特征值 {np.linalg.eigvalsh(M)[::-1]}，奇异值 {Sm}，U = V？{np.allclose(Um, Vmt.T)}")
    print("  U =", np.array2string(Um, precision=4).replace("\n", ""), "  V =", np.array2string(Vmt.T, precision=4).replace("\n", ""))

# Eckart–Young：截断 SVD 的秩 1 近似 vs 其他秩 1 矩阵（每个都取了最优缩放）
rng = np.random.default_rng(0)
err_svd = np.linalg.norm(A - low_rank_approx(A, 1), 2)
a, b = rng.standard_normal((2000, 3)), rng.standard_normal((2000, 2))
a /= np.linalg.norm(a, axis=1, keepdims=True)
b /= np.linalg.norm(b, axis=1, keepdims=True)
s = np.einsum("ki,ij,kj->k", a, A, b)  # 固定方向 a、b 后最优的缩放 a^T A b
errs = np.linalg.norm(A[None] - s[:, None, None] * a[:, :, None] * b[:, None, :], ord=2, axis=(1, 2))
col = A[:, [1]] / np.linalg.norm(A[:, 1])  # 用最长的一列的方向做投影：col col^T A
err_col = np.linalg.norm(A - col @ (col.T @ A), 2)
print(f"\n秩 1 近似的谱范数误差：截断 SVD {err_svd:.6f}（σ2 = {S[1]:.6f}）")
print(f"  2000 个随机秩 1 矩阵中最好的 {errs.min():.6f}；投影到最长列方向 {err_col:.6f}")
