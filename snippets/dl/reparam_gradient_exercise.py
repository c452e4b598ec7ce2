# 练习：估计 ∇_μ E_{z~N(μ,1)}[z²]（真值 2μ）——重参数化（路径）估计与得分函数估计，哪个方差小？
import numpy as np

rng = np.random.default_rng(0)
mu, n = 1.0, 100_000
eps = rng.standard_normal(n)
z = mu + eps                        # 重参数化：z = μ + ε
pathwise = 2 * z                    # d/dμ f(μ + ε) = f′(z)·1，f(z) = z²
score = z**2 * (z - mu)             # f(z)·∂log q(z)/∂μ，∂log N(z; μ, 1)/∂μ = z − μ
print(f"真值 2μ = {2 * mu:.4f}")
for name, g in [("重参数化估计", pathwise), ("得分函数估计", score)]:
    print(f"{name}: 均值 {g.mean():.4f}，单样本标准差 {g.std():.4f}")
print(f"方差之比（得分函数 / 重参数化）= {score.var() / pathwise.var():.2f}")
