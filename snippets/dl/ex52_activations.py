# EX-52: activation functions and their derivatives, by hand (mlvault) vs torch.nn.functional + autograd
import numpy as np
import torch
import torch.nn.functional as F

from mlvault.nn import activations as A

x = np.array([-3.0, -1.0, -0.5, 0.5, 1.0, 3.0])  # the kink at 0 is left out
cases = {
    "sigmoid": (A.sigmoid, A.sigmoid_grad, torch.sigmoid),
    "tanh": (A.tanh, A.tanh_grad, torch.tanh),
    "relu": (A.relu, A.relu_grad, F.relu),
    "leaky_relu(α=0.1)": (lambda v: A.leaky_relu(v, 0.1), lambda v: A.leaky_relu_grad(v, 0.1),
                          lambda t: F.leaky_relu(t, 0.1)),
    "elu(α=1)": (A.elu, A.elu_grad, F.elu),
}

print("x =", x)
print(f"{'函数':<18} {'f(x)':<50} {'f′(x)':<50} 与 torch 的最大差")
for name, (f, df, f_torch) in cases.items():
    t = torch.tensor(x, requires_grad=True)
    y = f_torch(t)
    (g,) = torch.autograd.grad(y.sum(), t)
    err = max(np.abs(f(x) - y.detach().numpy()).max(), np.abs(df(x) - g.numpy()).max())
    assert err < 1e-12
    fx, dfx = np.array2string(f(x), precision=4), np.array2string(df(x), precision=4)
    print(f"{name:<18} {fx:<50} {dfx:<50} {err:.1e}")

# ER-03: the seed's ReLU'(z) = max(0, 1) is the constant 1; the derivative is the indicator 1[z > 0]
z = np.array([-2.0, -0.5, 0.5, 3.0])
t = torch.tensor(z, requires_grad=True)
(g_relu,) = torch.autograd.grad(torch.relu(t).sum(), t)
print("\nz =", z)
print("原文 max(0, 1)      :", np.full_like(z, max(0, 1)))
print("relu_grad(z) = 1[z>0]:", A.relu_grad(z))
print("torch autograd       :", g_relu.numpy())
assert np.array_equal(A.relu_grad(z), g_relu.numpy())

# the largest slopes: sigmoid' ≤ 1/4 (vanishing gradient through many layers), tanh' ≤ 1
print(f"\nmax σ'(x) = {A.sigmoid_grad(0.0):.4f},  max tanh'(x) = {A.tanh_grad(0.0):.4f}")
print(f"σ'(x) 连乘 10 层的上界: 0.25**10 = {0.25**10:.2e}")
