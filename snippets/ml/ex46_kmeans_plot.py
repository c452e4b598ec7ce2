# K 均值的迭代过程（中心一步步移动）与肘部曲线
import matplotlib.pyplot as plt
import numpy as np

from mlvault.cluster import KMeans
from mlvault.plotting import show

rng = np.random.default_rng(0)
X = np.vstack([c + rng.standard_normal((30, 2)) for c in [[0.0, 0.0], [5.0, 1.0], [2.0, 5.0]]])
init = X[[0, 1, 2]]  # 三个初始中心挤在同一个簇里：看它们怎样被"推"开

# 第 s 步的状态 = 只允许 s 次迭代的结果
fits = [KMeans(3, init=init, max_iter=s, tol=0).fit(X) for s in range(1, 8)]
path = np.array([init] + [f.cluster_centers_ for f in fits])  # (步数+1, K, 2)

fig, axes = plt.subplots(1, 4, figsize=(8, 2.4))
for ax, step in zip(axes[:3], [1, 3, 7]):
    km = fits[step - 1]
    ax.scatter(*X.T, c=km.labels_, cmap="tab10", vmin=0, vmax=9, s=8)
    for k in range(3):
        ax.plot(*path[: step + 1, k].T, "k.-", lw=1, ms=4)
    ax.plot(*km.cluster_centers_.T, "r*", ms=10)
    ax.set_title(f"{step} 次迭代后", fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
Ks = range(1, 8)
J = [KMeans(K, n_init=5, random_state=0).fit(X).inertia_ for K in Ks]
axes[3].plot(Ks, J, "o-")
axes[3].axvline(3, color="C3", ls=":")
axes[3].set_title("肘部法则", fontsize=9)
axes[3].set_xlabel("K")
axes[3].set_ylabel("J（簇内平方和）")
fig.tight_layout()
show(fig)
