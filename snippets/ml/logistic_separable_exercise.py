# 练习：线性可分的数据上不加正则的逻辑回归——‖w‖ 与损失随迭代次数怎样变化？
import numpy as np
from scipy.special import expit

from mlvault.linear import LogisticRegression

rng = np.random.default_rng(1)
X = np.r_[rng.normal(size=(50, 2)) + 2.5, rng.normal(size=(50, 2)) - 2.5]
y = np.r_[np.ones(50), np.zeros(50)]
A = np.column_stack([np.ones(100), X])
print(f"线性可分：{bool(np.all((X.sum(axis=1) > 0) == (y == 1)))}（直线 x1 + x2 = 0 就能分开）")

theta = np.zeros(3)
print("迭代      交叉熵 J(θ)   ‖w‖       方向 w/‖w‖")
for t in range(1, 10_001):
    h = expit(A @ theta)
    theta -= 1.0 * A.T @ (h - y) / len(y)
    if t in (10, 100, 1_000, 10_000):
        loss = np.mean(np.logaddexp(0, -(2 * y - 1) * (A @ theta)))  # 稳定写法的交叉熵
        w = theta[1:]
        print(f"{t:<9} {loss:<13.2e} {np.linalg.norm(w):<9.3f} {np.round(w / np.linalg.norm(w), 4)}")

ridge = LogisticRegression(C=1.0).fit(X, y)  # 加 L2 正则 ½‖w‖²
print(f"加 L2 正则（C = 1）：‖w‖ = {np.linalg.norm(ridge.coef_):.3f}，有限且唯一")
