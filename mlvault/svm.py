"""Support vector classification: kernels and the SMO solver of the soft-margin dual (libsvm's WSS3 rule).

The solver keeps the whole kernel matrix in memory (fine up to a few thousand samples) and updates the
gradient of the dual with two kernel rows per step, so each step costs O(n) vectorised work.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from mlvault.base import BaseEstimator, ClassifierMixin, validate_data
from mlvault.linalg import squared_distances

__all__ = ["linear_kernel", "polynomial_kernel", "rbf_kernel", "sigmoid_kernel", "SVC", "smo"]

_TAU = 1e-12  # libsvm's floor for a non-positive curvature a_ij


def _pair(X: ArrayLike, Y: ArrayLike | None) -> tuple[np.ndarray, np.ndarray]:
    X = np.atleast_2d(np.asarray(X, dtype=float))
    return X, X if Y is None else np.atleast_2d(np.asarray(Y, dtype=float))


def linear_kernel(X: ArrayLike, Y: ArrayLike | None = None) -> np.ndarray:
    r"""Linear kernel (Gram matrix of inner products).

    Parameters
    ----------
    X : array_like of shape (n_samples_X, n_features)
    Y : array_like of shape (n_samples_Y, n_features), optional
        ``X`` itself by default.

    Returns
    -------
    ndarray of shape (n_samples_X, n_samples_Y)

    Notes
    -----
    .. math:: k(\mathbf{x}, \mathbf{x}') = \mathbf{x}^\top\mathbf{x}'

    笔记：[[支持向量机]]
    """
    X, Y = _pair(X, Y)
    return X @ Y.T


def polynomial_kernel(
    X: ArrayLike, Y: ArrayLike | None = None, degree: float = 3, gamma: float | None = None, coef0: float = 1
) -> np.ndarray:
    r"""Polynomial kernel.

    Parameters
    ----------
    X : array_like of shape (n_samples_X, n_features)
    Y : array_like of shape (n_samples_Y, n_features), optional
        ``X`` itself by default.
    degree : float, default 3
        The power :math:`d`.
    gamma : float, optional
        Scale :math:`\gamma`; ``1 / n_features`` by default.
    coef0 : float, default 1
        The offset :math:`r`.

    Returns
    -------
    ndarray of shape (n_samples_X, n_samples_Y)

    Notes
    -----
    .. math:: k(\mathbf{x}, \mathbf{x}') = (\gamma\,\mathbf{x}^\top\mathbf{x}' + r)^d

    笔记：[[支持向量机]]
    """
    X, Y = _pair(X, Y)
    gamma = 1.0 / X.shape[1] if gamma is None else gamma
    base = gamma * (X @ Y.T) + coef0
    if float(degree).is_integer() and degree >= 1:  # repeated products: much faster than a float power
        K = base.copy()
        for _ in range(int(degree) - 1):
            K *= base
        return K
    return base**degree


def rbf_kernel(X: ArrayLike, Y: ArrayLike | None = None, gamma: float | None = None) -> np.ndarray:
    r"""Radial basis function (Gaussian) kernel.

    Parameters
    ----------
    X : array_like of shape (n_samples_X, n_features)
    Y : array_like of shape (n_samples_Y, n_features), optional
        ``X`` itself by default.
    gamma : float, optional
        Inverse width :math:`\gamma`; ``1 / n_features`` by default.

    Returns
    -------
    ndarray of shape (n_samples_X, n_samples_Y)

    Notes
    -----
    .. math:: k(\mathbf{x}, \mathbf{x}') = \exp\left(-\gamma\lVert\mathbf{x} - \mathbf{x}'\rVert^2\right)

    The squared distances come from :func:`mlvault.linalg.squared_distances` (one matrix product).

    笔记：[[支持向量机]]
    """
    X, Y = _pair(X, Y)
    gamma = 1.0 / X.shape[1] if gamma is None else gamma
    K = squared_distances(X, Y)
    K *= -gamma
    return np.exp(K, out=K)


def sigmoid_kernel(
    X: ArrayLike, Y: ArrayLike | None = None, gamma: float | None = None, coef0: float = 1
) -> np.ndarray:
    r"""Sigmoid (hyperbolic tangent) kernel; not positive semi-definite in general.

    Parameters
    ----------
    X : array_like of shape (n_samples_X, n_features)
    Y : array_like of shape (n_samples_Y, n_features), optional
        ``X`` itself by default.
    gamma : float, optional
        Scale :math:`\gamma`; ``1 / n_features`` by default.
    coef0 : float, default 1
        The offset :math:`r`.

    Returns
    -------
    ndarray of shape (n_samples_X, n_samples_Y)

    Notes
    -----
    .. math:: k(\mathbf{x}, \mathbf{x}') = \tanh(\gamma\,\mathbf{x}^\top\mathbf{x}' + r)

    笔记：[[支持向量机]]
    """
    X, Y = _pair(X, Y)
    gamma = 1.0 / X.shape[1] if gamma is None else gamma
    return np.tanh(gamma * (X @ Y.T) + coef0)


class SVC(ClassifierMixin, BaseEstimator):
    r"""Binary soft-margin support vector classifier, trained by SMO on the dual problem.

    Parameters
    ----------
    C : float, default 1.0
        Penalty of the slack :math:`\xi_i`: large ``C`` approaches the hard margin.
    kernel : {"linear", "rbf", "poly", "sigmoid"}, default "rbf"
        Kernel :math:`k`.
    degree : int, default 3
        Degree of the polynomial kernel.
    gamma : {"scale", "auto"} or float, default "scale"
        Kernel scale: ``"scale"`` is ``1 / (n_features * X.var())``, ``"auto"`` is ``1 / n_features``.
    coef0 : float, default 0.0
        Offset :math:`r` of the polynomial and sigmoid kernels.
    tol : float, default 1e-3
        Stop when the maximal violating pair violates the KKT conditions by less than ``tol``.
    max_iter : int, default -1
        Maximum SMO steps, ``-1`` for no limit.

    Attributes
    ----------
    classes_ : ndarray of shape (2,)
        ``classes_[1]`` is the positive class (:math:`y = +1`).
    support_ : ndarray of shape (n_SV,)
        Indices of the support vectors (:math:`\alpha_i > 0`), grouped by class like scikit-learn.
    support_vectors_ : ndarray of shape (n_SV, n_features)
    n_support_ : ndarray of shape (2,)
        Support vectors per class.
    dual_coef_ : ndarray of shape (1, n_SV)
        :math:`\alpha_i y_i` of the support vectors.
    intercept_ : ndarray of shape (1,)
        The bias :math:`b`.
    coef_ : ndarray of shape (1, n_features)
        :math:`w = \sum_i \alpha_i y_i x_i`, linear kernel only.
    n_iter_ : int
        SMO steps taken.

    Notes
    -----
    Primal (soft margin) and its dual, with :math:`y_i \in \{-1, +1\}` and :math:`Q_{ij} = y_iy_jk(x_i, x_j)`:

    .. math:: \min_{w,b,\xi}\ \tfrac12\lVert w\rVert^2 + C\sum_i\xi_i
              \quad\text{s.t.}\quad y_i(w^\top\phi(x_i) + b) \ge 1 - \xi_i,\ \xi_i \ge 0

    .. math:: \min_\alpha\ \tfrac12\alpha^\top Q\alpha - \mathbf{1}^\top\alpha
              \quad\text{s.t.}\quad 0 \le \alpha_i \le C,\ y^\top\alpha = 0

    Each SMO step picks a pair :math:`(i, j)` by libsvm's second-order rule (WSS3, Fan, Chen & Lin 2005):
    :math:`i` maximises :math:`-y_t\nabla_t` over the coordinates that may move up, :math:`j` minimises
    :math:`-b_{it}^2/a_{it}` with :math:`a_{it} = K_{ii} + K_{tt} - 2K_{it}`, then solves the two-variable
    problem exactly and clips it to the box. The decision function is
    :math:`f(x) = \sum_i \alpha_i y_i k(x_i, x) + b`.

    笔记：[[支持向量机]]
    """

    _binary_only = True

    def __init__(
        self,
        C: float = 1.0,
        kernel: str = "rbf",
        degree: int = 3,
        gamma: str | float = "scale",
        coef0: float = 0.0,
        tol: float = 1e-3,
        max_iter: int = -1,
    ):
        self.C = C
        self.kernel = kernel
        self.degree = degree
        self.gamma = gamma
        self.coef0 = coef0
        self.tol = tol
        self.max_iter = max_iter

    def _kernel(self, X: np.ndarray, Y: np.ndarray) -> np.ndarray:
        if self.kernel == "linear":
            return linear_kernel(X, Y)
        if self.kernel == "rbf":
            return rbf_kernel(X, Y, gamma=self._gamma)
        if self.kernel == "poly":
            return polynomial_kernel(X, Y, degree=self.degree, gamma=self._gamma, coef0=self.coef0)
        if self.kernel == "sigmoid":
            return sigmoid_kernel(X, Y, gamma=self._gamma, coef0=self.coef0)
        raise ValueError(f"unknown kernel {self.kernel!r}")

    def fit(self, X: ArrayLike, y: ArrayLike) -> "SVC":
        """Solve the dual for ``X`` (n_samples, n_features) and two-class labels ``y`` (n_samples,)."""
        X, y = validate_data(self, X, y, min_classes=2)
        self.classes_, codes = np.unique(y, return_inverse=True)
        if len(self.classes_) != 2:
            raise ValueError(f"Only binary classification is supported: y has {len(self.classes_)} classes.")
        if self.gamma == "scale":
            self._gamma = 1.0 / (X.shape[1] * X.var()) if X.var() > 0 else 1.0
        elif self.gamma == "auto":
            self._gamma = 1.0 / X.shape[1]
        else:
            self._gamma = float(self.gamma)
        signs = np.where(codes == 1, 1.0, -1.0)
        alpha, self.intercept_, self.n_iter_ = smo(self._kernel(X, X), signs, self.C, self.tol, self.max_iter)
        support = np.flatnonzero(alpha > 0)
        support = support[np.argsort(codes[support], kind="stable")]
        self.support_ = support
        self.support_vectors_ = X[support]
        self.n_support_ = np.bincount(codes[support], minlength=2)
        self.dual_coef_ = (alpha[support] * signs[support])[None, :]
        return self

    @property
    def coef_(self) -> np.ndarray:
        """:math:`w = \\sum_i \\alpha_i y_i x_i`, shape (1, n_features); linear kernel only."""
        if self.kernel != "linear":
            raise AttributeError("coef_ exists only for kernel='linear'")
        return self.dual_coef_ @ self.support_vectors_

    def decision_function(self, X: ArrayLike) -> np.ndarray:
        """Signed scores :math:`f(x)`, shape (n_samples,) for ``X`` of shape (n_samples, n_features)."""
        X = validate_data(self, X, reset=False)
        K = self._kernel(X, self.support_vectors_)
        return K @ self.dual_coef_[0] + self.intercept_[0]

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Class labels, shape (n_samples,): ``classes_[1]`` where :math:`f(x) > 0`."""
        positive = self.decision_function(X) > 0
        return self.classes_[positive.astype(int)]



def smo(K: np.ndarray, y: np.ndarray, C: float, tol: float = 1e-3, max_iter: int = -1):
    r"""Sequential minimal optimisation of the SVM dual with libsvm's WSS3 working-set selection.

    Parameters
    ----------
    K : ndarray of shape (n_samples, n_samples)
        Kernel matrix :math:`K_{ij} = k(x_i, x_j)`.
    y : ndarray of shape (n_samples,)
        Labels :math:`\pm 1`.
    C : float
        Upper bound of every :math:`\alpha_i`.
    tol : float, default 1e-3
        Stopping tolerance on the maximal KKT violation :math:`m(\alpha) - M(\alpha)`.
    max_iter : int, default -1
        Maximum steps, ``-1`` for no limit.

    Returns
    -------
    alpha : ndarray of shape (n_samples,)
        The dual solution, :math:`0 \le \alpha_i \le C`, :math:`y^\top\alpha = 0`.
    intercept : ndarray of shape (1,)
        The bias :math:`b = -\rho` (mean of :math:`-y_i\nabla_i` over free :math:`\alpha_i`).
    n_iter : int
        Steps taken.

    Notes
    -----
    The solver tracks :math:`F_t = -y_t\nabla_t` with :math:`\nabla = Q\alpha - \mathbf 1`. With
    :math:`I_{up} = \{t: \alpha_t < C, y_t = 1 \text{ or } \alpha_t > 0, y_t = -1\}` and :math:`I_{low}` the
    mirror set, the KKT conditions hold to ``tol`` when

    .. math:: m(\alpha) - M(\alpha) = \max_{t \in I_{up}} F_t - \min_{t \in I_{low}} F_t < \text{tol}.

    A step changes :math:`\alpha_i, \alpha_j` only, so :math:`F \mathrel{-}= y_i\Delta\alpha_i K_{i\cdot} +
    y_j\Delta\alpha_j K_{j\cdot}`: two vectorised row updates; the loop runs over steps, not samples.

    笔记：[[支持向量机]]
    """
    n = len(y)
    alpha = np.zeros(n)
    F = y.copy()  # -y * grad at alpha = 0, where grad = -1
    diag = K.diagonal().copy()
    up = y > 0  # I_up: alpha < C for y = +1 or alpha > 0 for y = -1; at alpha = 0 that is y = +1 ...
    low = ~up  # ... and I_low (alpha > 0 for y = +1 or alpha < C for y = -1) is y = -1
    neg_inf, pos_inf = np.full(n, -np.inf), np.full(n, np.inf)
    steps = 0
    while max_iter < 0 or steps < max_iter:
        i = _last_argmax(np.where(up, F, neg_inf))
        f_max = F[i]
        in_low = np.where(low, F, pos_inf)
        if f_max - in_low.min() < tol:
            break
        # j maximises the guaranteed decrease b²/a, b = F_i - F_t > 0 (0 for t outside I_low or with b <= 0)
        gain = f_max - in_low
        np.maximum(gain, 0.0, out=gain)
        gain *= gain
        curvature = diag + (diag[i] - 2 * K[i])
        np.maximum(curvature, _TAU, out=curvature)
        gain /= curvature
        j = _last_argmax(gain)
        steps += 1
        old_i, old_j = alpha[i], alpha[j]
        _two_variable_step(alpha, i, j, y[i], y[j], F[i], F[j], curvature[j], C)
        d_i, d_j = (alpha[i] - old_i) * y[i], (alpha[j] - old_j) * y[j]
        F -= d_i * K[i] + d_j * K[j]
        for t in (i, j):  # the two coordinates that moved may enter or leave I_up / I_low
            up[t] = alpha[t] < C if y[t] > 0 else alpha[t] > 0
            low[t] = alpha[t] > 0 if y[t] > 0 else alpha[t] < C
    return alpha, np.array([_bias(alpha, F, y, C)]), steps


def _two_variable_step(alpha, i, j, y_i, y_j, F_i, F_j, a, C):
    """Minimise the dual over (alpha_i, alpha_j) on the line y_i a_i + y_j a_j = const, clipped to [0, C]²."""
    # moving by t along (y_i, -y_j) lowers the objective by (F_i - F_j) t - a t²/2,
    # so the unconstrained optimum is t = (F_i - F_j) / a > 0
    t = (F_i - F_j) / a
    room_i = C - alpha[i] if y_i > 0 else alpha[i]  # how far alpha_i can go in its direction y_i
    room_j = alpha[j] if y_j > 0 else C - alpha[j]  # how far alpha_j can go in its direction -y_j
    t = min(t, room_i, room_j)
    # a coordinate that reaches its bound is set to it exactly, not up to rounding
    alpha[i] = (C if y_i > 0 else 0.0) if t == room_i else alpha[i] + y_i * t
    alpha[j] = (0.0 if y_j > 0 else C) if t == room_j else alpha[j] - y_j * t


def _last_argmax(values: np.ndarray) -> int:
    """Index of the largest value, the last one among ties (libsvm's ``>=`` scan)."""
    return len(values) - 1 - int(np.argmax(values[::-1]))


def _bias(alpha: np.ndarray, F: np.ndarray, y: np.ndarray, C: float) -> float:
    """b = -rho (libsvm): the mean of F over free alphas; with none, the middle of the interval KKT allows."""
    free = (alpha > 0) & (alpha < C)
    if free.any():
        return float(F[free].mean())
    # every alpha is at a bound: those that may only move up (I_up \ I_low) give F_t <= b, the others b <= F_t
    only_up = np.where(alpha >= C, y < 0, y > 0)
    return float((F[only_up].max(initial=-np.inf) + F[~only_up].min(initial=np.inf)) / 2)
