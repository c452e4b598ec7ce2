"""Bayesian optimisation of a black-box function: a Gaussian-process surrogate (RBF kernel, Cholesky
posterior), the expected-improvement acquisition, and the loop that alternates them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import scipy.linalg
import scipy.special
from numpy.typing import ArrayLike, NDArray

from mlvault.base import BaseEstimator, RegressorMixin, validate_data
from mlvault.linalg import squared_distances

__all__ = ["rbf_kernel", "GaussianProcess", "expected_improvement", "BayesOptResult", "bayes_opt"]


def rbf_kernel(X1: ArrayLike, X2: ArrayLike, length_scale: float = 1.0) -> NDArray[np.float64]:
    r"""Squared-exponential (RBF) kernel matrix between two sets of points.

    Parameters
    ----------
    X1 : array_like, shape (n1, d) or (n1,)
        First set of points.
    X2 : array_like, shape (n2, d) or (n2,)
        Second set of points.
    length_scale : float, default 1.0
        :math:`\ell`: how far apart two inputs can be and still have strongly correlated outputs.

    Returns
    -------
    ndarray, shape (n1, n2)
        :math:`K_{ij} = k(x_i, x'_j)`, in (0, 1].

    Notes
    -----
    .. math:: k(x, x') = \exp\left(-\frac{\lVert x - x' \rVert^2}{2 \ell^2}\right)

    笔记：[[贝叶斯优化]]
    """
    return np.exp(-0.5 * squared_distances(_as_2d(X1) / length_scale, _as_2d(X2) / length_scale))


class GaussianProcess(RegressorMixin, BaseEstimator):
    r"""Gaussian-process regression with a fixed RBF kernel and zero prior mean.

    Parameters
    ----------
    length_scale : float, default 1.0
        Length scale :math:`\ell` of the RBF kernel (not optimised).
    noise : float, default 1e-8
        :math:`\sigma_n^2`, added to the diagonal of the training kernel matrix: the observation-noise
        variance, and a jitter that keeps the Cholesky factorisation stable (scikit-learn's ``alpha``).

    Attributes
    ----------
    X_train_ : ndarray, shape (n_samples, n_features)
        The training inputs.
    cho_ : tuple
        Cholesky factor of :math:`K + \sigma_n^2 I` as returned by ``scipy.linalg.cho_factor``.
    alpha_ : ndarray, shape (n_samples,)
        :math:`(K + \sigma_n^2 I)^{-1} y`.

    Notes
    -----
    With :math:`K = k(X, X)` and :math:`k_* = k(X, x)`, the posterior at :math:`x` is Gaussian with

    .. math:: \mu(x) = k_*^\top (K + \sigma_n^2 I)^{-1} y, \qquad
              \sigma^2(x) = k(x, x) - k_*^\top (K + \sigma_n^2 I)^{-1} k_*

    笔记：[[贝叶斯优化]]
    """

    _X_1d_as_column = True

    def __init__(self, length_scale: float = 1.0, noise: float = 1e-8):
        self.length_scale = length_scale
        self.noise = noise

    def fit(self, X: ArrayLike, y: ArrayLike) -> GaussianProcess:
        """Condition the prior on the observations.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)
            Observed inputs (a 1-D array is read as one feature).
        y : array_like, shape (n_samples,)
            Observed values.

        Returns
        -------
        self
        """
        X, y = validate_data(self, X, y)
        K = rbf_kernel(X, X, self.length_scale) + self.noise * np.eye(X.shape[0])
        self.X_train_ = X
        self.cho_ = scipy.linalg.cho_factor(K, lower=True)
        self.alpha_ = scipy.linalg.cho_solve(self.cho_, y)
        return self

    def predict(
        self, X: ArrayLike, return_std: bool = False
    ) -> NDArray[np.float64] | tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Posterior mean (and standard deviation) at new inputs.

        Parameters
        ----------
        X : array_like, shape (n_query, n_features)
            Query points (a 1-D array is read as one feature).
        return_std : bool, default False
            Also return the posterior standard deviation.

        Returns
        -------
        mean : ndarray, shape (n_query,)
            :math:`\\mu(x)`.
        std : ndarray, shape (n_query,)
            :math:`\\sigma(x)` (only if ``return_std``); rounding below 0 is clipped to 0.
        """
        X = validate_data(self, X, reset=False)
        K_star = rbf_kernel(X, self.X_train_, self.length_scale)
        mean = K_star @ self.alpha_
        if not return_std:
            return mean
        reduction = np.sum(K_star.T * scipy.linalg.cho_solve(self.cho_, K_star.T), axis=0)
        return mean, np.sqrt(np.maximum(1.0 - reduction, 0.0))


