# EX-03 各种乘积：同样两组数，点积、外积、元素积、Kronecker 积给出形状完全不同的结果（含 001 的恢复代码）
import numpy as np

# 两个向量：点积压成一个数，外积撑成矩阵，元素积形状不变
x, y = np.array([1, 3]), np.array([10, 20])
print("x =", x, " y =", y)
print("点积 x·y =", np.dot(x, y), "  形状", np.shape(np.dot(x, y)))
print("外积 x y^T =", np.outer(x, y).tolist(), "  形状", np.outer(x, y).shape, "  秩", np.linalg.matrix_rank(np.outer(x, y)))
print("元素积 x⊙y =", (x * y).tolist(), "  形状", (x * y).shape)
assert np.array_equal(x * y, [10, 60]) and np.array_equal(np.outer(x, y), [[10, 20], [30, 60]])

# 001 的内积代码（恢复换行；numpy.mat → np.asmatrix）：一维时是点积，二维时 X 的每一行与 y 的每一行配对
print("\n001 的 Array inner：np.inner([1 2], [10 20]) =", np.inner([1, 2], [10, 20]))
X, yr = np.asmatrix([[1, 2], [3, 4]]), np.asmatrix([10, 20])
print("001 的 Matrix inner：np.inner(X, y) =", np.inner(X, yr).tolist(), " = X @ y^T：每一行 · 那一行")
assert np.array_equal(np.inner(X, yr), [[50], [110]]) and np.array_equal(np.inner(X, yr), X @ yr.T)

# 001 的矩阵外积：np.outer 先把两个参数拉平，vec(X) vec(Y)^T；np.kron 用同样的乘积排成另一种形状
outer_m, kron = np.outer(X, yr), np.kron(X, yr)
print("np.outer(X, Y) =", outer_m.tolist(), " 形状", outer_m.shape)
print("np.kron(X, Y)  =", np.asarray(kron).tolist(), " 形状", kron.shape)
same = np.array_equal(np.sort(outer_m, axis=None), np.sort(np.asarray(kron), axis=None))
print("两者的元素排序后相同？", same, "—— 同样的 8 个乘积 X_ij·Y_kl，排法不同")
assert np.array_equal(outer_m, [[10, 20], [20, 40], [30, 60], [40, 80]]) and same

# 元素积（Hadamard）要求形状相同；形状不同时 NumPy 的广播会「帮你」复制，结果已不是 Hadamard 积
A, B = np.array([[1, 2], [3, 4]]), np.array([[10, 20], [30, 40]])
print("\nA ⊙ B（同形状）=", (A * B).tolist())
print("A * [10 20]（广播：[10 20] 被复制成两行）=", (A * np.array([10, 20])).tolist())
row, col = np.array([1, 2, 3]), np.array([[10], [20]])
print("行 (3,) * 列 (2, 1)（广播）=", (row * col).tolist(), " 形状", (row * col).shape, "= outer(col, row)")
assert np.array_equal(A * B, [[10, 40], [90, 160]]) and np.array_equal(row * col, np.outer(col, row))

# 001 的「Matrix Add」：加法本来就是逐元素的
print("A + B =", (A + B).tolist())
