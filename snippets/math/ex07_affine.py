# EX-07 y = Ax + b：002 的例子（原文输出 [4 7] 有误）、仿射映射破坏了哪些线性性质、保留了哪些，齐次坐标
import numpy as np

A = np.array([[2, 1], [1, 3]])
x = np.array([1, 2])
b = np.array([0, 1])
y = A @ x + b  # 002 的代码
print("Ax     =", A @ x)
print("Ax + b =", y, "（002 原文写的 [4 7] 是漏掉了 b 的 Ax）")
assert np.array_equal(y, [4, 8])


def T(v):
    return A @ v + b


# 线性的两条检验都失败：T(0) ≠ 0，T(u+v) ≠ T(u)+T(v)，差值恰好是 b
u, v = np.array([1.0, 0.0]), np.array([0.0, 1.0])
print("\nT(0)               =", T(np.zeros(2)), " ← 线性映射必须把 0 映到 0")
print("T(u+v)             =", T(u + v))
print("T(u) + T(v)        =", T(u) + T(v), " 差 T(u+v) − [T(u)+T(v)] =", T(u + v) - (T(u) + T(v)))
print("T(3u)              =", T(3 * u), "  3 T(u) =", 3 * T(u))
assert not np.allclose(T(u + v), T(u) + T(v))

# 仿射映射保留「权重和为 1」的组合：中点映到中点，三点重心映到重心
w = np.array([0.2, 0.3, 0.5])
P = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]])
print("\n中点：T((u+v)/2) =", T((u + v) / 2), "  (T(u)+T(v))/2 =", (T(u) + T(v)) / 2)
print("加权重心（权重和 1）：T(Σ w_i p_i) =", T(w @ P), "  Σ w_i T(p_i) =", w @ np.array([T(p) for p in P]))
w2 = 2 * w  # 权重和为 2：不再保持
print("权重和为 2 时：T(Σ w_i p_i) =", T(w2 @ P), "  Σ w_i T(p_i) =", w2 @ np.array([T(p) for p in P]))

# 齐次坐标：仿射变换 = 高一维的线性变换 [A b; 0 1]；复合 = 矩阵相乘，逆 = 矩阵求逆
M = np.block([[A, b[:, None]], [np.zeros((1, 2)), np.ones((1, 1))]])
print("\n齐次坐标矩阵 M =\n", M)
print("M @ [x, 1] =", M @ np.append(x, 1))
M_inv = np.linalg.inv(M)
print("M^{-1} =\n", np.array2string(M_inv, precision=4), "\n  左上块 = A^{-1}，右上列 = −A^{-1} b =", np.linalg.solve(A, -b))
print(f"面积缩放倍数 |det A| = {abs(np.linalg.det(A)):.4f}")
