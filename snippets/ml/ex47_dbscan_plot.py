# 两个"月牙"：K 均值按距离切成两半，DBSCAN 按密度连通找回月牙，并标出核心 / 边界 / 噪声点
import matplotlib.pyplot as plt
import numpy as np

from mlvault.cluster import DBSCAN, KMeans
from mlvault.plotting import show

rng = np.random.default_rng(0)
t = rng.uniform(0, np.pi, 150)
upper = np.c_[np.cos(t[:75]), np.sin(t[:75])]
lower = np.c_[1 - np.cos(t[75:]), 0.5 - np.sin(t[75:])]
X = np.vstack([upper, lower]) + 0.06 * rng.standard_normal((150, 2))
X = np.vstack([X, rng.uniform([-1.2, -0.8], [2.2, 1.3], size=(12, 2))])  # 一些噪声

km = KMeans(2, n_init=5, random_state=0).fit(X)
db = DBSCAN(eps=0.2, min_samples=5).fit(X)
core = np.zeros(len(X), dtype=bool)
core[db.core_sample_indices_] = True
border = ~core & (db.labels_ >= 0)
noise = db.labels_ == -1

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.4))
ax1.scatter(*X.T, c=km.labels_, cmap="tab10", vmin=0, vmax=9, s=10)
ax1.set_title("K 均值 (K=2)：按到中心的距离切分", fontsize=10)
ax2.scatter(*X[core].T, c=db.labels_[core], cmap="tab10", vmin=0, vmax=9, s=14, label="核心点")
ax2.scatter(*X[border].T, c=db.labels_[border], cmap="tab10", vmin=0, vmax=9, s=14, marker="^",
            edgecolors="k", linewidths=0.5, label="边界点")
ax2.scatter(*X[noise].T, c="k", s=20, marker="x", label="噪声点")
ax2.set_title(f"DBSCAN (ε={db.eps}, MinPts={db.min_samples})", fontsize=10)
ax2.legend(fontsize=8, loc="lower left")
for ax in (ax1, ax2):
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
show(fig)
