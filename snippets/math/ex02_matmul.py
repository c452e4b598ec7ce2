# EX-02 矩阵乘法：用定义（三重循环）算 001 的每个例子，看形状规则；再看交换律为何失败
import numpy as np

from mlvault.linalg import matmul_naive

examples = {
    "[10 20] · [5 2]^T（单价行 × 数量列）": ([[10, 20]], [[5], [2]]),
    "[10 20]^T · [5 2]（单价列 × 数量行）": ([[10], [20]], [[5, 2]]),
    "m1·m2 = [1 2] · [10 20]^T": ([[1, 2]], [[10], [20]]),
    "m2·m1 = [10 20]^T · [1 2]": ([[10], [20]], [[1, 2]]),
    "[[1,2],[3,4]] · [[10,20],[30,40]]": ([[1, 2], [3, 4]], [[10, 20], [30, 40]]),
}
for name, (A, B) in examples.items():
    C = matmul_naive(A, B)
    assert np.array_equal(C, np.matmul(A, B))
    print(f"{name}: {np.shape(A)} × {np.shape(B)} → {C.shape}")
    print("  ", C.astype(int).tolist())

# 001 的代码（恢复换行）：np.mat 已删除 → np.asmatrix；matrix 的 * 是矩阵乘法
a = np.asmatrix([1, 2])
b = np.asmatrix([[10], [20]])
print("\nnp.asmatrix: a * b =", a * b, "；a.T * b.T =", (a.T * b.T).tolist())

# 交换律：001 的两个矩阵恰好可交换（第二个是第一个的 10 倍），换成旋转与拉伸就不行了
a, b = np.array([[1, 2], [3, 4]]), np.array([[10, 20], [30, 40]])
print("\n001 的 a、b：a @ b == b @ a ？", np.array_equal(a @ b, b @ a), "（因为 b = 10a）")
R = np.array([[0, -1], [1, 0]])  # 逆时针旋转 90°
S = np.array([[2, 0], [0, 1]])  # 沿 x 轴拉伸 2 倍
e1 = np.array([1, 0])
print("R @ S =", (R @ S).tolist(), "；S @ R =", (S @ R).tolist())
print("先拉伸再旋转 (R S) e1 =", R @ S @ e1, "；先旋转再拉伸 (S R) e1 =", S @ R @ e1)

# 形状不匹配：(2×3)(2×3) 无定义
try:
    matmul_naive(np.ones((2, 3)), np.ones((2, 3)))
except ValueError as err:
    print("\n(2×3)(2×3)：", err)
