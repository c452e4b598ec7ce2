# 同一份数据在不同困惑度下的 t-SNE 嵌入：困惑度 ≈ 每个点"关心"的近邻数
import matplotlib.pyplot as plt
import numpy as np

from mlvault.decomposition import TSNE
from mlvault.plotting import show

rng = np.random.default_rng(0)
# 三个 10 维高斯簇，大小与紧密程度各不相同
sizes, spreads = [40, 25, 15], [1.0, 0.5, 2.0]
centres = rng.normal(scale=6, size=(3, 10))
X = np.vstack([c + s * rng.standard_normal((m, 10)) for c, m, s in zip(centres, sizes, spreads)])
y = np.repeat(np.arange(3), sizes)

perplexities = [2, 5, 15, 40]
fig, axes = plt.subplots(1, len(perplexities), figsize=(8, 2.4))
for ax, perp in zip(axes, perplexities):
    Y = TSNE(perplexity=perp, max_iter=400, random_state=0).fit_transform(X)
    for c in range(3):
        ax.scatter(*Y[y == c].T, s=6)
    ax.set_title(f"困惑度 {perp}", fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("t-SNE：困惑度小看局部，大看全局（坐标轴本身没有意义）", fontsize=10)
fig.tight_layout()
show(fig)
