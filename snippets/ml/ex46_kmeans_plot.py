# Lloyd 算法一步步：每幅图是「用当前中心分配」的结果，黑线是中心走过的路；最后一幅是每个半步之后的目标 J
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
X = np.vstack([c + rng.standard_normal((30, 2)) for c in [[0.0, 0.0], [5.0, 1.0], [2.0, 5.0]]])
centres = X[[0, 1, 2]].copy()  # 三个初始中心挤在同一个簇里：看它们怎样被「推」开

history, J_half = [centres], []
for _ in range(8):
    labels = ((X[:, None] - centres[None]) ** 2).sum(axis=2).argmin(axis=1)            # 分配
    J_half.append(((X - centres[labels]) ** 2).sum())
    centres = np.array([X[labels == k].mean(axis=0) for k in range(3)])                 # 更新
    J_half.append(((X - centres[labels]) ** 2).sum())
    history.append(centres)
path = np.array(history)

fig, axes = plt.subplots(2, 3, figsize=(8.4, 5.2))
for ax, t in zip(axes.flat[:5], [0, 1, 2, 3, 8]):
    labels = ((X[:, None] - path[t][None]) ** 2).sum(axis=2).argmin(axis=1)
    ax.scatter(*X.T, c=labels, cmap="tab10", vmin=0, vmax=9, s=8)
    for k in range(3):
        ax.plot(*path[: t + 1, k].T, "k.-", lw=1, ms=4)
    ax.plot(*path[t].T, "r*", ms=11)
    ax.set_title("初始中心及其分配" if t == 0 else f"{t} 次更新后的中心及其分配", fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
ax = axes.flat[5]
steps = np.arange(1, len(J_half) + 1) / 2
ax.plot(steps[0::2], J_half[0::2], "o", color="C0", label="分配后")
ax.plot(steps[1::2], J_half[1::2], "s", color="C1", label="更新后")
ax.plot(steps, J_half, "-", color="0.6", lw=1, zorder=0)
ax.set_xlabel("迭代次数")
ax.set_ylabel("J（簇内平方和）")
ax.set_title("每个半步 J 都不增加", fontsize=9)
ax.legend(fontsize=7)
ax.grid(alpha=0.3)
fig.tight_layout()
show(fig)
