# EX-15 期望与方差：取值 × 概率（ER-22）、线性性不需要独立而方差的可加性需要、方差与熵不是一回事
from fractions import Fraction

import numpy as np

from mlvault.information import entropy

faces = np.arange(1, 7)


def mean_var(probs):
    """E[X] = Σ x·P(x)，Var X = E[X²] − (E[X])²，精确分数。"""
    mean = sum(x * p for x, p in zip(faces.tolist(), probs))
    second = sum(x * x * p for x, p in zip(faces.tolist(), probs))
    return mean, second - mean**2


fair = [Fraction(1, 6)] * 6
loaded = [Fraction(1, 10)] * 5 + [Fraction(1, 2)]  # 6 点的概率是 1/2
seed_formula = sum(Fraction(x, 6) for x in faces.tolist())  # 原文把取值和概率写反：1·(1/6) + 1·(2/6) + …
for name, probs in [("公平骰子", fair), ("灌铅骰子（6 点占 1/2）", loaded)]:
    mean, var = mean_var(probs)
    print(f"{name}：E[X] = {mean}，Var X = {var}；原文写反的算式仍给 {seed_formula}")

# 线性性不需要独立；方差只有在协方差为 0 时才能相加
rng = np.random.default_rng(0)
x = rng.integers(1, 7, size=200_000)
y_indep = rng.integers(1, 7, size=200_000)  # 另一个独立的骰子
y_mirror = 7 - x  # 骰子的对面：完全由 x 决定
print(f"Var X ≈ {x.var():.4f}（精确 35/12 ≈ {35 / 12:.4f}）")
for name, y in [("独立的骰子", y_indep), ("对面 Y = 7 − X", y_mirror)]:
    s = x + y
    cov = np.mean((x - x.mean()) * (y - y.mean()))
    print(f"{name}：E[X+Y] ≈ {s.mean():.4f}，Var(X+Y) ≈ {s.var():.4f}，"
          f"Var X + Var Y + 2Cov ≈ {x.var() + y.var() + 2 * cov:.4f}，Cov ≈ {cov:+.4f}")

# 方差看数值有多分散，熵看概率有多均匀：多值分布里二者可以反向
for name, values, probs in [("{0, 100} 各 1/2", np.array([0.0, 100.0]), np.full(2, 0.5)),
                            ("{1..10} 均匀", np.arange(1.0, 11.0), np.full(10, 0.1))]:
    mu = probs @ values
    print(f"{name}：方差 = {probs @ (values - mu) ** 2:8.2f}，熵 = {entropy(probs):.4f} nats")
