# EX-09 奇异值分解：002 的例子（原文未给输出）、full_matrices 的陷阱、经 A^T A 的特征分解求 SVD
import numpy as np
import scipy.linalg

from mlvault.linalg import low_rank_approx, svd_via_eigh

A = np.array([[1, 2], [3, 4], [5, 6]])
U, S, Vt = np.linalg.svd(A)  # 002 的代码：默认 full_matrices=True
print(f"U:\n{U}\nS: {S}\nVt:\n{Vt}")  # 002 的打印语句
assert np.allclose(S, [9.52551809, 0.51430058])
try:
    U @ np.diag(S) @ Vt
except ValueError:
    print(f"U @ diag(S) @ Vt 报 ValueError：U 是 {U.shape}，diag(S) 是 {np.diag(S).shape}，形状对不上")

U, S, Vt = np.linalg.svd(A, full_matrices=False)  # 瘦 SVD：U 是 3×2
print("full_matrices=False: U", U.shape, "→ 重构误差", f"{np.abs(U @ np.diag(S) @ Vt - A).max():.2e}")
assert np.allclose(U @ np.diag(S) @ Vt, A)

# 从定义出发：A^T A 的特征值 = 奇异值的平方
lam = np.linalg.eigvalsh(A.T @ A)[::-1]
print("A^T A 的特征值:", np.array2string(lam, precision=6), "→ 开方:", np.array2string(np.sqrt(lam), precision=8))
U2, S2, Vt2 = svd_via_eigh(A)
S_scipy = scipy.linalg.svd(A, compute_uv=False)
print(f"svd_via_eigh: {S2}   scipy.linalg.svd: {S_scipy}")
assert np.allclose(S2, S) and np.allclose(S2, S_scipy)
signs = np.sign(np.sum(U * U2, axis=0))  # 奇异向量只确定到正负号
assert np.allclose(U2 * signs, U) and np.allclose(Vt2 * signs[:, None], Vt)

# Eckart–Young：最好的秩 1 近似，谱范数误差恰为 σ2
A1 = low_rank_approx(A, 1)
err = np.linalg.norm(A - A1, 2)
print(f"秩 1 近似:\n{np.array2string(A1, precision=4)}\n||A - A_1||_2 = {err:.8f} = σ2 = {S[1]:.8f}")
assert np.isclose(err, S[1])
