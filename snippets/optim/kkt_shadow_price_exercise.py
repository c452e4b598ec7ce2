# 乘子是「影子价格」：min (x−2)² + (y−1)²  s.t. x + y ≤ c，把 c 从 2 放宽 Δ，最优值实际下降多少、一阶预测 μΔ 是多少
import numpy as np
from scipy import optimize


def solve(c):
    """返回最优值 p*(c) 和不等式约束 g = x + y − c ≤ 0 的乘子 μ。"""
    res = optimize.minimize(lambda z: (z[0] - 2) ** 2 + (z[1] - 1) ** 2, np.zeros(2), method="SLSQP",
                            constraints=[{"type": "ineq", "fun": lambda z: c - z[0] - z[1]}],
                            options={"ftol": 1e-12})
    return res.fun, res.multipliers[0]


p0, mu = solve(2.0)
print(f"c = 2：最优值 p* = {p0:.4f}，乘子 μ = {mu:.4f}")
print("   Δ     实际下降 p*(2) − p*(2+Δ)   一阶预测 μΔ")
for delta in (0.01, 0.1, 0.5, 1.0, 2.0):
    drop = p0 - solve(2.0 + delta)[0]
    print(f"  {delta:4.2f}        {drop:10.4f}              {mu * delta:8.4f}")
