# 两个带噪声的月牙：K 均值按距离切开；DBSCAN（所选 ε）按密度连通，标出核心 / 边界 / 噪声点；右为 k-距离图
import argparse

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle
from scipy.spatial.distance import pdist, squareform

from mlvault.cluster import DBSCAN, KMeans
from mlvault.plotting import show

parser = argparse.ArgumentParser()
parser.add_argument("--eps", type=float, default=0.3, help="邻域半径 ε（MinPts 固定为 5）")
args = parser.parse_args()
min_pts = 5

rng = np.random.default_rng(0)
t = rng.uniform(0, np.pi, 150)
upper = np.c_[np.cos(t[:75]), np.sin(t[:75])]
lower = np.c_[1 - np.cos(t[75:]), 0.5 - np.sin(t[75:])]
X = np.vstack([upper, lower]) + 0.06 * rng.standard_normal((150, 2))
X = np.vstack([X, rng.uniform([-1.2, -0.8], [2.2, 1.3], size=(12, 2))])  # 一些噪声

km = KMeans(2, n_init=5, random_state=0).fit(X)
db = DBSCAN(eps=args.eps, min_samples=min_pts).fit(X)
core = np.zeros(len(X), dtype=bool)
core[db.core_sample_indices_] = True
border = ~core & (db.labels_ >= 0)
noise = db.labels_ == -1

fig, axes = plt.subplots(1, 3, figsize=(9.0, 3.5), gridspec_kw={"width_ratios": [1, 1, 0.8]})
axes[0].scatter(*X.T, c=km.labels_, cmap="tab10", vmin=0, vmax=9, s=8)
axes[0].set_title("K 均值 (K=2)：按到中心的距离切分", fontsize=9)
ax = axes[1]
ax.scatter(*X[core].T, c=db.labels_[core] % 10, cmap="tab10", vmin=0, vmax=9, s=10, label="核心点")
ax.scatter(*X[border].T, c=db.labels_[border] % 10, cmap="tab10", vmin=0, vmax=9, s=22, marker="^",
           edgecolors="k", linewidths=0.6, label="边界点")
ax.scatter(*X[noise].T, c="k", s=22, marker="x", label="噪声点")
# 各画一个核心点与（若有）边界点的 ε-邻域
for mask, style in ((core, "-"), (border, "--")):
    if mask.any():
        i = np.flatnonzero(mask)[0]
        ax.add_patch(Circle(X[i], args.eps, fill=False, ls=style, lw=1, color="0.3"))
n_clusters = db.labels_.max() + 1
ax.set_title(f"DBSCAN (ε={args.eps:g}, MinPts={min_pts})：{n_clusters} 个簇，{noise.sum()} 个噪声点", fontsize=9)
ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=3, frameon=False)
for a in axes[:2]:
    a.set_aspect("equal")
    a.set_xticks([])
    a.set_yticks([])

# k-距离图：每个点到第 MinPts-1 个近邻（不含自身）的距离，排序；它 ≤ ε 的点正好是核心点
D = squareform(pdist(X))
kdist = np.sort(np.sort(D, axis=1)[:, min_pts - 1])
axes[2].plot(np.arange(len(X)), kdist, "k", lw=1.2)
axes[2].axhline(args.eps, color="C3", ls="--", lw=1, label=f"ε = {args.eps:g}")
axes[2].set_xlabel("点（按 k-距离排序）")
axes[2].set_ylabel(f"到第 {min_pts - 1} 近邻的距离")
axes[2].set_title(f"k-距离图：k-距离 ≤ ε 的 {core.mean():.0%} 是核心点", fontsize=9)
axes[2].legend(fontsize=7)
axes[2].grid(alpha=0.3)
fig.tight_layout()
show(fig)
