# 核密度估计：带宽太小会过拟合成尖刺，太大会把两个峰抹平
import matplotlib.pyplot as plt
import numpy as np

from mlvault.density import KernelDensity
from mlvault.plotting import show
from mlvault.probability import gaussian_pdf

rng = np.random.default_rng(0)
data = np.concatenate([rng.normal(-2, 0.6, 60), rng.normal(1.5, 1.0, 100)])
grid = np.linspace(-5, 5, 400)
truth = 0.375 * gaussian_pdf(grid, -2, 0.6) + 0.625 * gaussian_pdf(grid, 1.5, 1.0)

fig, ax = plt.subplots(figsize=(7.5, 3.8))
ax.plot(grid, truth, "k--", lw=1.5, label="真实密度")
for h in (0.1, 0.4, 1.5):
    ax.plot(grid, np.exp(KernelDensity(bandwidth=h).fit(data).score_samples(grid)), label=f"高斯核，h = {h}")
ax.plot(data, np.full_like(data, -0.01), "|", color="gray", alpha=0.6, label="样本")
ax.set(xlabel="x", ylabel="密度", title="带宽 h 控制平滑程度（偏差–方差权衡）")
ax.legend(fontsize=9)
show(fig)
