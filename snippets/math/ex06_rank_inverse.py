# EX-06 秩、逆与伪逆：与 numpy.linalg.matrix_rank / inv / pinv / lstsq 对照
import numpy as np

from mlvault.linalg import matrix_rank, pinv

A = np.array([[1, 2, 3], [2, 4, 6], [1, 0, 1]])  # 第 2 行 = 2 × 第 1 行
S = np.linalg.svd(A, compute_uv=False)
print("奇异值:", np.array2string(S, precision=4))
print(f"rank(A) = {matrix_rank(A)}（numpy: {np.linalg.matrix_rank(A)}），而 A 是 {A.shape[0]}×{A.shape[1]}")
assert matrix_rank(A) == np.linalg.matrix_rank(A) == 2
print(f"det(A) = {np.linalg.det(A):.4f} → 不可逆；伪逆仍然存在:")
print(np.array2string(pinv(A), precision=4))
assert np.allclose(pinv(A), np.linalg.pinv(A))

B = np.array([[2.0, 1.0], [1.0, 3.0]])  # 满秩方阵：A^{-1} A = I，伪逆就是逆
print("B^{-1} =", np.array2string(pinv(B), precision=4).replace("\n", ""))
assert np.allclose(pinv(B), np.linalg.inv(B)) and np.allclose(pinv(B) @ B, np.eye(2))

# 最小二乘：X 行=样本（20 个样本，3 个特征），beta = X^+ y = (X^T X)^{-1} X^T y
rng = np.random.default_rng(0)
X = rng.standard_normal((20, 3))
beta_true = np.array([1.0, -2.0, 0.5])
y = X @ beta_true + 0.1 * rng.standard_normal(20)
beta_pinv = pinv(X) @ y
beta_normal = np.linalg.solve(X.T @ X, X.T @ y)
beta_lstsq = np.linalg.lstsq(X, y, rcond=None)[0]
print("beta (伪逆)     =", np.array2string(beta_pinv, precision=4))
print("beta (正规方程) =", np.array2string(beta_normal, precision=4))
print("beta (lstsq)    =", np.array2string(beta_lstsq, precision=4))
assert np.allclose(beta_pinv, beta_lstsq) and np.allclose(beta_normal, beta_lstsq)