def expected_improvement(
    mu: ArrayLike, sigma: ArrayLike, best: float, xi: float = 0.0
) -> NDArray[np.float64]:
    r"""Expected improvement over ``best`` of a Gaussian prediction, for **maximisation**.

    Parameters
    ----------
    mu : array_like, shape (n,)
        Posterior means :math:`\mu(x)`.
    sigma : array_like, shape (n,)
        Posterior standard deviations :math:`\sigma(x) \ge 0`.
    best : float
        :math:`f^+`, the best value observed so far.
    xi : float, default 0.0
        :math:`\xi \ge 0`: improvement demanded before a point counts; larger values explore more.

    Returns
    -------
    ndarray, shape (n,)
        :math:`\mathrm{EI}(x) \ge 0`; 0 where ``sigma == 0`` (a point already known exactly).

    Notes
    -----
    .. math:: \mathrm{EI}(x) = \mathbb{E}\bigl[\max(f(x) - f^+ - \xi, 0)\bigr]
              = (\mu - f^+ - \xi)\,\Phi(Z) + \sigma\,\phi(Z), \qquad Z = \frac{\mu - f^+ - \xi}{\sigma}

    with :math:`\Phi, \phi` the standard normal CDF and PDF. To minimise :math:`f`, maximise
    :math:`-f`.

    笔记：[[贝叶斯优化]]
    """
    mu = np.asarray(mu, dtype=float)
    sigma = np.asarray(sigma, dtype=float)
    improvement = mu - best - xi
    positive = sigma > 0
    z = np.divide(improvement, sigma, out=np.zeros_like(improvement), where=positive)
    # standard normal CDF and PDF (scipy.special.ndtr is Phi; importing scipy.stats costs most of a second)
    ei = improvement * scipy.special.ndtr(z) + sigma * np.exp(-0.5 * z**2) / np.sqrt(2 * np.pi)
    return np.where(positive, np.maximum(ei, 0.0), 0.0)


@dataclass
class BayesOptResult:
    r"""What :func:`bayes_opt` evaluated and found.

    Attributes
    ----------
    X : ndarray, shape (n_init + n_iter,)
        Every evaluated point, in order (the first ``n_init`` are the random start).
    y : ndarray, shape (n_init + n_iter,)
        ``f`` at those points.
    x_best, y_best : float
        The best evaluated point and its value.

    Notes
    -----
    .. math:: (x_{\text{best}}, y_{\text{best}}) = \operatorname*{arg\,max}_{(x_i, y_i)} y_i

    笔记：[[贝叶斯优化]]
    """

    X: NDArray[np.float64]
    y: NDArray[np.float64]
    x_best: float
    y_best: float


def bayes_opt(
    f: Callable[[np.ndarray], ArrayLike],
    bounds: tuple[float, float],
    n_init: int = 5,
    n_iter: int = 8,
    random_state: int | np.random.Generator | None = None,
    *,
    length_scale: float = 0.1,
    noise: float = 1e-6,
    xi: float = 0.01,
    n_grid: int = 1001,
) -> BayesOptResult:
    r"""Maximise a one-dimensional black-box function with a GP surrogate and expected improvement.

    Parameters
    ----------
    f : callable
        The objective; ``f(x)`` for ``x`` of shape (k,) returns k values.
    bounds : tuple of 2 floats
        The search interval ``(low, high)``.
    n_init : int, default 5
        Points drawn uniformly at random before the loop starts.
    n_iter : int, default 8
        Iterations: fit the GP, evaluate ``f`` where EI is largest on the grid.
    random_state : int, Generator or None
        Seeds ``numpy.random.default_rng`` for the initial points.
    length_scale, noise : float
        Hyper-parameters of :class:`GaussianProcess` (kept fixed).
    xi : float, default 0.01
        Exploration parameter of :func:`expected_improvement`.
    n_grid : int, default 1001
        Number of equally spaced candidate points in ``bounds``.

    Returns
    -------
    BayesOptResult
        The evaluated points and the best one.

    Notes
    -----
    Each iteration evaluates

    .. math:: x_{t+1} = \operatorname*{arg\,max}_{x \in \text{grid}} \mathrm{EI}(x \mid \mathcal D_t),
              \qquad \mathcal D_t = \{(x_i, f(x_i))\}_{i \le t}

    笔记：[[贝叶斯优化]]
    """
    low, high = bounds
    rng = np.random.default_rng(random_state)
    grid = np.linspace(low, high, n_grid)
    X = rng.uniform(low, high, n_init)
    y = np.asarray(f(X), dtype=float)
    gp = GaussianProcess(length_scale=length_scale, noise=noise)
    for _ in range(n_iter):
        mu, sigma = gp.fit(X[:, None], y).predict(grid[:, None], return_std=True)
        x_next = grid[np.argmax(expected_improvement(mu, sigma, y.max(), xi))]
        X = np.append(X, x_next)
        y = np.append(y, np.asarray(f(np.array([x_next])), dtype=float))
    i = int(np.argmax(y))
    return BayesOptResult(X=X, y=y, x_best=float(X[i]), y_best=float(y[i]))


def _as_2d(X: ArrayLike) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    return X[:, None] if X.ndim == 1 else X
