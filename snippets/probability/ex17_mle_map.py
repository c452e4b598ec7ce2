# EX-17 最大似然与最大后验：高斯 MLE = scipy norm.fit；Beta 先验下的 MAP（网格 vs 闭式）；岭回归 = 高斯先验 MAP
import numpy as np
from scipy import optimize, stats

from mlvault.probability import map_bernoulli, mle_gaussian

rng = np.random.default_rng(0)

# 1) 高斯的 MLE：样本均值与除以 n 的（有偏）方差
x = rng.normal(loc=3.0, scale=2.0, size=200)
mu, sigma2 = mle_gaussian(x)
loc, scale = stats.norm.fit(x)  # scipy 的最大似然拟合，返回 (均值, 标准差)
print(f"MLE：μ̂ = {mu:.4f}，σ̂² = {sigma2:.4f}；scipy norm.fit：{loc:.4f}，{scale**2:.4f}")
print(f"无偏样本方差（除以 n-1）= {x.var(ddof=1):.4f}，比 MLE 大 n/(n-1) 倍")
assert np.isclose(mu, loc) and np.isclose(sigma2, scale**2)

# 2) 抛硬币 n = 10 次，正面 k = 7 次，先验 Beta(2, 2)
flips = np.array([1] * 7 + [0] * 3)
k, n, a, b = flips.sum(), flips.size, 2, 2
grid = np.linspace(0.0005, 0.9995, 1999)
log_likelihood = stats.binom.logpmf(k, n, grid)
log_posterior = log_likelihood + stats.beta.logpdf(grid, a, b)  # 后验 ∝ 似然 × 先验（取对数后相加）
print(f"MLE：网格 argmax = {grid[np.argmax(log_likelihood)]:.4f}，闭式 k/n = {k / n:.4f}")
print(f"MAP：网格 argmax = {grid[np.argmax(log_posterior)]:.4f}，闭式 (k+a-1)/(n+a+b-2) = {map_bernoulli(flips, a, b):.4f}")
assert np.isclose(map_bernoulli(flips, a, b), 2 / 3)
assert abs(grid[np.argmax(log_posterior)] - 2 / 3) < 1e-3

# 3) 线性回归 y = Xw + ε, ε ~ N(0, σ²)，先验 w ~ N(0, τ²I)：MAP = 岭回归，λ = σ²/τ²
X = rng.standard_normal((50, 3))
y = X @ np.array([1.5, -2.0, 0.5]) + rng.normal(scale=0.5, size=50)
sigma, tau = 0.5, 0.25
lam = sigma**2 / tau**2


def neg_log_posterior(w):
    return -(stats.norm.logpdf(y, X @ w, sigma).sum() + stats.norm.logpdf(w, 0, tau).sum())


w_map = optimize.minimize(neg_log_posterior, np.zeros(3), method="BFGS").x
w_ridge = np.linalg.solve(X.T @ X + lam * np.eye(3), X.T @ y)  # (XᵀX + λI)⁻¹Xᵀy
w_mle = np.linalg.lstsq(X, y, rcond=None)[0]
print(f"λ = σ²/τ² = {lam:.1f}")
print(f"数值最大化后验 w_MAP = {np.round(w_map, 4)}")
print(f"岭回归闭式解 w       = {np.round(w_ridge, 4)}")
print(f"MLE（最小二乘）w    = {np.round(w_mle, 4)}（无先验，系数更大）")
assert np.allclose(w_map, w_ridge, atol=1e-5)
