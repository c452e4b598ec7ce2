# EX-04 numpy.matrix 与 ndarray：同一个运算符在两种类型上的结果
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
    ("*", lambda x, y: x * y),
    ("np.multiply", np.multiply),
    ("np.dot", np.dot),
    ("np.inner", np.inner),
    ("np.outer", np.outer),
    ("@", lambda x, y: x @ y),
]
for name, op in rows:
    r_arr, r_mat = op(A, B), op(MA, MB)
    print(f"{name:12s} ndarray → {np.asarray(r_arr).tolist()}")
    print(f"{'':12s} matrix  → {np.asarray(r_mat).tolist()}  {type(r_mat).__name__} {r_mat.shape}")

assert np.array_equal(A * B, np.multiply(A, B))  # ndarray 的 * 是元素积
assert np.array_equal(MA * MB, A @ B)  # matrix 的 * 是矩阵乘法
assert np.array_equal(np.dot(A, B), A @ B)  # 二维 ndarray 上 dot 就是矩阵乘法，不是"内积"
assert np.array_equal(np.inner(A, B), A @ B.T)  # 二维上 inner 是 A B^T
assert np.array_equal(np.inner(A, B), [[50, 110], [110, 250]])
assert np.array_equal(np.outer(A, B), np.outer(MA, MB))  # outer 两种类型相同（都先拉平）
v = np.array([1, 2])
print("一维 ndarray：np.dot(v, v) =", np.dot(v, v), "，np.inner(v, v) =", np.inner(v, v))
print("matrix 永远是二维：", np.asmatrix(v).shape, "；ndarray 可以是一维：", v.shape)
