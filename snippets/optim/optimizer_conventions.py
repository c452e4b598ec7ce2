# 同一个优化器的两种写法：速查表的 Momentum 与 PyTorch 的 Momentum；RMSprop 的 ε 放在根号内或根号外
import numpy as np

from mlvault.optim import SGD, RMSprop, trajectory

H = np.array([[3.0, 0.8], [0.8, 0.5]])  # L(θ) = ½θᵀHθ
x0 = np.array([2.0, 1.5])


def grad(theta):
    return H @ theta


# 速查表：v ← βv − αg，θ ← θ + v；PyTorch：v ← μv + g，θ ← θ − αv（CV-17）
theta, v = x0.copy(), np.zeros(2)
for _ in range(50):
    v = 0.9 * v - 0.1 * grad(theta)
    theta = theta + v
torch_form = trajectory(SGD(0.1, momentum=0.9), grad, x0, 50)[-1]
print(f"Momentum 50 步，速查表写法 θ = [{theta[0]:.6f}, {theta[1]:.6f}]")
print(f"Momentum 50 步，PyTorch 写法 θ = [{torch_form[0]:.6f}, {torch_form[1]:.6f}]")
print(f"  两者之差 {np.abs(theta - torch_form).max():.1e}")

# RMSprop：速查表 √(E[g²] + ε)，PyTorch √E[g²] + ε（CV-16）
for eps in (1e-8, 1e-2):
    theta, s = x0.copy(), np.zeros(2)
    for _ in range(50):
        g = grad(theta)
        s = 0.99 * s + 0.01 * g**2
        theta = theta - 0.05 * g / np.sqrt(s + eps)
    outside = trajectory(RMSprop(0.05, eps=eps), grad, x0, 50)[-1]
    print(f"RMSprop 50 步，ε = {eps:.0e}：ε 在根号内与根号外，θ 的最大差 {np.abs(theta - outside).max():.1e}")
