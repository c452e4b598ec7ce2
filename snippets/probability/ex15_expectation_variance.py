# EX-15 期望与方差：骰子（精确分数 vs scipy.stats.randint），伯努利方差 p(1-p) 与二元熵
from fractions import Fraction

import numpy as np
from scipy import stats

from mlvault.information import entropy

faces = range(1, 7)
p = Fraction(1, 6)
mean = sum(x * p for x in faces)  # E[X] = Σ x·P(x)：取值 × 概率（ER-22）
var = sum((x - mean) ** 2 * p for x in faces)  # Var X = E[(X - μ)²]
var_shortcut = sum(x**2 * p for x in faces) - mean**2  # = E[X²] - (E[X])²
die = stats.randint(1, 7)  # 1..6 上的离散均匀分布
print(f"骰子：E[X] = {mean} = {float(mean):.4f}，scipy: {die.mean():.4f}")
print(f"骰子：Var X = {var} ≈ {float(var):.4f}（E[X²]−μ² 也得 {var_shortcut}），scipy: {die.var():.4f}")
assert mean == Fraction(7, 2) and var == var_shortcut == Fraction(35, 12)
assert np.isclose(float(mean), die.mean()) and np.isclose(float(var), die.var())

# 伯努利变量：E[X] = p，Var X = p(1-p)
ps = np.array([0.1, 0.3, 0.5, 0.9])
print("伯努利 p      :", ps)
print("p(1-p)        :", np.round(ps * (1 - ps), 4))
print("scipy .var()  :", np.round(stats.bernoulli(ps).var(), 4))
assert np.allclose(ps * (1 - ps), stats.bernoulli(ps).var())

# 二元情形：方差 p(1-p) 与熵 H_b(p) 都在 p = 0.5 处最大
grid = np.linspace(0, 1, 1001)
h_b = entropy(np.stack([grid, 1 - grid], axis=-1))
print(f"argmax p(1-p) = {grid[np.argmax(grid * (1 - grid))]:.3f}，argmax H_b(p) = {grid[np.argmax(h_b)]:.3f}")
assert np.allclose(h_b, stats.bernoulli(grid).entropy())
assert grid[np.argmax(h_b)] == grid[np.argmax(grid * (1 - grid))] == 0.5

# 多值分布里二者不再同向：方差看数值有多分散，熵看概率有多均匀
two_far = (np.array([0.0, 100.0]), np.array([0.5, 0.5]))
ten_near = (np.arange(1.0, 11.0), np.full(10, 0.1))
for name, (values, probs) in {"{0, 100} 各 1/2": two_far, "{1..10} 均匀": ten_near}.items():
    mu = probs @ values
    print(f"{name}：方差 = {probs @ (values - mu) ** 2:8.2f}，熵 = {entropy(probs):.4f} nats")
