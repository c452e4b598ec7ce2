# EX-45 t-SNE：困惑度怎样决定每个点的 σ_i，以及它怎样改变嵌入（近邻保持率、簇的相对大小）
import numpy as np
from scipy.spatial.distance import pdist, squareform

from mlvault.decomposition import TSNE, conditional_probabilities

rng = np.random.default_rng(0)
sizes, spreads = [40, 25, 15], [1.0, 0.5, 2.0]  # 三个 10 维高斯簇：大小、紧密程度各不相同
centres = rng.normal(scale=6, size=(3, 10))
X = np.vstack([c + s * rng.standard_normal((m, 10)) for c, m, s in zip(centres, sizes, spreads)])
y = np.repeat(np.arange(3), sizes)
D = squareform(pdist(X, "sqeuclidean"))


def knn_sets(dist, k=5):
    """每个点的 k 个最近邻（不含自身）。"""
    dist = dist + np.diag(np.full(len(dist), np.inf))
    return np.argsort(dist, axis=1)[:, :k]


def preserved(A, B):
    """两组近邻集合的平均重合比例。"""
    return np.mean([len(np.intersect1d(a, b)) / len(a) for a, b in zip(A, B)])


high = knn_sets(D)
print("困惑度   σ_i 中位数（簇0 / 簇1 / 簇2）   有效近邻数 2^H   5 近邻保持率   嵌入中各簇半径（簇0 / 簇1 / 簇2）")
for perp in (2, 5, 15, 30, 60):
    P, beta = conditional_probabilities(D, perp)
    sigma = np.sqrt(1 / (2 * beta))
    H = -(P * np.log2(np.where(P > 0, P, 1))).sum(axis=1)
    Y = TSNE(perplexity=perp, max_iter=500, random_state=0).fit_transform(X)
    radius = [np.sqrt(((Y[y == k] - Y[y == k].mean(0)) ** 2).sum(1)).mean() for k in range(3)]
    scale = np.sqrt(((Y - Y.mean(0)) ** 2).sum(1)).mean()  # 用整体尺度归一：t-SNE 的坐标单位本身没有意义
    med = " / ".join(f"{np.median(sigma[y == k]):.2f}" for k in range(3))
    rad = " / ".join(f"{r / scale:.2f}" for r in radius)
    print(f"{perp:>5}   {med:>22}   {np.mean(2 ** H):>12.2f}   {preserved(high, knn_sets(squareform(pdist(Y, 'sqeuclidean')))):>10.2f}   {rad:>24}")
print("（真实簇的标准差之比为 1.0 : 0.5 : 2.0）")
