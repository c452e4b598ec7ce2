# EX-31 贝叶斯优化 Demo（补写原文缺失的 100-2.py）：GP 代理 + EI 采集，5 个随机点 + 8 次迭代，在 [0, 1] 上最大化
import numpy as np
from scipy import stats

from mlvault.bayesopt import GaussianProcess, bayes_opt, expected_improvement, rbf_kernel


def f(x):
    """“黑箱”目标函数：这里我们其实知道它，只为了能检查结果。"""
    return x * np.sin(3 * np.pi * x) + 0.5 * x


result = bayes_opt(f, bounds=(0.0, 1.0), n_init=5, n_iter=8, random_state=0)
print(" 次序   x        f(x)     目前最好")
for i, (x, y) in enumerate(zip(result.X, result.y)):
    stage = "随机" if i < 5 else f"第{i - 4}轮"
    print(f"{stage:>5}  {x:.4f}  {y:8.5f}  {result.y[: i + 1].max():8.5f}")

grid = np.linspace(0, 1, 1001)
print(f"BO 找到的最好点 x = {result.x_best:.4f}, f = {result.y_best:.5f}（共 13 次评估）")
print(f"网格上的真实最大值 x = {grid[np.argmax(f(grid))]:.4f}, f = {f(grid).max():.5f}")
assert f(grid).max() - result.y_best < 1e-2

# GP 后验公式与“直接求逆”的写法一致（mlvault 用 Cholesky 分解，更稳更快）
X, y = result.X[:, None], result.y
gp = GaussianProcess(length_scale=0.1, noise=1e-6).fit(X, y)
mu, sigma = gp.predict(grid[:, None], return_std=True)
K_inv = np.linalg.inv(rbf_kernel(X, X, 0.1) + 1e-6 * np.eye(len(y)))
k_star = rbf_kernel(grid[:, None], X, 0.1)
mu_direct = k_star @ K_inv @ y
var_direct = 1.0 - np.einsum("ij,jk,ik->i", k_star, K_inv, k_star)
assert np.allclose(mu, mu_direct, atol=1e-6) and np.allclose(sigma**2, np.maximum(var_direct, 0), atol=1e-6)
print(f"后验均值/方差：Cholesky 与 (K+σ²I)⁻¹ 直接计算的最大差 {np.abs(mu - mu_direct).max():.1e}")

# EI 的闭式解 vs 蒙特卡洛：从 N(μ, σ²) 抽样，平均 max(f − f⁺ − ξ, 0)
rng = np.random.default_rng(1)
# 回到第 1 轮：只用 5 个随机点拟合 GP，EI 最大的网格点就是算法第 1 轮评估的点
gp5 = GaussianProcess(length_scale=0.1, noise=1e-6).fit(X[:5], y[:5])
mu5, sigma5 = gp5.predict(grid[:, None], return_std=True)
ei = expected_improvement(mu5, sigma5, y[:5].max(), xi=0.01)
i = int(np.argmax(ei))
assert grid[i] == result.X[5]
print(f"第 1 轮：EI 在 x = {grid[i]:.3f} 处最大（μ = {mu5[i]:.4f}, σ = {sigma5[i]:.4f}），正是算法评估的第 6 个点")
for m, s, best in [(mu5[i], sigma5[i], y[:5].max()), (1.2, 0.1, 1.2)]:
    closed = expected_improvement([m], [s], best, xi=0.01)[0]
    gains = np.maximum(stats.norm(m, s).rvs(400_000, random_state=rng) - best - 0.01, 0)
    assert abs(closed - gains.mean()) < 5 * gains.std() / np.sqrt(gains.size) + 1e-12
    print(f"μ = {m:.4f}, σ = {s:.4f}, f⁺ = {best:.4f}: EI 闭式解 = {closed:.4f}，蒙特卡洛 = {gains.mean():.4f}")
