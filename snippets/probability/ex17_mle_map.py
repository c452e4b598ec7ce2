# EX-17 最大似然与最大后验：先验的拉力随数据增多而消失；σ̂² 的偏差；高斯先验的 MAP 就是岭回归，先验越窄系数越小
import numpy as np

from mlvault.probability import map_bernoulli, mle_gaussian

rng = np.random.default_rng(0)

# 1) 抛硬币（真实 p = 0.7），先验 Beta(5, 5)：同一串数据，看前 n 次的 MLE 与 MAP
flips = (rng.random(1000) < 0.7).astype(int)
print("    n   正面    MLE k/n   MAP (k+a−1)/(n+a+b−2)   差")
for n in (3, 10, 30, 100, 1000):
    x = flips[:n]
    p_mle, p_map = x.mean(), map_bernoulli(x, 5, 5)
    print(f"{n:5d}  {x.sum():5d}   {p_mle:.4f}    {p_map:.4f}                 {p_mle - p_map:+.4f}")
print(f"MAP 在 k = 7, n = 10, Beta(2, 2) 下 = {map_bernoulli(np.array([1] * 7 + [0] * 3), 2, 2):.4f}")

# 2) 高斯的 MLE：μ̂ 无偏，σ̂²（除以 n）的期望只有 σ² 的 (n−1)/n；对 2 万个数据集取平均
sigma2 = 4.0
mu_hat, s2_hat = mle_gaussian(rng.normal(3.0, 2.0, size=50))
print(f"一个 n = 50 的数据集：μ̂ = {mu_hat:.4f}，σ̂² = {s2_hat:.4f}（真值 3 与 4）")
for n in (2, 5, 20, 100):
    data = rng.normal(3.0, 2.0, size=(20_000, n))
    print(f"n = {n:3d}：E[μ̂] ≈ {data.mean(axis=1).mean():.4f}，E[σ̂²] ≈ {data.var(axis=1).mean():.4f}，"
          f"(n−1)σ²/n = {(n - 1) / n * sigma2:.4f}")

# 3) y = Xw + ε，ε ~ N(0, σ²)，先验 w ~ N(0, τ²I)：MAP = (XᵀX + λI)⁻¹Xᵀy，λ = σ²/τ²
X = rng.standard_normal((50, 3))
w_true = np.array([1.5, -2.0, 0.5])
y = X @ w_true + rng.normal(scale=0.5, size=50)
sigma = 0.5
print(f"真实 w = {w_true}")
print(f"MLE（最小二乘）w = {np.round(np.linalg.lstsq(X, y, rcond=None)[0], 4)}")
for tau in (10.0, 1.0, 0.25, 0.05):
    lam = sigma**2 / tau**2
    w_map = np.linalg.solve(X.T @ X + lam * np.eye(3), X.T @ y)
    print(f"先验标准差 τ = {tau:5.2f}（λ = {lam:8.4f}）：w_MAP = {np.round(w_map, 4)}，‖w‖ = {np.linalg.norm(w_map):.4f}")
