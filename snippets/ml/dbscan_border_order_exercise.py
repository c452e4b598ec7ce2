# 边界点的归属取决于处理顺序：p 同时挨着两个簇的核心点，换个样本顺序它就换了簇
import numpy as np

from mlvault.cluster import DBSCAN

A = [0.0, 0.3, 0.6, 1.0]
p = [2.0]
B = [3.0, 3.4, 3.7, 4.0]
x = np.array(A + p + B)[:, None]    # 一维，p 的下标是 4
eps, min_pts = 1.05, 4

counts = (np.abs(x - x.T) <= eps).sum(axis=1)
print("|N_ε|:", counts.tolist(), " 核心点:", np.flatnonzero(counts >= min_pts).tolist())

for name, order in (("原顺序（A 在前）", np.arange(len(x))), ("倒序（B 在前）", np.arange(len(x))[::-1])):
    labels = np.empty(len(x), dtype=int)
    labels[order] = DBSCAN(eps=eps, min_samples=min_pts).fit(x[order]).labels_
    mates = x[(labels == labels[4]) & (np.arange(len(x)) != 4), 0]
    print(f"{name}：p = 2.0 与 {mates.tolist()} 同簇")
