# 贝叶斯优化 Demo 的两处核对：GP 后验（Cholesky）与 (K+σ²I)⁻¹ 直接计算一致；EI 闭式解与蒙特卡洛一致
import numpy as np

from mlvault.bayesopt import GaussianProcess, bayes_opt, expected_improvement, rbf_kernel


def f(x):
    return x * np.sin(3 * np.pi * x) + 0.5 * x


result = bayes_opt(f, bounds=(0.0, 1.0), n_init=5, n_iter=8, random_state=0)
grid = np.linspace(0, 1, 1001)
X, y = result.X[:, None], result.y

# GP 后验：Cholesky 分解 vs 直接求逆
gp = GaussianProcess(length_scale=0.1, noise=1e-6).fit(X, y)
mu, sigma = gp.predict(grid[:, None], return_std=True)
K_inv = np.linalg.inv(rbf_kernel(X, X, 0.1) + 1e-6 * np.eye(len(y)))
k_star = rbf_kernel(grid[:, None], X, 0.1)
mu_direct = k_star @ K_inv @ y
var_direct = 1.0 - np.einsum("ij,jk,ik->i", k_star, K_inv, k_star)
print(f"后验均值：Cholesky 与直接求逆的最大差 {np.abs(mu - mu_direct).max():.1e}")
print(f"后验方差：Cholesky 与直接求逆的最大差 {np.abs(sigma**2 - np.maximum(var_direct, 0)).max():.1e}")

# 第 1 轮：只用 5 个随机点拟合 GP，EI 最大的网格点就是算法第 1 轮评估的点
gp5 = GaussianProcess(length_scale=0.1, noise=1e-6).fit(X[:5], y[:5])
mu5, sigma5 = gp5.predict(grid[:, None], return_std=True)
ei = expected_improvement(mu5, sigma5, y[:5].max(), xi=0.01)
i = int(np.argmax(ei))
print(f"第 1 轮 EI 最大处 x = {grid[i]:.3f}，算法评估的第 6 个点 x = {result.X[5]:.3f}")

# EI 闭式解 vs 蒙特卡洛：从 N(μ, σ²) 抽样，平均 max(f − f⁺ − ξ, 0)
rng = np.random.default_rng(0)
for m, s, best in [(mu5[i], sigma5[i], y[:5].max()), (1.2, 0.1, 1.2), (0.5, 0.3, 1.0)]:
    closed = expected_improvement([m], [s], best, xi=0.01)[0]
    gains = np.maximum(rng.normal(m, s, 1_000_000) - best - 0.01, 0)
    se = gains.std() / np.sqrt(gains.size)
    print(f"μ = {m:.4f}, σ = {s:.4f}, f⁺ = {best:.4f}：EI 闭式解 {closed:.5f}，蒙特卡洛 {gains.mean():.5f} ± {se:.5f}")
