# EX-03 各种乘积：手写公式与 numpy.dot / inner / outer / multiply / kron 对照（001 的输出逐一断言）
import numpy as np

a, b = np.array([1, 2]), np.array([10, 20])
dot_hand = sum(a[i] * b[i] for i in range(len(a)))
print(f"点积 a·b = {dot_hand}（np.dot {np.dot(a, b)}，a @ b {a @ b}）")
assert dot_hand == np.dot(a, b) == np.inner(a, b) == 50

# 内积：np.inner 把 X 的每一行与 Y 的每一行做点积，即 X @ Y.T（不是"每行每列"）
# 001 的代码（恢复换行；numpy.mat → np.asmatrix）
X, y = np.asmatrix([[1, 2], [3, 4]]), np.asmatrix([10, 20])
inner_hand = X @ y.T
print("inner(X, y) =", np.inner(X, y).tolist(), "= X @ y.T =", inner_hand.tolist())
assert np.array_equal(np.inner(X, y), [[50], [110]]) and np.array_equal(np.inner(X, y), inner_hand)

# 外积：向量 m 维 × n 维 → m×n 矩阵
x, y1 = np.array([1, 3]), np.array([10, 20])
outer_hand = x[:, None] * y1[None, :]
print("outer(x, y) =", np.outer(x, y1).tolist())
assert np.array_equal(np.outer(x, y1), [[10, 20], [30, 60]]) and np.array_equal(outer_hand, np.outer(x, y1))

# 矩阵的 np.outer：先把两个参数拉平成向量，vec(X) vec(Y)^T，既不是"并集"也不是 Kronecker 积
Y = np.asmatrix([10, 20])  # 001 的 "Matrix outer" 代码
outer_m = np.outer(X, Y)
print("outer(X, Y) =", outer_m.tolist(), "形状", outer_m.shape)
assert np.array_equal(outer_m, [[10, 20], [20, 40], [30, 60], [40, 80]])
assert np.array_equal(outer_m, np.outer(np.ravel(X), np.ravel(Y)))
kron = np.kron(X, Y)
print("kron(X, Y)  =", kron.tolist(), "形状", kron.shape)
assert not np.array_equal(kron.shape, outer_m.shape)

# 元素积（Hadamard）：形状必须相同
print("x * y（元素积）=", (x * y1).tolist())
assert np.array_equal(x * y1, [10, 60])
A, B = np.array([[1, 2], [3, 4]]), np.array([[10, 20], [30, 40]])  # 推荐：ndarray
had = np.multiply(A, B)
print("A ⊙ B（同形状）=", had.tolist())
assert np.array_equal(had, [[10, 40], [90, 160]])
bc = np.multiply(A, np.array([10, 20]))
print("A * [10 20]（广播，不是 Hadamard 积）=", bc.tolist())
assert np.array_equal(bc, [[10, 40], [30, 80]])
row, col = np.array([1, 2, 3]), np.array([[10], [20]])
print("行向量 * 列向量（广播）=", (row * col).tolist(), "= outer(col, row)")
assert np.array_equal(row * col, np.outer(col, row))

# 001 的 "Matrix Add" 演示：逐元素相加
print("A + B =", (A + B).tolist())
assert np.array_equal(A + B, [[11, 22], [33, 44]])
