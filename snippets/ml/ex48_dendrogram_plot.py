# 同一份数据、四种链接方法的树状图；红色虚线在切出 3 个簇的高度横切，颜色是切出的簇
import matplotlib.pyplot as plt
import numpy as np
from scipy.cluster.hierarchy import dendrogram

from mlvault.cluster import linkage
from mlvault.plotting import show

rng = np.random.default_rng(3)
X = np.vstack([c + 0.5 * rng.standard_normal((6, 2)) for c in [[0, 0], [4, 0], [2, 3.5]]])
names = {"single": "单链接 (min)", "complete": "全链接 (max)", "average": "平均链接 (avg)", "ward": "Ward (平方和增量)"}

fig, axes = plt.subplots(2, 2, figsize=(8.0, 5.2))
for ax, (method, title) in zip(axes.flat, names.items()):
    Z = linkage(X, method)
    cut = (Z[-3, 2] + Z[-2, 2]) / 2  # 第 n-3 次与第 n-2 次合并之间：剩 3 个簇
    dendrogram(Z, ax=ax, color_threshold=cut, above_threshold_color="0.5", leaf_font_size=7)
    ax.axhline(cut, color="C3", ls="--", lw=1)
    ax.set_title(title, fontsize=9)
    ax.tick_params(axis="y", labelsize=7)
for ax in axes[:, 0]:
    ax.set_ylabel("合并高度")
for ax in axes[1]:
    ax.set_xlabel("样本编号", fontsize=8)
fig.tight_layout()
show(fig)
