# 练习：高斯先验的 MAP 就是岭回归 w = (XᵀX + λI)⁻¹Xᵀy，λ = σ²/τ²：先验越窄（τ 越小），系数被拉向 0 越多
import numpy as np

rng = np.random.default_rng(0)
n, p, sigma = 30, 5, 1.0
X = rng.normal(size=(n, p))
w_true = np.array([3.0, -2.0, 0.0, 1.0, 0.5])
y = X @ w_true + sigma * rng.normal(size=n)

w_ols = np.linalg.lstsq(X, y, rcond=None)[0]
print(f"最小二乘（无先验）：w = {np.round(w_ols, 3)}，||w|| = {np.linalg.norm(w_ols):.3f}")
for tau in [100.0, 1.0, 0.3, 0.1]:
    lam = sigma**2 / tau**2
    w_map = np.linalg.solve(X.T @ X + lam * np.eye(p), X.T @ y)
    print(f"先验标准差 τ = {tau:6.1f}（λ = {lam:8.4f}）：w = {np.round(w_map, 3)}，||w|| = {np.linalg.norm(w_map):.3f}")
