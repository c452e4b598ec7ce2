"""Clustering: k-means (Lloyd + k-means++), DBSCAN, agglomerative (hierarchical) clustering.

Each algorithm is vectorised over samples: distances are BLAS products, group sums are matrix
products, connected pieces come from ``scipy.sparse.csgraph``. Python loops run only over iterations
and merges, never over samples.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree
from scipy.spatial.distance import pdist, squareform

from mlvault.base import BaseEstimator, ClusterMixin, validate_data
from mlvault.linalg import squared_distances

__all__ = [
    "kmeans_plusplus",
    "KMeans",
    "DBSCAN",
    "linkage",
    "cut_tree_labels",
    "AgglomerativeClustering",
]


def kmeans_plusplus(X: ArrayLike, n_clusters: int, random_state=None) -> np.ndarray:
    """Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's local trials).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    n_clusters : int
    random_state : int, numpy.random.Generator or None

    Returns
    -------
    ndarray of shape (n_clusters, n_features)
        Initial centres, chosen among the rows of ``X``.

    Notes
    -----
    The first centre is uniform; each next one is drawn with probability proportional to the squared
    distance to the nearest centre chosen so far,

    .. math:: P(x)=\\frac{D(x)^2}{\\sum_{x'}D(x')^2},

    keeping the best of :math:`2+\\lfloor\\ln k\\rfloor` candidates (the one that lowers the potential
    :math:`\\sum_x D(x)^2` most).

    笔记：[[K均值聚类]]
    """
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(random_state)
    n = X.shape[0]
    n_trials = 2 + int(np.log(n_clusters))
    X_sq = np.einsum("ij,ij->i", X, X)
    centres = np.empty((n_clusters, X.shape[1]))
    centres[0] = X[rng.integers(n)]
    closest = squared_distances(X, centres[:1], X_sq)[:, 0]
    for c in range(1, n_clusters):
        cumulative = np.cumsum(closest)
        candidates = np.searchsorted(cumulative, rng.uniform(size=n_trials) * cumulative[-1])
        candidates = np.minimum(candidates, n - 1)
        trial = np.minimum(closest[:, None], squared_distances(X, X[candidates], X_sq))
        best = np.argmin(trial.sum(axis=0))
        centres[c] = X[candidates[best]]
        closest = trial[:, best]
    return centres


def _assign(XT: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, float]:
    """Assignment step on the transposed data ``XT`` (n_features, n_samples).

    Returns the one-hot matrix (K, n_samples) of nearest centres and
    :math:`\\sum_i\\min_k(\\lVert c_k\\rVert^2-2c_k^\\top x_i)`, i.e. :math:`J-\\sum_i\\lVert x_i\\rVert^2`.
    Working on (K, n) rows keeps every reduction a fast element-wise pass over K rows.
    """
    D = (-2.0 * centres) @ XT
    D += np.einsum("ij,ij->i", centres, centres)[:, None]
    nearest = D.min(axis=0)
    one_hot = (D == nearest).astype(float)
    if one_hot.sum() != XT.shape[1]:  # exact ties: keep the first nearest centre, as argmin does
        one_hot = (np.argmin(D, axis=0) == np.arange(len(centres))[:, None]).astype(float)
    return one_hot, float(nearest.sum())


class KMeans(ClusterMixin, BaseEstimator):
    """K-means clustering with Lloyd's algorithm.

    Parameters
    ----------
    n_clusters : int
        Number of clusters :math:`K`.
    init : {"k-means++", "random"} or ndarray of shape (n_clusters, n_features)
        Initial centres, or how to choose them.
    n_init : int
        Number of runs from different seeds; the run with the lowest inertia is kept.
    max_iter : int
        Maximum number of Lloyd iterations per run.
    tol : float
        Relative tolerance: a run stops when the total squared centre shift is at most
        ``tol * mean(var(X, axis=0))`` (scikit-learn's convention), or when no label changes.
    random_state : int, numpy.random.Generator or None

    Attributes
    ----------
    cluster_centers_ : ndarray of shape (n_clusters, n_features)
    labels_ : ndarray of shape (n_samples,)
        Index of the nearest final centre.
    inertia_ : float
        Objective :math:`J` of the final centres and labels.
    n_iter_ : int
        Iterations of the best run.
    inertia_history_ : ndarray of shape (n_iter_,)
        :math:`J` right after each assignment step of the best run (never increases).

    Notes
    -----
    .. math:: J=\\sum_{k=1}^{K}\\sum_{x\\in C_k}\\lVert x-\\mu_k\\rVert^2

    Assignment :math:`c(x)=\\arg\\min_k\\lVert x-\\mu_k\\rVert^2`, update
    :math:`\\mu_k=\\frac1{\\lvert C_k\\rvert}\\sum_{x\\in C_k}x`; each step can only lower :math:`J`.
    An empty cluster keeps its previous centre.

    笔记：[[K均值聚类]]
    """

    def __init__(self, n_clusters=8, init="k-means++", n_init=1, max_iter=300, tol=1e-4, random_state=None):
        self.n_clusters = n_clusters
        self.init = init
        self.n_init = n_init
        self.max_iter = max_iter
        self.tol = tol
        self.random_state = random_state

    def fit(self, X: ArrayLike, y=None) -> "KMeans":
        """Run ``n_init`` Lloyd runs on ``X`` of shape (n_samples, n_features); keep the best.

        笔记：[[K均值聚类]]
        """
        X, _ = validate_data(self, X, y)
        if not 1 <= self.n_clusters <= len(X):
            raise ValueError(f"n_samples={len(X)} should be >= n_clusters={self.n_clusters} >= 1.")
        rng = np.random.default_rng(self.random_state)
        tol = self.tol * np.mean(np.var(X, axis=0))
        fixed = not isinstance(self.init, str)
        best = None
        for _ in range(1 if fixed else self.n_init):
            run = self._lloyd(X, self._initial_centres(X, rng), tol)
            if best is None or run[2] < best[2]:
                best = run
        self.cluster_centers_, self.labels_, self.inertia_, self.inertia_history_ = best
        self.n_iter_ = len(self.inertia_history_)
        return self

    def _initial_centres(self, X: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        if not isinstance(self.init, str):
            centres = np.array(self.init, dtype=float)
            if centres.shape != (self.n_clusters, X.shape[1]):
                raise ValueError(
                    f"init has shape {centres.shape}, expected (n_clusters, n_features) = "
                    f"({self.n_clusters}, {X.shape[1]})"
                )
            return centres
        if self.init == "k-means++":
            return kmeans_plusplus(X, self.n_clusters, rng)
        if self.init == "random":
            return X[rng.choice(X.shape[0], self.n_clusters, replace=False)].copy()
        raise ValueError(f"init must be 'k-means++', 'random' or an array, got {self.init!r}")

    def _lloyd(self, X, centres, tol):
        """One Lloyd run: (centres, labels, inertia, inertia after each assignment step)."""
        offset = X.mean(axis=0)  # centre the data, as scikit-learn does, so J loses no precision
        X = X - offset
        XT = np.ascontiguousarray(X.T)
        centres = centres - offset
        X_sq_total = np.einsum("ij,ij->", X, X)
        ids = np.arange(centres.shape[0], dtype=float)
        labels_old = None
        history = []
        for _ in range(self.max_iter):
            one_hot, partial = _assign(XT, centres)
            history.append(max(X_sq_total + partial, 0.0))
            labels = ids @ one_hot
            counts = one_hot.sum(axis=1)
            # update step: cluster means; an empty cluster keeps its centre
            new = one_hot @ X
            filled = counts > 0
            new[filled] /= counts[filled, None]
            new[~filled] = centres[~filled]
            shift = np.sum((new - centres) ** 2)
            centres = new
            if labels_old is not None and np.array_equal(labels, labels_old):
                break  # unchanged clusters: the new centres equal the old ones, a fixed point
            if shift <= tol:
                break
            labels_old = labels
        # final labels from the final centres (at a fixed point they are the last ones)
        one_hot, partial = _assign(XT, centres)
        labels = np.argmax(one_hot, axis=0)
        return centres + offset, labels, max(X_sq_total + partial, 0.0), np.array(history)

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Index of the nearest centre for each row of ``X`` (n_samples, n_features) → (n_samples,).

        笔记：[[K均值聚类]]
        """
        X = validate_data(self, X, reset=False)
        return np.argmin(squared_distances(X, self.cluster_centers_), axis=1)

class DBSCAN(ClusterMixin, BaseEstimator):
    """Density-based clustering (Ester et al. 1996).

    Parameters
    ----------
    eps : float
        Neighbourhood radius :math:`\\varepsilon` (Euclidean).
    min_samples : int
        MinPts: a point is a core point when its :math:`\\varepsilon`-neighbourhood, the point itself
        included, has at least this many points.

    Attributes
    ----------
    core_sample_indices_ : ndarray of shape (n_core,)
        Indices of the core points, ascending.
    labels_ : ndarray of shape (n_samples,)
        Cluster index, ``-1`` for noise.

    Notes
    -----
    .. math:: N_\\varepsilon(x)=\\{y:\\lVert x-y\\rVert\\le\\varepsilon\\},\\qquad
              x\\ \\text{core}\\iff\\lvert N_\\varepsilon(x)\\rvert\\ge\\text{MinPts}

    Clusters are the connected components of the graph of core points joined when closer than
    :math:`\\varepsilon`, numbered in the order of their smallest index. A border point (not core, but in
    the neighbourhood of a core point) joins the lowest-numbered neighbouring cluster, which is what
    scikit-learn's breadth-first expansion in index order gives. Everything else is noise.

    笔记：[[DBSCAN]]
    """

    def __init__(self, eps=0.5, min_samples=5):
        self.eps = eps
        self.min_samples = min_samples

    def fit(self, X: ArrayLike, y=None) -> "DBSCAN":
        """Find core points and clusters of ``X`` of shape (n_samples, n_features).

        笔记：[[DBSCAN]]
        """
        X, _ = validate_data(self, X, y)
        n = X.shape[0]
        pairs = cKDTree(X).query_pairs(self.eps, output_type="ndarray")
        i, j = pairs[:, 0], pairs[:, 1]
        counts = 1 + np.bincount(i, minlength=n) + np.bincount(j, minlength=n)
        core = counts >= self.min_samples

        both = core[i] & core[j]
        graph = coo_matrix((np.ones(both.sum()), (i[both], j[both])), shape=(n, n))
        _, component = connected_components(graph, directed=False)
        # number the clusters of core points by their smallest member
        core_idx = np.flatnonzero(core)
        labels = np.full(n, -1)
        _, first, inverse = np.unique(component[core_idx], return_index=True, return_inverse=True)
        order = np.argsort(np.argsort(core_idx[first]))
        labels[core_idx] = order[inverse]

        # border points: lowest cluster among their core neighbours
        src = np.concatenate([i, j])
        dst = np.concatenate([j, i])
        attach = core[dst] & ~core[src]
        border = np.full(n, n)
        np.minimum.at(border, src[attach], labels[dst[attach]])
        has_core_neighbour = border < n
        labels[has_core_neighbour] = border[has_core_neighbour]

        self.core_sample_indices_ = core_idx
        self.labels_ = labels
        return self



def _lance_williams(method: str, d_kx, d_ky, d_xy, n_x, n_y, n_k):
    """Distance from every cluster k to the merge of x and y (Lance–Williams update, vectorised in k)."""
    if method == "complete":
        return np.maximum(d_kx, d_ky)
    if method == "average":
        return (n_x * d_kx + n_y * d_ky) / (n_x + n_y)
    # ward, on (non-squared) Euclidean distances as scipy does
    total = n_x + n_y + n_k
    return np.sqrt(((n_x + n_k) * d_kx**2 + (n_y + n_k) * d_ky**2 - n_k * d_xy**2) / total)


def _single_mst(D: np.ndarray) -> np.ndarray:
    """Prim's minimum spanning tree from point 0; rows ``[x, y, distance]`` in the order found."""
    n = D.shape[0]
    merges = np.empty((n - 1, 3))
    in_tree = np.zeros(n, dtype=bool)
    nearest = np.full(n, np.inf)
    x = 0
    for k in range(n - 1):
        in_tree[x] = True
        np.minimum(nearest, D[x], out=nearest)
        nearest[in_tree] = np.inf
        y = int(np.argmin(nearest))
        merges[k] = x, y, nearest[y]
        x = y
    return merges


def _nn_chain(D: np.ndarray, method: str) -> np.ndarray:
    """Nearest-neighbour chain with Lance–Williams updates; rows ``[x, y, distance]`` with x < y.

    ``D`` is the full distance matrix; it is overwritten (dropped clusters become ``inf``).
    """
    n = D.shape[0]
    np.fill_diagonal(D, np.inf)
    size = np.ones(n)
    merges = np.empty((n - 1, 3))
    chain: list[int] = []
    for k in range(n - 1):
        if not chain:
            chain.append(int(np.argmax(size > 0)))
        while True:
            x = chain[-1]
            y = int(np.argmin(D[x]))
            if len(chain) > 1 and D[x, y] >= D[x, chain[-2]]:
                y = chain[-2]  # prefer the previous element: it is a reciprocal nearest neighbour
                break
            chain.append(y)
        chain = chain[:-2]
        x, y = min(x, y), max(x, y)
        d_xy = D[x, y]
        merges[k] = x, y, d_xy
        new = _lance_williams(method, D[x], D[y], d_xy, size[x], size[y], size)
        size[y] += size[x]
        size[x] = 0
        new[y] = np.inf
        new[size == 0] = np.inf
        D[y, :] = new
        D[:, y] = new
        D[x, :] = np.inf
        D[:, x] = np.inf
    return merges


def _label_merges(merges: np.ndarray, n: int) -> np.ndarray:
    """Sort merges by height (stably) and rename clusters as scipy does: the i-th merge creates n + i."""
    merges = merges[np.argsort(merges[:, 2], kind="mergesort")]
    parent = np.arange(2 * n - 1)
    size = np.ones(2 * n - 1)

    def find(a: int) -> int:
        root = a
        while parent[root] != root:
            root = parent[root]
        while parent[a] != root:  # path compression
            parent[a], a = root, parent[a]
        return root

    Z = np.empty((n - 1, 4))
    for i, (x, y, d) in enumerate(merges):  # a loop over the n - 1 merges
        rx, ry = find(int(x)), find(int(y))
        parent[rx] = parent[ry] = n + i
        size[n + i] = size[rx] + size[ry]
        Z[i] = min(rx, ry), max(rx, ry), d, size[n + i]
    return Z


def linkage(X: ArrayLike, method: str = "single") -> np.ndarray:
    """Agglomerative clustering of the rows of ``X``, as a scipy linkage matrix.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
        Observations; distances are Euclidean.
    method : {"single", "complete", "average", "ward"}

    Returns
    -------
    Z : ndarray of shape (n_samples - 1, 4)
        Row ``i`` merges clusters ``Z[i, 0] < Z[i, 1]`` at height ``Z[i, 2]`` into a cluster of
        ``Z[i, 3]`` points, which gets the id ``n_samples + i`` (ids below ``n_samples`` are points).
        Same format, order and ids as :func:`scipy.cluster.hierarchy.linkage`.

    Notes
    -----
    Between clusters :math:`A` and :math:`B`:

    .. math::
        d_{\\text{single}}=\\min_{a\\in A,b\\in B}d(a,b),\\quad
        d_{\\text{complete}}=\\max_{a,b}d(a,b),\\quad
        d_{\\text{average}}=\\frac{1}{\\lvert A\\rvert\\lvert B\\rvert}\\sum_{a,b}d(a,b),\\quad
        d_{\\text{ward}}=\\sqrt{\\frac{2\\lvert A\\rvert\\lvert B\\rvert}{\\lvert A\\rvert+\\lvert B\\rvert}}
        \\,\\lVert\\mu_A-\\mu_B\\rVert .

    Single linkage is the minimum spanning tree (Prim, :math:`O(n^2)`); the others use the
    nearest-neighbour chain with the Lance–Williams update of the distance row of the merged cluster
    (:math:`O(n^2)`). Merges are then sorted by height, as in scipy.

    笔记：[[层次聚类]]
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("X must have shape (n_samples >= 2, n_features)")
    if method not in ("single", "complete", "average", "ward"):
        raise ValueError(f"unknown method {method!r}")
    D = squareform(pdist(X))
    merges = _single_mst(D) if method == "single" else _nn_chain(D, method)
    return _label_merges(merges, X.shape[0])


def cut_tree_labels(Z: ArrayLike, n_clusters: int) -> np.ndarray:
    """Flat clusters from a linkage matrix: undo the last ``n_clusters - 1`` merges.

    Parameters
    ----------
    Z : ndarray of shape (n_samples - 1, 4)
        Linkage matrix from :func:`linkage`.
    n_clusters : int

    Returns
    -------
    ndarray of shape (n_samples,)
        Labels ``0 … n_clusters-1``, numbered in the order of each cluster's first sample.

    Notes
    -----
    Keeping the first :math:`n-K` merges of the dendrogram is the same as cutting it at a height
    between the :math:`(n-K)`-th and the next merge.

    笔记：[[层次聚类]]
    """
    Z = np.asarray(Z)
    n = Z.shape[0] + 1
    parent = np.arange(2 * n - 1)
    kept = n - n_clusters
    parent[Z[:kept, 0].astype(int)] = n + np.arange(kept)
    parent[Z[:kept, 1].astype(int)] = n + np.arange(kept)
    while True:  # pointer jumping: O(log n) vectorised passes
        jumped = parent[parent]
        if np.array_equal(jumped, parent):
            break
        parent = jumped
    _, first, inverse = np.unique(parent[:n], return_index=True, return_inverse=True)
    return np.argsort(np.argsort(first))[inverse]


class AgglomerativeClustering(ClusterMixin, BaseEstimator):
    """Bottom-up hierarchical clustering cut into ``n_clusters`` flat clusters.

    Parameters
    ----------
    n_clusters : int
    linkage : {"ward", "single", "complete", "average"}

    Attributes
    ----------
    children_ : ndarray of shape (n_samples - 1, 2)
        The two clusters merged at each step (scipy ids).
    distances_ : ndarray of shape (n_samples - 1,)
        Merge heights.
    labels_ : ndarray of shape (n_samples,)

    Notes
    -----
    :func:`linkage` builds the whole tree; :func:`cut_tree_labels` keeps its first
    :math:`n-K` merges.

    笔记：[[层次聚类]]
    """

    def __init__(self, n_clusters=2, linkage="ward"):
        self.n_clusters = n_clusters
        self.linkage = linkage

    def fit(self, X: ArrayLike, y=None) -> "AgglomerativeClustering":
        """Build the tree of ``X`` (n_samples, n_features) and cut it.

        笔记：[[层次聚类]]
        """
        X, _ = validate_data(self, X, y, min_samples=2)
        if not 1 <= self.n_clusters <= len(X):
            raise ValueError(f"n_samples={len(X)} should be >= n_clusters={self.n_clusters} >= 1.")
        Z = linkage(X, self.linkage)
        self.children_ = Z[:, :2].astype(int)
        self.distances_ = Z[:, 2]
        self.labels_ = cut_tree_labels(Z, self.n_clusters)
        return self
