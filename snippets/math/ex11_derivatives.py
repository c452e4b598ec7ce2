# EX-11 导数：中心差分、常见导数表与 torch.autograd 对照
import numpy as np
import torch

from mlvault.calculus import numerical_derivative

x = np.array([0.5, 1.0, 2.0])
xt = torch.tensor(x, dtype=torch.float64, requires_grad=True)
table = [  # (名称, f, 解析导数, torch 版本)
    ("ax (a=3)", lambda x: 3 * x, lambda x: 3 + 0 * x, lambda t: 3 * t),
    ("x^n (n=3)", lambda x: x**3, lambda x: 3 * x**2, lambda t: t**3),
    ("x + c", lambda x: x + 5, lambda x: 1 + 0 * x, lambda t: t + 5),
    ("e^x", np.exp, np.exp, torch.exp),
    ("ln x", np.log, lambda x: 1 / x, torch.log),
    ("x*sin(x) 积法则", lambda x: x * np.sin(x), lambda x: np.sin(x) + x * np.cos(x), lambda t: t * t.sin()),
    ("sin(x^2) 链式法则", lambda x: np.sin(x**2), lambda x: 2 * x * np.cos(x**2), lambda t: torch.sin(t**2)),
]
print(f"{'f(x)':16s} {'x':>4s} {'中心差分':>10s} {'解析式':>10s} {'autograd':>10s}")
for name, f, df, f_torch in table:
    numeric, exact = numerical_derivative(f, x), df(x)
    (auto,) = torch.autograd.grad(f_torch(xt).sum(), xt)
    assert np.allclose(numeric, exact, rtol=1e-8) and np.allclose(auto.numpy(), exact, rtol=1e-12)
    for xi, n, e, a in zip(x, numeric, exact, auto.numpy()):
        print(f"{name:16s} {xi:4.1f} {n:10.6f} {e:10.6f} {a:10.6f}")

# 步长 h 的取舍：前向差分误差 O(h)，中心差分 O(h²)；h 太小时舍入误差反而变大
print("\nf = e^x 在 x=1 处，|数值导数 - e|：")
for h in [1e-1, 1e-3, 1e-5, 1e-8, 1e-12]:
    forward = (np.exp(1 + h) - np.exp(1)) / h
    central = numerical_derivative(np.exp, 1.0, h)
    print(f"h = {h:.0e}: 前向差分 {abs(forward - np.e):.2e}   中心差分 {abs(central - np.e):.2e}")
