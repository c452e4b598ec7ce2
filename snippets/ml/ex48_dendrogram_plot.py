# 同一份数据、四种链接方法的树状图（用 mlvault.cluster.linkage 的矩阵画）
import matplotlib.pyplot as plt
import numpy as np
from scipy.cluster.hierarchy import dendrogram

from mlvault.cluster import linkage
from mlvault.plotting import show

rng = np.random.default_rng(3)
X = np.vstack([c + 0.5 * rng.standard_normal((6, 2)) for c in [[0, 0], [4, 0], [2, 3.5]]])
names = {"single": "单链接 (min)", "complete": "全链接 (max)", "average": "平均链接 (avg)", "ward": "Ward (平方和增量)"}

fig, axes = plt.subplots(1, 4, figsize=(8, 2.6))
for ax, (method, title) in zip(axes, names.items()):
    dendrogram(linkage(X, method), ax=ax, color_threshold=0, above_threshold_color="C0", leaf_font_size=6)
    ax.set_title(title, fontsize=9)
    ax.tick_params(axis="y", labelsize=7)
axes[0].set_ylabel("合并高度")
fig.tight_layout()
show(fig)
