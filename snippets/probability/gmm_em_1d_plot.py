# 一维高斯混合的 EM：各轮迭代后的两个分量（虚线）与混合密度（实线），以及对数似然逐轮上升
import matplotlib.pyplot as plt
import numpy as np

from mlvault.density import GaussianMixture
from mlvault.plotting import show
from mlvault.probability import gaussian_pdf

rng = np.random.default_rng(0)
x = np.concatenate([rng.normal(-2.0, 0.7, 120), rng.normal(1.5, 1.0, 180)])
start = dict(weights_init=[0.5, 0.5], means_init=[[0.0], [1.0]], precisions_init=[[[1 / 1.5**2]], [[1 / 1.5**2]]])  # σ = 1.5
grid = np.linspace(-5, 5, 300)
shown = (0, 3, 12, 40)

fig = plt.figure(figsize=(10, 5.2))
top = fig.add_gridspec(2, 4, height_ratios=[1.2, 1], hspace=0.55)
for i, steps in enumerate(shown):
    ax = fig.add_subplot(top[0, i])
    gmm = GaussianMixture(2, max_iter=steps, tol=0.0, **start).fit(x)
    ax.hist(x, bins=30, density=True, color="0.85")
    sigma = np.sqrt(gmm.covariances_[:, 0, 0])
    parts = gmm.weights_[:, None] * gaussian_pdf(grid, gmm.means_[:, :1], sigma[:, None])
    ax.plot(grid, parts[0], "--", color="C0", lw=1.2)
    ax.plot(grid, parts[1], "--", color="C1", lw=1.2)
    ax.plot(grid, parts.sum(axis=0), color="k", lw=1.4)
    ax.set_title("初始值" if steps == 0 else f"第 {steps} 轮后", fontsize=10)
    ax.set(ylim=(0, 0.42), yticks=[] if i else [0, 0.2, 0.4])

history = GaussianMixture(2, max_iter=50, tol=0.0, **start).fit(x).lower_bounds_
ax = fig.add_subplot(top[1, :])
ax.plot(np.arange(len(history)), history, "o-", ms=3)
ax.plot(shown, history[list(shown)], "o", color="C3", ms=7, label="上面四幅图对应的轮次")
ax.set(xlabel="迭代轮次 t", ylabel=r"平均对数似然 $\ell(\theta^{(t)})/N$", title="EM 的每一轮都不降低对数似然")
ax.legend(fontsize=9, loc="lower right")
show(fig)
