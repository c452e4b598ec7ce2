# 三门问题：主持人打开一扇空门后，换门赢的概率是多少？精确的贝叶斯计算 + 10 万局模拟
from fractions import Fraction

import numpy as np

# 精确：你选 0 号门，主持人打开 2 号门。假设 C_j =「车在 j 号门」，先验各 1/3
# 似然 P(主持人开 2 | C_j)：车在 0 时他在 1、2 中随机开（1/2）；车在 1 时只能开 2（1）；车在 2 时不会开 2（0）
prior = [Fraction(1, 3)] * 3
likelihood = [Fraction(1, 2), Fraction(1), Fraction(0)]
evidence = sum(p * l for p, l in zip(prior, likelihood))  # 全概率公式
posterior = [p * l / evidence for p, l in zip(prior, likelihood)]
print(f"P(主持人开 2 号门) = {evidence}")
print(f"后验：P(车在 0 | 开 2) = {posterior[0]}，P(车在 1 | 开 2) = {posterior[1]}")

# 模拟：车和你的选择都随机；主持人打开一扇既不是你选的、也没有车的门
rng = np.random.default_rng(0)
n = 100_000
car = rng.integers(3, size=n)
pick = rng.integers(3, size=n)
# 选中了车：在另外两扇门中随机开一扇；没选中：只剩一扇可开（三个门号之和是 0+1+2 = 3）
host = np.where(pick == car, (pick + 1 + rng.integers(2, size=n)) % 3, 3 - pick - car)
switch = 3 - pick - host
print(f"模拟 {n:,} 局：不换门赢的比例 = {(pick == car).mean():.4f}，换门赢的比例 = {(switch == car).mean():.4f}")
