# 维度灾难的两幅图：左，框住一定比例的数据需要多长的子立方体边长；右，随机点到查询点的最远 / 最近距离之比
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

fig, (left, right) = plt.subplots(1, 2, figsize=(8.4, 3.4))
r = np.linspace(0.001, 1, 200)
for d, color in zip((1, 2, 3, 10, 100), ("C0", "C1", "C2", "C3", "C4")):
    left.plot(r, r ** (1 / d), color=color, label=f"d = {d}")
left.axvline(0.1, color="0.5", ls=":", lw=1)
left.set_xlabel("想框住的数据比例 r")
left.set_ylabel(r"子立方体边长 $r^{1/d}$")
left.set_title("局部邻域在高维里并不局部", fontsize=9)
left.legend(fontsize=7, loc="lower right")
left.grid(alpha=0.3)

rng = np.random.default_rng(0)
dims = np.array([2, 5, 10, 20, 50, 100, 200, 500])
ratios = []
for d in dims:
    points = rng.uniform(size=(500, d))
    queries = rng.uniform(size=(20, d))
    dist = np.sqrt(((queries[:, None] - points[None]) ** 2).sum(axis=2))
    ratios.append(np.mean(dist.max(axis=1) / dist.min(axis=1)))
right.loglog(dims, ratios, "o-")
right.set_xlabel("维数 d")
right.set_ylabel("最远距离 / 最近距离")
right.set_title("500 个均匀点：维数越高，远近越分不开", fontsize=9)
right.grid(alpha=0.3, which="both")
fig.tight_layout()
show(fig)
