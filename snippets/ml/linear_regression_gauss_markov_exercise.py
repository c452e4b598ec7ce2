# 练习：两个线性无偏的斜率估计——最小二乘 vs 只用首尾两点——哪个方差小？（Gauss–Markov）
import numpy as np

rng = np.random.default_rng(0)
x = np.linspace(0, 10, 11)  # 固定的设计点
reps, sigma = 20_000, 1.0
# 噪声故意取均匀分布（不是正态）：Gauss–Markov 只要求零均值、同方差、不相关
noise = rng.uniform(-np.sqrt(3) * sigma, np.sqrt(3) * sigma, size=(reps, x.size))
Y = 1.0 + 2.0 * x + noise  # 每行是一次重新采样的数据集，真斜率 2

xc = x - x.mean()
slope_ols = Y @ xc / (xc @ xc)  # 最小二乘斜率 Σ(x-x̄)y / Σ(x-x̄)²，对 y 是线性的
slope_ends = (Y[:, -1] - Y[:, 0]) / (x[-1] - x[0])  # 只用首尾两点，同样线性且无偏

print(f"{'估计':<14}{'平均值':>10}{'方差（模拟）':>14}{'方差（理论）':>14}")
print(f"{'最小二乘':<14}{slope_ols.mean():>10.4f}{slope_ols.var():>14.5f}{sigma**2 / (xc @ xc):>14.5f}")
print(f"{'首尾两点':<14}{slope_ends.mean():>10.4f}{slope_ends.var():>14.5f}"
      f"{2 * sigma**2 / (x[-1] - x[0]) ** 2:>14.5f}")
print(f"方差之比 首尾 / 最小二乘 = {slope_ends.var() / slope_ols.var():.3f}")
