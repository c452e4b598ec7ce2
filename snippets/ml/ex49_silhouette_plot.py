# 轮廓图：每个点一根横条（按簇分组、簇内排序），红线是平均轮廓系数；K=3 合适，K=5 把真簇切碎
import matplotlib.pyplot as plt
import numpy as np

from mlvault.cluster import KMeans
from mlvault.metrics import silhouette_samples
from mlvault.plotting import show

rng = np.random.default_rng(0)
X = np.vstack([c + 0.8 * rng.standard_normal((40, 2)) for c in [[0, 0], [5, 0], [2.5, 4]]])

fig, axes = plt.subplots(1, 2, figsize=(8, 3.4), sharex=True)
for ax, K in zip(axes, [3, 5]):
    labels = KMeans(K, n_init=5, random_state=0).fit(X).labels_
    s = silhouette_samples(X, labels)
    bottom, middles = 0, []
    for k in range(K):
        values = np.sort(s[labels == k])
        ax.barh(np.arange(bottom, bottom + len(values)), values, height=1.0, color=f"C{k}")
        middles.append(bottom + len(values) / 2)
        bottom += len(values) + 4
    ax.axvline(s.mean(), color="r", ls="--", lw=1)
    ax.set_title(f"K = {K}：平均 s = {s.mean():.3f}", fontsize=10)
    ax.set_xlabel("轮廓系数 s(i)")
    ax.set_yticks(middles, [f"簇 {k}" for k in range(K)], fontsize=8)
    ax.tick_params(axis="y", length=0)
axes[0].set_ylabel("样本（按簇分组）")
fig.tight_layout()
show(fig)
