# EX-08 特征值与特征向量：002 的例子、旋转矩阵的复特征值、幂迭代
import numpy as np

np.set_printoptions(precision=4, suppress=True)

from mlvault.linalg import power_iteration

A = np.array([[4.0, 2.0], [1.0, 3.0]])
eigenvalues, eigenvectors = np.linalg.eig(A)  # 002 的代码（原文没有给出输出）
print(f"Eigenvalues: {eigenvalues}")
print(f"Eigenvectors (列):\n{eigenvectors}")
for lam, v in zip(eigenvalues, eigenvectors.T):
    print(f"λ = {lam:.4f}: A v = {A @ v} = λ v = {lam * v}，v ∝ {v / v[0]}")
    assert np.allclose(A @ v, lam * v)
assert np.allclose(sorted(eigenvalues), [2.0, 5.0])

# 特征方程 det(A - λI) = λ² - tr(A) λ + det(A) = λ² - 7λ + 10 = 0
print("特征多项式的根:", np.roots([1, -np.trace(A), np.linalg.det(A)]))

# 实矩阵也可以有复特征值：旋转 90° 没有任何方向只被缩放
R = np.array([[0.0, -1.0], [1.0, 0.0]])
print("旋转 90° 的特征值:", np.linalg.eigvals(R))
assert np.allclose(np.sort_complex(np.linalg.eigvals(R)), [-1j, 1j])

# 对称矩阵（如协方差矩阵）：特征值为实数、特征向量正交 → 用 eigh
rng = np.random.default_rng(0)
X = rng.standard_normal((200, 3)) @ np.array([[3.0, 0, 0], [1.0, 1.0, 0], [0, 0.5, 0.2]])
C = np.cov(X, rowvar=False)
w, V = np.linalg.eigh(C)
print("协方差矩阵的特征值 (eigh，升序):", np.array2string(w, precision=4))
print("V^T V = I ?", np.allclose(V.T @ V, np.eye(3)))

# 幂迭代（PageRank 的算法）求最大特征值，与 eig / eigh 对照
lam, v = power_iteration(A, random_state=0)
print(f"幂迭代 A: λ = {lam:.6f}，v = {np.array2string(v, precision=4)}（eig: {eigenvalues.real.max():.6f}）")
assert np.isclose(lam, eigenvalues.real.max())
lam_c, v_c = power_iteration(C, random_state=0)
print(f"幂迭代 C: λ = {lam_c:.6f}（eigh: {w[-1]:.6f}）")
assert np.isclose(lam_c, w[-1]) and np.isclose(abs(v_c @ V[:, -1]), 1.0)
