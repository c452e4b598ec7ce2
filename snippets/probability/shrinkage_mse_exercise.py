# 有偏的估计可以更好：用 c·x̄ 估计均值 μ，比较偏差、方差和均方误差（μ = 1，σ = 2，n = 4）
import numpy as np

mu, sigma, n = 1.0, 2.0, 4
rng = np.random.default_rng(0)
samples = rng.normal(mu, sigma, size=(200_000, n))  # 20 万个样本量为 4 的数据集
xbar = samples.mean(axis=1)

print("   c    偏差      方差     均方误差（模拟） 均方误差（公式 c²σ²/n + (1−c)²μ²）")
for c in (0.25, 0.5, 0.75, 1.0):
    estimate = c * xbar
    bias = estimate.mean() - mu
    var = estimate.var()
    mse = np.mean((estimate - mu) ** 2)
    formula = c**2 * sigma**2 / n + (1 - c) ** 2 * mu**2
    print(f"{c:5.2f}  {bias:+.4f}   {var:.4f}   {mse:.4f}           {formula:.4f}")
