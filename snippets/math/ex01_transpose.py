# EX-01 转置：001 的代码（恢复换行）、形状决定能否相乘、一维数组没有行列、行=样本与列=样本
import numpy as np

# 001 的代码，恢复了换行；numpy.mat 在 NumPy 2.0 中已删除，改用 np.asmatrix
m = np.asmatrix([[1, 2], [3, 4]])
print("Matrix.Transpose:")
print(m.T)

# (A^T)_ij = A_ji：转置交换两个下标，形状 (m, n) 变成 (n, m)
A = np.arange(1, 7).reshape(2, 3)
print("\nA =", A.tolist(), "形状", A.shape)
print("A.T =", A.T.tolist(), "形状", A.T.shape)
print(f"A[0, 2] = {A[0, 2]}，A.T[2, 0] = {A.T[2, 0]}")

# (AB)^T = B^T A^T：只有倒序相乘，形状才对得上
B = np.arange(12).reshape(3, 4)
print("\nAB 的形状", (A @ B).shape, "→ (AB)^T 的形状", (A @ B).T.shape)
print("B^T A^T 的形状", (B.T @ A.T).shape, "，与 (AB)^T 逐元素相等：", np.array_equal((A @ B).T, B.T @ A.T))
try:
    A.T @ B.T
except ValueError:
    print("A^T B^T：", A.T.shape, "@", B.T.shape, "→ ValueError，内维 2 ≠ 4，根本无法相乘")

# 一维数组没有行列之分：.T 什么也不做；要列向量必须显式加一个轴
v = np.array([1.0, 2.0, 3.0])
print("\nv 的形状", v.shape, "；v.T 的形状", v.T.shape, "；v[:, None] 的形状", v[:, None].shape)
print("v @ v =", v @ v, "（一个数）；v[:, None] @ v[None, :] 的形状", (v[:, None] @ v[None, :]).shape)

# ER-02：设计矩阵行=样本 (n, p)；若按「列=样本」存数据却照抄 (X^T X)^{-1} X^T y，形状就不对
rng = np.random.default_rng(0)
n, p = 6, 2
X = rng.standard_normal((n, p))  # 行 = 样本
y = X @ np.array([1.0, -2.0]) + 0.1 * rng.standard_normal(n)
print("\n行=样本：X 形状", X.shape, "，X^T X 形状", (X.T @ X).shape, "，秩", np.linalg.matrix_rank(X.T @ X))
Z = X.T  # 列=样本（000 的约定）
print("列=样本：Z 形状", Z.shape, "，照抄得 Z^T Z 形状", (Z.T @ Z).shape, "，秩", np.linalg.matrix_rank(Z.T @ Z))
try:
    Z.T @ y
except ValueError:
    print("Z^T y：", Z.T.shape, "@", y.shape, "→ ValueError")
beta_rows = np.linalg.solve(X.T @ X, X.T @ y)
beta_cols = np.linalg.solve(Z @ Z.T, Z @ y)
print("行=样本 (X^T X)^{-1} X^T y =", beta_rows.round(4))
print("列=样本 (Z Z^T)^{-1} Z y   =", beta_cols.round(4))
