# EX-48 层次聚类：Lance–Williams 更新与「按定义重算」给出同样的簇间距离；单链接的链式效应
import numpy as np

from mlvault.cluster import AgglomerativeClustering

rng = np.random.default_rng(0)
X = rng.uniform(0, 5, (12, 2))
METHODS = ["single", "complete", "average", "ward"]


def by_definition(A, B, method):
    """两个簇（样本矩阵）之间的距离，按定义从原始点算。"""
    d = np.sqrt(((A[:, None] - B[None]) ** 2).sum(axis=2))
    if method == "single":
        return d.min()
    if method == "complete":
        return d.max()
    if method == "average":
        return d.mean()
    na, nb = len(A), len(B)  # Ward 高度 sqrt(2 ΔSSE)
    return np.sqrt(2 * na * nb / (na + nb)) * np.linalg.norm(A.mean(0) - B.mean(0))


def lance_williams(d_ka, d_kb, d_ab, na, nb, nk, method):
    """合并 a、b 后，簇 k 到新簇的距离，只用旧距离与簇大小。"""
    if method == "single":
        return 0.5 * d_ka + 0.5 * d_kb - 0.5 * abs(d_ka - d_kb)
    if method == "complete":
        return 0.5 * d_ka + 0.5 * d_kb + 0.5 * abs(d_ka - d_kb)
    if method == "average":
        return (na * d_ka + nb * d_kb) / (na + nb)
    n = na + nb + nk  # Ward：对平方距离成立
    return np.sqrt(((na + nk) * d_ka**2 + (nb + nk) * d_kb**2 - nk * d_ab**2) / n)


# 1) 完整跑一遍凝聚过程：距离矩阵只用 Lance–Williams 更新，每一步都与按定义重算的结果比较
print("方法        合并次数   LW 更新与按定义重算的最大差")
for method in METHODS:
    clusters = [[i] for i in range(len(X))]
    D = np.array([[by_definition(X[[i]], X[[j]], method) for j in range(len(X))] for i in range(len(X))])
    np.fill_diagonal(D, np.inf)
    worst = 0.0
    while len(clusters) > 1:
        a, b = np.unravel_index(np.argmin(D), D.shape)
        a, b = min(a, b), max(a, b)
        na, nb = len(clusters[a]), len(clusters[b])
        for k in range(len(clusters)):
            if k in (a, b):
                continue
            D[a, k] = D[k, a] = lance_williams(D[k, a], D[k, b], D[a, b], na, nb, len(clusters[k]), method)
        clusters[a] = clusters[a] + clusters[b]
        del clusters[b]
        D = np.delete(np.delete(D, b, axis=0), b, axis=1)
        for k in range(len(clusters)):
            if k != a:
                worst = max(worst, abs(D[a, k] - by_definition(X[clusters[a]], X[clusters[k]], method)))
    print(f"{method:10s}  {len(X) - 1:6d}   {worst:.2e}")

# 2) 链式效应：两团点之间有一串稀疏的「桥」，另有一个离群点
left = np.array([0.0, 0.0]) + 0.4 * rng.standard_normal((20, 2))
right = np.array([6.0, 0.0]) + 0.4 * rng.standard_normal((20, 2))
bridge = np.c_[np.linspace(0.9, 5.1, 8), 0.1 * rng.standard_normal(8)]
B = np.vstack([left, right, bridge, [[3.0, 3.0]]])
print("\n两团（各 20 点）+ 8 点的桥 + 1 个离群点：切成 K=2")
for method in METHODS:
    labels = AgglomerativeClustering(2, linkage=method).fit(B).labels_
    together = "同簇" if labels[0] == labels[20] else "分开"
    print(f"{method:10s}  簇大小 {sorted(np.bincount(labels).tolist())}，左团与右团{together}")
