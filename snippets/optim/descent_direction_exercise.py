# 负梯度方向为什么让函数下降：实际下降量 f(θ) − f(θ − ηg) 与一阶预测 η‖g‖² 的比值随 η → 0 趋于 1
import numpy as np


def f(t):
    return t[0] ** 2 + 3 * t[1] ** 2 + np.sin(2 * t[0] * t[1])


def grad(t):
    return np.array([2 * t[0] + 2 * t[1] * np.cos(2 * t[0] * t[1]),
                     6 * t[1] + 2 * t[0] * np.cos(2 * t[0] * t[1])])


theta = np.array([1.0, 0.5])
g = grad(theta)
print(f"θ = {theta}，f(θ) = {f(theta):.4f}，‖∇f‖² = {g @ g:.4f}")
print("      η     实际下降 f(θ)−f(θ−ηg)   一阶预测 η‖g‖²    比值")
for eta in (1.0, 0.3, 0.1, 0.01, 0.001):
    actual = f(theta) - f(theta - eta * g)
    print(f"  {eta:6.3f}        {actual:10.6f}          {eta * (g @ g):10.6f}    {actual / (eta * (g @ g)):7.4f}")

# 同样长度 0.01 的一步，沿不同方向：负梯度方向下降最多（Cauchy–Schwarz）
angles = np.linspace(0, 2 * np.pi, 360, endpoint=False)
dirs = np.c_[np.cos(angles), np.sin(angles)]
drops = np.array([f(theta) - f(theta + 0.01 * d) for d in dirs])
best = dirs[np.argmax(drops)]
print(f"步长 0.01 时下降最多的方向 {np.round(best, 3)}，−∇f/‖∇f‖ = {np.round(-g / np.linalg.norm(g), 3)}")
