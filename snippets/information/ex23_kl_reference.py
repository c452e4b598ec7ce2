# 与参考实现对照：离散 KL 与 scipy.stats.entropy、scipy.special.rel_entr；高斯闭式解与数值积分
import numpy as np
from scipy import integrate, special, stats

from mlvault.information import gaussian_kl_divergence, kl_divergence

rng = np.random.default_rng(0)
P, Q = rng.dirichlet(np.ones(5), size=500), rng.dirichlet(np.ones(5), size=500)
ours = kl_divergence(P, Q)
print(f"与 scipy.stats.entropy(P, Q) 的最大差 = {np.max(np.abs(ours - stats.entropy(P, Q, axis=1))):.1e} nat")
print(f"与 rel_entr 求和的最大差 = {np.max(np.abs(ours - special.rel_entr(P, Q).sum(axis=1))):.1e} nat")

mu1, s1, mu2, s2 = 0.0, 1.0, 1.0, 2.0
numeric, _ = integrate.quad(
    lambda x: stats.norm.pdf(x, mu1, s1) * (stats.norm.logpdf(x, mu1, s1) - stats.norm.logpdf(x, mu2, s2)), -12, 12
)
print(f"KL(N(0,1)‖N(1,2²))：闭式解 = {gaussian_kl_divergence(mu1, s1, mu2, s2):.10f}，数值积分 = {numeric:.10f}")
