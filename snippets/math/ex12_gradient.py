# EX-12 梯度：f(x) = ½ xᵀAx + bᵀx 的梯度 ½(A+Aᵀ)x + b，与 torch.autograd、scipy.optimize.check_grad 对照
import numpy as np
import scipy.optimize
import torch

from mlvault.calculus import gradient_check, numerical_gradient

A = np.array([[3.0, 1.0], [-1.0, 2.0]])  # 故意取非对称矩阵
b = np.array([1.0, -2.0])
x = np.array([0.5, 1.5])


def f(x):
    return 0.5 * x @ A @ x + b @ x


def grad_f(x):
    return 0.5 * (A + A.T) @ x + b


xt = torch.tensor(x, requires_grad=True)
(g_torch,) = torch.autograd.grad(0.5 * xt @ torch.tensor(A) @ xt + torch.tensor(b) @ xt, xt)
print("解析梯度 ½(A+Aᵀ)x+b =", np.array2string(grad_f(x), precision=6))
print("中心差分（逐个偏导）=", np.array2string(numerical_gradient(f, x), precision=6))
print("torch.autograd.grad  =", np.array2string(g_torch.numpy(), precision=6))
assert np.allclose(g_torch.numpy(), grad_f(x)) and np.allclose(numerical_gradient(f, x), grad_f(x))
print(f"gradient_check 最大相对误差: {gradient_check(f, grad_f, x):.2e}")
print(f"scipy check_grad（差的 2-范数）: {scipy.optimize.check_grad(f, grad_f, x):.2e}")
wrong = gradient_check(f, lambda x: A @ x + b, x)
print(f"错误的梯度 Ax+b（忘了 A 不对称）: 最大相对误差 {wrong:.2e}")
assert gradient_check(f, grad_f, x) < 1e-7 < 1e-2 < wrong

# 梯度是上升最快的方向：沿单位方向 u 的方向导数 ∇f·u，在 u = ∇f/||∇f|| 时最大，等于 ||∇f||
g = grad_f(x)
angles = np.linspace(0, 2 * np.pi, 360, endpoint=False)
U = np.stack([np.cos(angles), np.sin(angles)], axis=1)
directional = U @ g
best = U[np.argmax(directional)]
print(f"方向导数最大值 {directional.max():.4f} ≈ ||∇f|| = {np.linalg.norm(g):.4f}")
print(f"取得最大值的方向 {best.round(3)} ≈ ∇f/||∇f|| = {(g / np.linalg.norm(g)).round(3)}")
assert np.isclose(directional.max(), np.linalg.norm(g), rtol=1e-3)
