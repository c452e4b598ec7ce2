# t-SNE 的困惑度：左为 PCA 投影（参照），中为所选困惑度下的 t-SNE 嵌入，右为各点的高斯宽度 σ_i（按簇分组）
import argparse

import matplotlib.pyplot as plt
import numpy as np
from scipy.spatial.distance import pdist, squareform

from mlvault.decomposition import PCA, TSNE, conditional_probabilities
from mlvault.plotting import show

parser = argparse.ArgumentParser()
parser.add_argument("--perplexity", type=float, default=30.0, help="困惑度（有效近邻数），须小于样本数 80")
args = parser.parse_args()

rng = np.random.default_rng(0)
# 三个 10 维高斯簇，大小与紧密程度各不相同
sizes, spreads = [40, 25, 15], [1.0, 0.5, 2.0]
centres = rng.normal(scale=6, size=(3, 10))
X = np.vstack([c + s * rng.standard_normal((m, 10)) for c, m, s in zip(centres, sizes, spreads)])
y = np.repeat(np.arange(3), sizes)
names = [f"簇 {k}（{m} 点，标准差 {s}）" for k, (m, s) in enumerate(zip(sizes, spreads))]

tsne = TSNE(perplexity=args.perplexity, max_iter=500, random_state=0).fit(X)
_, beta = conditional_probabilities(squareform(pdist(X, "sqeuclidean")), args.perplexity)
sigma = np.sqrt(1 / (2 * beta))

fig, axes = plt.subplots(1, 3, figsize=(8.6, 3.0))
for ax, Z, title in ((axes[0], PCA(2).fit_transform(X), "PCA 投影（线性，参照）"),
                     (axes[1], tsne.embedding_, f"t-SNE，困惑度 {args.perplexity:g}")):
    for k in range(3):
        ax.scatter(*Z[y == k].T, s=7, color=f"C{k}", label=names[k])
    ax.set_title(title, fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
axes[1].set_xlabel(f"KL(P‖Q) = {tsne.kl_divergence_:.3f}", fontsize=8)
axes[0].legend(fontsize=6, loc="center right")
for k in range(3):
    axes[2].scatter(sigma[y == k], np.full(sizes[k], k) + rng.uniform(-0.2, 0.2, sizes[k]), s=7, color=f"C{k}")
axes[2].set_yticks(range(3), ["簇 0", "簇 1", "簇 2"])
axes[2].set_xlabel(r"高斯宽度 $\sigma_i$")
axes[2].set_title(r"由困惑度反推的 $\sigma_i$（按簇）", fontsize=9)
axes[2].grid(alpha=0.3)
fig.tight_layout()
show(fig)
