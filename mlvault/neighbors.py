"""k-nearest neighbours: Minkowski distances, brute-force neighbour search, majority vote and mean.

The search computes one block of the query–train distance matrix at a time (bounded memory, fast) and takes
the k nearest by k passes of ``argmin``: each pass is one vectorised reduction over the block, and ``argmin``
returns the first index among equal distances, so neighbours come sorted by (distance, index) — the
deterministic order scikit-learn's brute search gives. For small k this is much faster than
``np.argpartition`` plus a sort.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from mlvault.base import BaseEstimator, ClassifierMixin, RegressorMixin, validate_data

__all__ = ["minkowski_distances", "kneighbors", "KNeighborsClassifier", "KNeighborsRegressor"]

_BLOCK_ELEMENTS = 2**20  # 8 MB of float64 per block of distances


def minkowski_distances(X: ArrayLike, Y: ArrayLike, p: float = 2) -> np.ndarray:
    r"""All pairwise Minkowski distances between the rows of ``X`` and the rows of ``Y``.

    Parameters
    ----------
    X : array_like, shape (n_x, n_features)
    Y : array_like, shape (n_y, n_features)
    p : float
        ``p >= 1``: 1 Manhattan, 2 Euclidean, ``np.inf`` Chebyshev.

    Returns
    -------
    ndarray, shape (n_x, n_y)

    Notes
    -----
    .. math:: d_p(\mathbf{x}, \mathbf{x}') = \Bigl(\sum_{j=1}^{d} \lvert x_j - x'_j \rvert^p\Bigr)^{1/p}

    For p = 2 the squares come from one matrix product,
    :math:`\lVert \mathbf{x}-\mathbf{y}\rVert^2 = \lVert \mathbf{x}\rVert^2 - 2\mathbf{x}^\top\mathbf{y}
    + \lVert \mathbf{y}\rVert^2` (clipped at 0 against rounding); otherwise the sum runs over features.
    笔记：[[K近邻]]
    """
    X = np.atleast_2d(np.asarray(X, dtype=float))
    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    if X.shape[1] != Y.shape[1]:
        raise ValueError(f"X has {X.shape[1]} features but Y has {Y.shape[1]}")
    if not p >= 1:
        raise ValueError(f"p must be >= 1, got {p}")
    if p == 2:
        squared = np.einsum("ij,ij->i", X, X)[:, None] - 2 * X @ Y.T + np.einsum("ij,ij->i", Y, Y)
        return np.sqrt(np.maximum(squared, 0.0))
    out = np.zeros((len(X), len(Y)))
    for j in range(X.shape[1]):  # loop over features: memory stays (n_x, n_y)
        diff = np.abs(X[:, j, None] - Y[None, :, j])
        if p == np.inf:
            np.maximum(out, diff, out=out)
        else:
            out += diff**p
    return out if p in (1, np.inf) else out ** (1 / p)


def _ranking_keys(Q: np.ndarray, X: np.ndarray, X_sq: np.ndarray, p: float) -> np.ndarray:
    """A per-row increasing function of the distances, cheaper than the distances themselves.

    For p = 2: :math:`\\lVert\\mathbf{x}\\rVert^2 - 2\\mathbf{q}^\\top\\mathbf{x}` (the squared distance
    minus the row constant :math:`\\lVert\\mathbf{q}\\rVert^2`), built in place; otherwise :math:`d_p^p`.
    """
    if p != 2:
        distances = minkowski_distances(Q, X, p)
        return distances if p in (1, np.inf) else distances**p
    keys = Q @ X.T
    keys *= -2.0
    keys += X_sq
    return keys


def kneighbors(X_train: ArrayLike, X_query: ArrayLike, n_neighbors: int, p: float = 2):
    r"""Distances to and indices of the ``n_neighbors`` nearest training points of every query.

    Parameters
    ----------
    X_train : array_like, shape (n_train, n_features)
    X_query : array_like, shape (n_queries, n_features)
    n_neighbors : int
        ``1 <= n_neighbors <= n_train``.
    p : float
        Minkowski exponent (see :func:`minkowski_distances`).

    Returns
    -------
    distances : ndarray, shape (n_queries, n_neighbors)
        Non-decreasing along each row.
    indices : ndarray, shape (n_queries, n_neighbors), int
        Rows of ``X_train``; equal distances are ordered by index.

    Notes
    -----
    .. math:: N_k(\mathbf{x}) = \{\text{the } k \text{ training points with the smallest }
              d_p(\mathbf{x}, \mathbf{x}_i)\}

    Queries are processed in blocks of about a million distances; the neighbours are ranked by a monotone
    function of the distance and only the k chosen distances are computed exactly.
    笔记：[[K近邻]]
    """
    X_train = np.asarray(X_train, dtype=float)
    X_query = np.atleast_2d(np.asarray(X_query, dtype=float))
    n_train = len(X_train)
    if not 1 <= n_neighbors <= n_train:
        raise ValueError(f"n_neighbors must be in [1, {n_train}], got {n_neighbors}")
    if X_query.shape[1] != X_train.shape[1]:
        raise ValueError(f"X_query has {X_query.shape[1]} features but X_train has {X_train.shape[1]}")
    X_sq = np.einsum("ij,ij->i", X_train, X_train)
    block = max(1, _BLOCK_ELEMENTS // n_train)
    keys_k = np.empty((len(X_query), n_neighbors))
    indices = np.empty((len(X_query), n_neighbors), dtype=np.intp)
    for start in range(0, len(X_query), block):  # loop over blocks of queries, not over samples
        keys = _ranking_keys(X_query[start : start + block], X_train, X_sq, p)
        rows = np.arange(len(keys))
        for k in range(n_neighbors):  # loop over neighbour ranks: argmin takes the first of equal keys
            nearest = np.argmin(keys, axis=1)
            indices[start + rows, k] = nearest
            keys_k[start + rows, k] = keys[rows, nearest]
            keys[rows, nearest] = np.inf
    if p == 2:
        q_sq = np.einsum("ij,ij->i", X_query, X_query)[:, None]
        distances = np.sqrt(np.maximum(keys_k + q_sq, 0.0))
    else:
        distances = keys_k if p in (1, np.inf) else keys_k ** (1 / p)
    return distances, indices


class _KNeighborsBase(BaseEstimator):
    def __init__(self, n_neighbors: int = 5, p: float = 2):
        self.n_neighbors = n_neighbors
        self.p = p

    def _fit(self, X: ArrayLike, y: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
        X, y = validate_data(self, X, y)
        self.X_fit_ = X  # lazy learning: "training" is storing the data
        return X, y

    def kneighbors(self, X: ArrayLike, n_neighbors: int | None = None):
        """Distances and training indices of the nearest neighbours of each row of ``X``.

        Parameters
        ----------
        X : array_like, shape (n_queries, n_features)
        n_neighbors : int, optional
            Defaults to the ``n_neighbors`` of the model.

        Returns
        -------
        distances, indices : ndarray, shape (n_queries, n_neighbors)
        """
        X = validate_data(self, X, reset=False)
        return kneighbors(self.X_fit_, X, n_neighbors or self.n_neighbors, self.p)


class KNeighborsClassifier(ClassifierMixin, _KNeighborsBase):
    r"""k-nearest-neighbours classifier: the majority class among the k closest training points.

    Parameters
    ----------
    n_neighbors : int
        k.
    p : float
        Minkowski exponent of the distance (2 Euclidean, 1 Manhattan).

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    X_fit_ : ndarray, shape (n_samples, n_features)
        The stored training data (KNN is a lazy learner: nothing else is learned).
    n_features_in_ : int

    Notes
    -----
    .. math:: \hat y(\mathbf{x}) = \arg\max_{c} \sum_{i \in N_k(\mathbf{x})} \mathbb{1}[y_i = c]

    A tied vote goes to the smallest class label (the first in ``classes_``), as in scikit-learn.
    笔记：[[K近邻]]
    """

    def fit(self, X: ArrayLike, y: ArrayLike) -> "KNeighborsClassifier":
        """Store the training data.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)
        y : array_like, shape (n_samples,)
            Class labels.

        Returns
        -------
        self
        """
        _, y = self._fit(X, y)
        self.classes_, self._y_codes = np.unique(y, return_inverse=True)
        return self

    def predict_proba(self, X: ArrayLike) -> np.ndarray:
        """Fraction of the k neighbours in each class.

        Parameters
        ----------
        X : array_like, shape (n_queries, n_features)

        Returns
        -------
        ndarray, shape (n_queries, n_classes)
        """
        _, idx = self.kneighbors(X)
        n_classes = len(self.classes_)
        votes = self._y_codes[idx] + n_classes * np.arange(len(idx))[:, None]  # one bincount for all rows
        counts = np.bincount(votes.ravel(), minlength=len(idx) * n_classes).reshape(len(idx), n_classes)
        return counts / self.n_neighbors

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Majority class of the k nearest neighbours.

        Parameters
        ----------
        X : array_like, shape (n_queries, n_features)

        Returns
        -------
        ndarray, shape (n_queries,)
        """
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]


class KNeighborsRegressor(RegressorMixin, _KNeighborsBase):
    r"""k-nearest-neighbours regressor: the mean target of the k closest training points.

    Parameters
    ----------
    n_neighbors : int
        k.
    p : float
        Minkowski exponent of the distance.

    Attributes
    ----------
    X_fit_ : ndarray, shape (n_samples, n_features)
    n_features_in_ : int

    Notes
    -----
    .. math:: \hat y(\mathbf{x}) = \frac{1}{k} \sum_{i \in N_k(\mathbf{x})} y_i

    笔记：[[K近邻]]
    """

    _multi_output = True

    def fit(self, X: ArrayLike, y: ArrayLike) -> "KNeighborsRegressor":
        """Store the training data.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)
        y : array_like, shape (n_samples,) or (n_samples, n_targets)

        Returns
        -------
        self
        """
        _, self._y = self._fit(X, y)
        return self

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Mean target of the k nearest neighbours.

        Parameters
        ----------
        X : array_like, shape (n_queries, n_features)

        Returns
        -------
        ndarray, shape (n_queries,) or (n_queries, n_targets)
        """
        _, idx = self.kneighbors(X)
        return self._y[idx].mean(axis=1)

