# EX-48 层次聚类：按定义写的朴素凝聚循环，合并高度与 scipy.cluster.hierarchy.linkage 一致；mlvault.cluster.linkage 连合并顺序和编号也一致
import numpy as np
from scipy.cluster.hierarchy import linkage as scipy_linkage

from mlvault.cluster import linkage

X = np.array([[0.0, 0.0], [0.4, 0.3], [3.0, 0.2], [3.3, 0.9], [1.2, 2.9], [1.6, 3.4], [2.6, 1.9]])


def cluster_distance(A, B, method):
    """两个簇（样本矩阵）之间的距离，直接按定义。"""
    d = np.sqrt(((A[:, None] - B[None]) ** 2).sum(axis=2))
    if method == "single":
        return d.min()                    # min{d(x,y) | x∈Ci, y∈Cj}
    if method == "complete":
        return d.max()                    # max{d(x,y) | x∈Ci, y∈Cj}
    if method == "average":
        return d.mean()                   # avg{d(x,y) | x∈Ci, y∈Cj}
    na, nb = len(A), len(B)               # Ward：合并使簇内平方和增加 ΔSSE，高度 = sqrt(2 ΔSSE)
    return np.sqrt(2 * na * nb / (na + nb)) * np.linalg.norm(A.mean(0) - B.mean(0))


def naive_agglomerative(X, method):
    clusters = [[i] for i in range(len(X))]   # 1. 每个点是一个簇
    heights = []
    while len(clusters) > 1:                  # 3. 重复直到只剩一个簇
        pairs = [(cluster_distance(X[a], X[b], method), i, j)
                 for i, a in enumerate(clusters) for j, b in enumerate(clusters) if i < j]
        h, i, j = min(pairs)                  # 2. 合并最近的两个簇
        heights.append(h)
        clusters[i] = clusters[i] + clusters[j]
        del clusters[j]
    return np.array(heights)


for method in ["single", "complete", "average", "ward"]:
    naive = naive_agglomerative(X, method)
    Z_ref = scipy_linkage(X, method)
    Z = linkage(X, method)
    print(f"{method:8s} 朴素循环的合并高度: {np.array2string(naive, precision=4)}")
    print(f"{'':8s} scipy linkage 高度:  {np.array2string(Z_ref[:, 2], precision=4)}")
    assert np.allclose(naive, Z_ref[:, 2])
    assert np.allclose(Z, Z_ref)  # 合并的簇编号、高度、簇大小全部一致

print("mlvault.cluster.linkage(X, 'average') —— 每行 [簇 a, 簇 b, 高度, 新簇大小]，第 i 行产生编号 n+i 的簇:")
print(np.array2string(linkage(X, "average"), precision=4, suppress_small=True))
