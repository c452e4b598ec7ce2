# EX-47 DBSCAN：按定义给 11 个点分类（核心 / 边界 / 噪声）；ε 从小到大时簇数与噪声怎样变化；计数是否包含自身
import numpy as np

from mlvault.cluster import DBSCAN

# 1) 按定义手算
X = np.array([
    [1.0, 1.0], [1.5, 1.0], [1.0, 1.5], [1.5, 1.5], [2.0, 1.25],   # 一个紧密的小团
    [2.7, 1.25],                                                    # 挨着团的边缘
    [6.0, 6.0], [6.5, 6.0], [6.0, 6.5], [6.4, 6.4],                 # 另一个小团
    [4.0, 9.0],                                                     # 孤立点
])
eps, min_pts = 0.8, 4
D = np.sqrt(((X[:, None] - X[None]) ** 2).sum(axis=2))
in_eps = D <= eps                              # N_ε(x) = {y : ‖x − y‖ ≤ ε}，包含 x 自己
size = in_eps.sum(axis=1)
core = size >= min_pts
border = ~core & (in_eps & core[None, :]).any(axis=1)
for i, (s, c, b) in enumerate(zip(size, core, border)):
    kind = "核心点" if c else ("边界点" if b else "噪声点")
    near_core = np.flatnonzero(in_eps[i] & core)
    print(f"点 {i:2d} {X[i]}: |N_ε| = {s}  → {kind}" + (f"（邻域内的核心点 {near_core.tolist()}）" if b else ""))

# 2) 同一个 MinPts，ε 不同：两个带噪声的月牙
rng = np.random.default_rng(0)
t = rng.uniform(0, np.pi, 150)
moons = np.vstack([np.c_[np.cos(t[:75]), np.sin(t[:75])], np.c_[1 - np.cos(t[75:]), 0.5 - np.sin(t[75:])]])
M = np.vstack([moons + 0.06 * rng.standard_normal((150, 2)), rng.uniform([-1.2, -0.8], [2.2, 1.3], (12, 2))])
print(f"\n月牙数据 {len(M)} 个点，MinPts = 5")
print("  ε     簇数   噪声点   核心点   最大簇的点数")
for e in (0.1, 0.15, 0.2, 0.3, 0.4, 0.6):
    db = DBSCAN(eps=e, min_samples=5).fit(M)
    sizes = np.bincount(db.labels_[db.labels_ >= 0]) if db.labels_.max() >= 0 else np.array([0])
    print(f"{e:5.2f}   {db.labels_.max() + 1:4d}   {np.sum(db.labels_ == -1):6d}   "
          f"{len(db.core_sample_indices_):6d}   {sizes.max():10d}")

# 3) CV-18：若 |N_ε(x)| 不把 x 自己算进去，同一个 MinPts 会少认出核心点
core_without_self = (size - 1) >= min_pts
print("\n计数包含自身的核心点:", np.flatnonzero(core).tolist())
print("计数不含自身的核心点:", np.flatnonzero(core_without_self).tolist())
