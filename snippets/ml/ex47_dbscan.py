# EX-47 DBSCAN：按定义手算核心点 / 边界点 / 噪声点，与 mlvault.cluster.DBSCAN 的 core_sample_indices_、labels_ 对照
import numpy as np

from mlvault.cluster import DBSCAN

X = np.array([
    [1.0, 1.0], [1.5, 1.0], [1.0, 1.5], [1.5, 1.5], [2.0, 1.25],   # 一个紧密的小团
    [2.7, 1.25],                                                    # 挨着团的边缘
    [6.0, 6.0], [6.5, 6.0], [6.0, 6.5], [6.4, 6.4],                 # 另一个小团
    [4.0, 9.0],                                                     # 孤立点
])
eps, min_pts = 0.8, 4

D = np.sqrt(((X[:, None] - X[None]) ** 2).sum(axis=2))
in_eps = D <= eps                          # N_ε(x) = {y : ‖x − y‖ ≤ ε}，包含 x 自己
size = in_eps.sum(axis=1)
core = size >= min_pts
border = ~core & (in_eps & core[None, :]).any(axis=1)
noise = ~core & ~border
for i, (s, c, b) in enumerate(zip(size, core, border)):
    kind = "核心点" if c else ("边界点" if b else "噪声点")
    print(f"点 {i:2d} {X[i]}: |N_ε| = {s}  → {kind}")

db = DBSCAN(eps=eps, min_samples=min_pts).fit(X)
print("手算核心点:", np.flatnonzero(core), " core_sample_indices_:", db.core_sample_indices_)
print("手算噪声点:", np.flatnonzero(noise), " labels_ == -1:", np.flatnonzero(db.labels_ == -1))
print("labels_:", db.labels_)
assert np.array_equal(np.flatnonzero(core), db.core_sample_indices_)
assert np.array_equal(noise, db.labels_ == -1)

# CV-18：若 |N_ε(x)| 不把 x 自己算进去，同一个 MinPts 会少认出核心点
core_without_self = (size - 1) >= min_pts
print("不计自身时的核心点:", np.flatnonzero(core_without_self), "（少了",
      np.setdiff1d(np.flatnonzero(core), np.flatnonzero(core_without_self)), "）")
