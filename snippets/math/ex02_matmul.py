# EX-02 矩阵乘法：三重循环（定义）与 numpy.matmul 在 001 的每个例子上对照
import numpy as np

from mlvault.linalg import matmul_naive

examples = {
    "[10 20] · [5 2]^T（苹果和梨的总价）": ([[10, 20]], [[5], [2]]),
    "[10 20]^T · [5 2]": ([[10], [20]], [[5, 2]]),
    "m1·m2 = [1 2] · [10 20]^T": ([[1, 2]], [[10], [20]]),
    "m2·m1 = [10 20]^T · [1 2]": ([[10], [20]], [[1, 2]]),
    "[[1,2],[3,4]] · [[10,20],[30,40]]": ([[1, 2], [3, 4]], [[10, 20], [30, 40]]),
}
for name, (A, B) in examples.items():
    C = matmul_naive(A, B)
    assert np.array_equal(C, np.matmul(A, B))
    print(f"{name}: 形状 {np.shape(A)} × {np.shape(B)} → {C.shape}")
    print(C.astype(int))

# 001 的代码（恢复换行）：np.mat 已删除 → np.asmatrix，matrix 的 * 是矩阵乘法
a = np.asmatrix([1, 2])
b = np.asmatrix([[10], [20]])
print("np.asmatrix: a * b =", a * b, "；a.T * b.T =", (a.T * b.T).tolist())
# 推荐写法：ndarray + @
a, b = np.array([[1, 2], [3, 4]]), np.array([[10, 20], [30, 40]])
print("ndarray: a @ b =", (a @ b).tolist())
# 不满足交换律（注意：001 的 b = 10·a 恰好与 a 可交换，换一个矩阵才看得出来）
c = np.array([[0, 1], [1, 0]])
print("a @ c =", (a @ c).tolist(), "；c @ a =", (c @ a).tolist(), "；相等？", np.array_equal(a @ c, c @ a))
assert not np.array_equal(a @ c, c @ a)
