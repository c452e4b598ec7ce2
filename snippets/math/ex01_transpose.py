# EX-01 转置：001 的代码（恢复换行；np.mat 在 NumPy 2 中已删除，改用 np.asmatrix / ndarray）
import numpy as np

m = np.asmatrix([[1, 2], [3, 4]])  # 原文: numpy.mat([[1, 2], [3, 4]])
print("Matrix.Transpose:")
print(m.T)

a = np.array([[1, 2], [3, 4]])  # 推荐：ndarray，转置同样是 .T
print("ndarray.T:")
print(a.T)
assert np.array_equal(a.T, [[1, 3], [2, 4]]) and np.array_equal(m.T, a.T)

# (A^T)_ij = A_ji，(A^T)^T = A，(AB)^T = B^T A^T —— 在随机矩阵上检验
rng = np.random.default_rng(0)
A, B = rng.standard_normal((2, 3)), rng.standard_normal((3, 4))
print(f"A 的形状 {A.shape}，A.T 的形状 {A.T.shape}")
print(f"(A^T)^T == A:          {np.array_equal(A.T.T, A)}")
print(f"(AB)^T == B^T A^T:     {np.allclose((A @ B).T, B.T @ A.T)}")
print(f"(AB)^T 的形状 {(A @ B).T.shape}；A^T B^T 根本无法相乘：(3, 2) @ (4, 3)")
assert np.allclose((A @ B).T, B.T @ A.T)

# 设计矩阵：行 = 样本（n=4 个样本，p=2 个特征）；000 的写法是列 = 样本，即它的转置
X = np.array([[1.0, 2.0], [2.0, 0.5], [3.0, 1.5], [4.0, 3.0]])
print(f"设计矩阵 X（行=样本）形状 {X.shape}；000 的 X（列=样本）形状 {X.T.shape}")
