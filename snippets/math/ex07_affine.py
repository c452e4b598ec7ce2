# EX-07 y = Ax + b：002 的例子（原文输出 [4 7] 有误）与线性性检验
import numpy as np
import torch

A = np.array([[2, 1], [1, 3]])
x = np.array([1, 2])
b = np.array([0, 1])
y = A @ x + b
print("Ax     =", A @ x)
print("Ax + b =", y, "（002 原文写的 [4 7] 是漏掉了 b 的 Ax）")
assert np.array_equal(y, [4, 8])


def T(v):
    return A @ v + b


u, v = np.array([1.0, 0.0]), np.array([0.0, 1.0])
print("T(u + v)    =", T(u + v), "  T(u) + T(v) =", T(u) + T(v), " → 相等？", np.allclose(T(u + v), T(u) + T(v)))
print("T(0)        =", T(np.zeros(2)), " → 线性映射必须把 0 映到 0")
assert not np.allclose(T(u + v), T(u) + T(v))
L = lambda v: A @ v  # noqa: E731  b = 0 时才是线性的
assert np.allclose(L(2 * u + 3 * v), 2 * L(u) + 3 * L(v))

# 齐次坐标：仿射变换 = 高一维的线性变换 [A b; 0 1]
M = np.block([[A, b[:, None]], [np.zeros((1, 2)), np.ones((1, 1))]])
print("齐次坐标矩阵 M =\n", M)
print("M @ [x, 1] =", M @ np.append(x, 1))
assert np.allclose((M @ np.append(x, 1))[:2], y)

# 神经网络的全连接层就是这个仿射变换：torch.nn.Linear(weight=A, bias=b)
layer = torch.nn.Linear(2, 2).double()
with torch.no_grad():
    layer.weight.copy_(torch.tensor(A, dtype=torch.float64))
    layer.bias.copy_(torch.tensor(b, dtype=torch.float64))
    y_torch = layer(torch.tensor(x, dtype=torch.float64)).numpy()
print("torch.nn.Linear →", y_torch)
assert np.allclose(y_torch, y)
