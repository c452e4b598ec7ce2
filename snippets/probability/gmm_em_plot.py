# EM 的过程：高斯混合的等高线随迭代次数的变化
import matplotlib.pyplot as plt
import numpy as np

from mlvault.density import GaussianMixture
from mlvault.plotting import show

rng = np.random.default_rng(1)
true_means = np.array([[-2.0, 0.0], [2.0, 1.0], [0.0, 4.0]])
X = np.vstack([rng.multivariate_normal(m, 0.6 * np.eye(2), size=100) for m in true_means])
start = dict(
    weights_init=np.full(3, 1 / 3),
    means_init=np.array([[-0.5, 2.0], [0.0, 1.5], [0.5, 2.0]]),  # 故意挤在中间的初值
    precisions_init=np.repeat(np.eye(2)[None], 3, axis=0),
)
xx, yy = np.meshgrid(np.linspace(-4.5, 4.5, 80), np.linspace(-2.5, 6.5, 80))
grid = np.column_stack([xx.ravel(), yy.ravel()])

fig, axes = plt.subplots(1, 4, figsize=(8, 2.6), sharex=True, sharey=True)
for ax, steps in zip(axes, (0, 1, 10, 40)):
    gmm = GaussianMixture(3, max_iter=steps, tol=0.0, **start).fit(X)
    labels = gmm.predict(X)
    ax.scatter(X[:, 0], X[:, 1], c=labels, s=4, cmap="viridis", alpha=0.6)
    ax.contour(xx, yy, np.exp(gmm.score_samples(grid)).reshape(xx.shape), levels=6, colors="C3", linewidths=0.7)
    ax.plot(gmm.means_[:, 0], gmm.means_[:, 1], "k+", ms=9)
    ax.set_title(f"第 {steps} 次迭代" if steps else "初始值", fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("EM：E 步分配责任，M 步移动均值、调整协方差", fontsize=11)
fig.tight_layout()
show(fig)
