# EX-04 numpy.matrix 与 ndarray：同一个运算符在两种类型上的结果，以及混用时的静默错误
import warnings

import numpy as np

print(f"NumPy {np.__version__}：np.mat 存在吗？{hasattr(np, 'mat')}（2.0 起删除，用 np.asmatrix）")
if int(np.__version__.split(".")[0]) >= 2:
    assert not hasattr(np, "mat")

A, B = np.array([[1, 2], [3, 4]]), np.array([[10, 20], [30, 40]])
with warnings.catch_warnings():
    warnings.simplefilter("ignore", PendingDeprecationWarning)  # np.matrix 本身也不再推荐
    MA, MB = np.asmatrix(A), np.asmatrix(B)

rows = [
    ("A * B", lambda x, y: x * y),
    ("np.multiply", np.multiply),
    ("np.dot", np.dot),
    ("np.inner", np.inner),
    ("A @ B", lambda x, y: x @ y),
    ("A ** 2", lambda x, y: x**2),
]
for name, op in rows:
    r_arr, r_mat = op(A, B), op(MA, MB)
    print(f"{name:12s} ndarray → {np.asarray(r_arr).tolist()}")
    print(f"{'':12s} matrix  → {np.asarray(r_mat).tolist()}")
print("np.outer     两种类型的形状：", np.outer(A, B).shape, np.outer(MA, MB).shape, "（都先拉平）")

assert np.array_equal(MA * MB, A @ B) and np.array_equal(np.dot(A, B), A @ B)  # ER-16
assert np.array_equal(np.inner(A, B), A @ B.T) and np.array_equal(np.inner(A, B), [[50, 110], [110, 250]])  # ER-17

# 一维向量：ndarray 有形状 (n,)，matrix 至少是二维，点积的结果也是 1×1 矩阵而不是数
v = np.array([1, 2])
mv = np.asmatrix(v)
print("\nndarray v 的形状", v.shape, "，v @ v =", v @ v, type(v @ v).__name__)
print("matrix  v 的形状", mv.shape, "，v * v.T =", mv * mv.T, type(mv * mv.T).__name__, (mv * mv.T).shape)


# 一个为 ndarray 写的函数：每一行的平方长度。给它 matrix，它不报错，却算出了别的东西
def row_sq_norms(X):
    return (X * X).sum(axis=1)


print("\nrow_sq_norms(ndarray) =", row_sq_norms(A), "  形状", row_sq_norms(A).shape)
print("row_sq_norms(matrix)  =", row_sq_norms(MA).tolist(), "  形状", row_sq_norms(MA).shape, "← X*X 成了 X@X")
# matrix 会「传染」：与 ndarray 运算后还是 matrix
print("ndarray + matrix 的类型：", type(A + MA).__name__, "；np.asarray 转回：", type(np.asarray(A + MA)).__name__)
