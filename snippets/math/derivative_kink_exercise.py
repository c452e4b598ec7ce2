# 练习：中心差分在不可导点（折点）附近会给出什么？ReLU 与 |x| 在 0 附近的数值导数
import numpy as np

from mlvault.calculus import numerical_derivative

relu = lambda x: np.maximum(0.0, x)
h = 1e-5
points = np.array([-1.0, -1e-6, 0.0, 1e-6, 1.0])
print(f"步长 h = {h:g}")
print(f"{'x':>8s} {'ReLU 数值导数':>14s} {'|x| 数值导数':>14s}")
for x0, d_relu, d_abs in zip(points, numerical_derivative(relu, points, h), numerical_derivative(np.abs, points, h)):
    print(f"{x0:8.0e} {d_relu:14.4f} {d_abs:14.4f}")
print("框架在 0 处约定的 ReLU'(0) = 0；离折点比 h 还近时，差分的两个点落在折点两侧")
