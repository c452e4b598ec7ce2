# EX-27 五种优化器：手写的更新规则与 torch.optim 逐步对照（5 步，二次函数，float64）
import numpy as np
import torch

from mlvault.optim import SGD, AdaGrad, Adam, RMSprop, trajectory

H = np.array([[3.0, 0.8], [0.8, 0.5]])  # L(θ) = ½ θᵀHθ，最小值在原点
x0 = np.array([2.0, 1.5])


def grad(theta):
    return H @ theta


def torch_path(make, n_steps=5):
    theta = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    opt = make([theta])
    path = [theta.detach().numpy().copy()]
    for _ in range(n_steps):
        opt.zero_grad()
        (0.5 * theta @ torch.from_numpy(H) @ theta).backward()
        opt.step()
        path.append(theta.detach().numpy().copy())
    return np.array(path)


pairs = {
    "SGD":      (SGD(0.1), lambda p: torch.optim.SGD(p, lr=0.1)),
    "Momentum": (SGD(0.1, momentum=0.9), lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9)),
    "AdaGrad":  (AdaGrad(0.5), lambda p: torch.optim.Adagrad(p, lr=0.5)),
    "RMSprop":  (RMSprop(0.05), lambda p: torch.optim.RMSprop(p, lr=0.05)),
    "Adam":     (Adam(0.1), lambda p: torch.optim.Adam(p, lr=0.1)),
}
print("优化器     5 步后的 θ（mlvault）        torch.optim 同样 5 步          最大差")
for name, (ours, theirs) in pairs.items():
    a, b = trajectory(ours, grad, x0, 5), torch_path(theirs)
    assert np.allclose(a, b, rtol=0, atol=1e-12)
    ours_end, torch_end = f"[{a[-1, 0]:9.6f}, {a[-1, 1]:9.6f}]", f"[{b[-1, 0]:9.6f}, {b[-1, 1]:9.6f}]"
    print(f"{name:<9} {ours_end}   {torch_end}   {np.abs(a - b).max():.1e}")

# 速查表的 Momentum 写法 v ← βv − αg, θ ← θ + v 与 PyTorch 的 v ← μv + g, θ ← θ − αv 等价（CV-17）
theta, v = x0.copy(), np.zeros(2)
for _ in range(5):
    v = 0.9 * v - 0.1 * grad(theta)
    theta = theta + v
assert np.allclose(theta, trajectory(SGD(0.1, momentum=0.9), grad, x0, 5)[-1])
print(f"速查表写法的 Momentum 5 步后 θ = [{theta[0]:.6f}, {theta[1]:.6f}]：与上表相同")

# RMSprop 的 ε 放在根号里（速查表）还是根号外（PyTorch）：ε = 1e-8 时轨迹几乎一样（CV-16）
theta, s = x0.copy(), np.zeros(2)
for _ in range(50):
    g = grad(theta)
    s = 0.99 * s + 0.01 * g**2
    theta = theta - 0.05 * g / np.sqrt(s + 1e-8)
outside = trajectory(RMSprop(0.05), grad, x0, 50)[-1]
print(f"RMSprop 50 步：ε 在根号内 vs 根号外，θ 的最大差 = {np.abs(theta - outside).max():.1e}")
