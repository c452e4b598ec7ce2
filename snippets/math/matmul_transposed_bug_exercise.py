# 练习：一个把下标写错的三重循环，在对称矩阵上「通过测试」，在一般矩阵上出错
import numpy as np


def matmul_buggy(A, B):
    l, m = A.shape
    n = B.shape[1]
    C = np.zeros((l, n))
    for i in range(l):
        for j in range(n):
            for k in range(m):
                C[i, j] += A[i, k] * B[j, k]  # 应为 B[k, j]
    return C


rng = np.random.default_rng(0)
A = rng.standard_normal((3, 3))
M = rng.standard_normal((3, 3))
B_sym = M + M.T  # 对称矩阵
B_gen = M  # 一般矩阵
print(f"B 对称时 与 A @ B 的最大差: {np.abs(matmul_buggy(A, B_sym) - A @ B_sym).max():.2e}")
print(f"B 一般时 与 A @ B 的最大差: {np.abs(matmul_buggy(A, B_gen) - A @ B_gen).max():.2e}")
print(f"B 一般时 与 A @ B.T 的最大差: {np.abs(matmul_buggy(A, B_gen) - A @ B_gen.T).max():.2e}")
