"""Density estimation: kernel density estimation (KDE) and Gaussian mixtures fitted by EM.

Both work in log space: a density is a log-sum-exp over kernels or components, so a point far from all
the data gets a very negative log-density instead of an underflowed 0.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy.special import gammaln, logsumexp

from mlvault.base import BaseEstimator, validate_data
from mlvault.linalg import squared_distances
from mlvault.probability import multivariate_gaussian_logpdf

__all__ = ["KernelDensity", "GaussianMixture"]

_CHUNK_ROWS = 2048
_EPS = np.finfo(float).eps


class KernelDensity(BaseEstimator):
    r"""Kernel density estimate with an isotropic kernel of bandwidth :math:`h`.

    Parameters
    ----------
    bandwidth : float, default 1.0
        Bandwidth :math:`h > 0`: the kernel's length scale (the standard deviation of the Gaussian kernel,
        the radius of the Epanechnikov kernel).
    kernel : {"gaussian", "epanechnikov"}, default "gaussian"

    Attributes
    ----------
    X_ : ndarray of shape (n_samples, n_features)
        The training points, one kernel centred on each.

    Notes
    -----
    .. math:: \hat f(\mathbf{x}) = \frac{1}{n h^{d}} \sum_{i=1}^{n} K\!\left(\frac{\mathbf{x} - \mathbf{x}_i}{h}\right)

    with the kernels, normalised to integrate to 1 in :math:`d` dimensions (:math:`V_d` is the volume of
    the unit ball, :math:`V_1 = 2`):

    .. math:: K_{\mathrm{gauss}}(\mathbf{u}) = (2\pi)^{-d/2} e^{-\lVert\mathbf{u}\rVert^2/2}, \qquad
              K_{\mathrm{epa}}(\mathbf{u}) = \frac{d + 2}{2 V_d} \left(1 - \lVert\mathbf{u}\rVert^2\right)
              \mathbb{1}\left[\lVert\mathbf{u}\rVert \le 1\right]

    In 1-D the Epanechnikov kernel is :math:`\frac34(1 - u^2)` for :math:`\lvert u\rvert \le 1` and 0
    otherwise. Same conventions as ``sklearn.neighbors.KernelDensity``. 笔记：[[核密度估计]]
    """

    _estimator_type = "density_estimator"
    _X_1d_as_column = True

    def __init__(self, bandwidth: float = 1.0, kernel: str = "gaussian"):
        self.bandwidth = bandwidth
        self.kernel = kernel

    def fit(self, X: ArrayLike, y=None) -> "KernelDensity":
        """Store the training points.

        Parameters
        ----------
        X : array_like of shape (n_samples, n_features)
            Training data (a 1-D array is read as one feature).
        y : ignored

        Returns
        -------
        self
        """
        X, _ = validate_data(self, X, y)
        if self.kernel not in ("gaussian", "epanechnikov"):
            raise ValueError(f"unknown kernel {self.kernel!r}")
        if not self.bandwidth > 0:
            raise ValueError(f"bandwidth must be positive, got {self.bandwidth}")
        self.X_ = X
        return self

    def _log_norm(self, d: int) -> float:
        """Log of the kernel's normalising constant divided by :math:`n h^d`."""
        h, n = self.bandwidth, self.X_.shape[0]
        if self.kernel == "gaussian":
            log_c = -0.5 * d * np.log(2 * np.pi)
        else:
            log_unit_ball = 0.5 * d * np.log(np.pi) - gammaln(0.5 * d + 1)
            log_c = np.log(0.5 * (d + 2)) - log_unit_ball
        return log_c - d * np.log(h) - np.log(n)

    def score_samples(self, X: ArrayLike) -> np.ndarray:
        r"""Log-density :math:`\log \hat f(\mathbf{x})` at each query point.

        Parameters
        ----------
        X : array_like of shape (n_queries, n_features)
            Query points.

        Returns
        -------
        ndarray of shape (n_queries,)
            ``-inf`` where an Epanechnikov estimate is exactly 0 (no training point within :math:`h`).

        Notes
        -----
        Distances are computed in blocks of 2048 query rows, so memory stays bounded; the Gaussian sum
        is a log-sum-exp over the training points.
        """
        X = validate_data(self, X, reset=False)
        train_sq = (self.X_**2).sum(axis=1)
        scale = 1.0 / self.bandwidth**2
        out = np.empty(X.shape[0])
        for start in range(0, X.shape[0], _CHUNK_ROWS):
            arg = squared_distances(X[start : start + _CHUNK_ROWS], self.X_, Y_sq=train_sq)
            if self.kernel == "gaussian":  # log Σ exp(−u²/2)
                arg *= -0.5 * scale
                out[start : start + _CHUNK_ROWS] = logsumexp(arg, axis=1)
            else:  # log Σ max(1 − u², 0), in place
                arg *= -scale
                arg += 1.0
                np.maximum(arg, 0.0, out=arg)
                with np.errstate(divide="ignore"):
                    out[start : start + _CHUNK_ROWS] = np.log(arg.sum(axis=1))
        return out + self._log_norm(X.shape[1])

    def score(self, X: ArrayLike, y=None) -> float:
        """Total log-likelihood of ``X`` under the estimate (as ``sklearn``'s ``KernelDensity.score``).

        Parameters
        ----------
        X : array_like of shape (n_queries, n_features)
        y : ignored

        Returns
        -------
        float
            :math:`\\sum_j \\log \\hat f(\\mathbf{x}_j)`.
        """
        return float(self.score_samples(X).sum())


class GaussianMixture(BaseEstimator):
    r"""Gaussian mixture with full covariance matrices, fitted by expectation–maximisation (EM).

    Parameters
    ----------
    n_components : int, default 1
        Number of components :math:`K`.
    max_iter : int, default 100
        Maximum number of EM iterations.
    tol : float, default 1e-3
        Stop when the mean log-likelihood changes by less than ``tol`` between iterations.
    reg_covar : float, default 1e-6
        Added to the diagonal of every covariance (keeps them positive definite), as in scikit-learn.
    init_params : {"k-means++", "random"}, default "k-means++"
        How the initial responsibilities are made. ``"k-means++"``: pick :math:`K` centres by
        :math:`D^2` sampling (k-means++ seeding, no Lloyd iterations) and give each point to its nearest
        centre (hard, one-hot responsibilities). ``"random"``: uniform random numbers normalised per row.
        An M-step on these responsibilities gives the initial weights, means and covariances.
    weights_init : array_like of shape (n_components,), optional
        Initial :math:`\pi_k`, replacing those of ``init_params``.
    means_init : array_like of shape (n_components, n_features), optional
        Initial :math:`\boldsymbol\mu_k`.
    precisions_init : array_like of shape (n_components, n_features, n_features), optional
        Initial precision matrices :math:`\Sigma_k^{-1}` (scikit-learn's convention).
    random_state : int, numpy.random.Generator or None
        Seeds ``np.random.default_rng`` for the initialisation.

    Attributes
    ----------
    weights_ : ndarray of shape (n_components,)
    means_ : ndarray of shape (n_components, n_features)
    covariances_ : ndarray of shape (n_components, n_features, n_features)
    converged_ : bool
    n_iter_ : int
        Number of EM iterations run.
    lower_bound_ : float
        Mean log-likelihood of the training data at the last E-step.
    lower_bounds_ : ndarray of shape (n_iter_,)
        The mean log-likelihood at each iteration; EM never decreases it.

    Notes
    -----
    .. math:: p(\mathbf{x}) = \sum_{k=1}^{K} \pi_k\, \mathcal{N}(\mathbf{x} \mid \boldsymbol\mu_k, \Sigma_k)

    E-step (responsibilities, computed as a log-sum-exp):

    .. math:: \gamma_{ik} = \frac{\pi_k \mathcal{N}(\mathbf{x}_i \mid \boldsymbol\mu_k, \Sigma_k)}
              {\sum_{j} \pi_j \mathcal{N}(\mathbf{x}_i \mid \boldsymbol\mu_j, \Sigma_j)}

    M-step, with :math:`N_k = \sum_i \gamma_{ik}`:

    .. math:: \pi_k = \frac{N_k}{N}, \quad \boldsymbol\mu_k = \frac{1}{N_k}\sum_i \gamma_{ik}\mathbf{x}_i,
              \quad \Sigma_k = \frac{1}{N_k}\sum_i \gamma_{ik}(\mathbf{x}_i - \boldsymbol\mu_k)
              (\mathbf{x}_i - \boldsymbol\mu_k)^\top + \epsilon I

    笔记：[[高斯混合模型与EM算法]]
    """

    _estimator_type = "density_estimator"
    _X_1d_as_column = True

    def __init__(
        self,
        n_components: int = 1,
        max_iter: int = 100,
        tol: float = 1e-3,
        reg_covar: float = 1e-6,
        init_params: str = "k-means++",
        weights_init: ArrayLike | None = None,
        means_init: ArrayLike | None = None,
        precisions_init: ArrayLike | None = None,
        random_state: int | np.random.Generator | None = None,
    ):
        self.n_components = n_components
        self.max_iter = max_iter
        self.tol = tol
        self.reg_covar = reg_covar
        self.init_params = init_params
        self.weights_init = weights_init
        self.means_init = means_init
        self.precisions_init = precisions_init
        self.random_state = random_state

    # -- the two steps -------------------------------------------------------------------------------
    def _weighted_log_prob(self, X: np.ndarray) -> np.ndarray:
        """:math:`\\log \\pi_k + \\log \\mathcal{N}(\\mathbf{x}_i \\mid \\boldsymbol\\mu_k, \\Sigma_k)`, shape (n, K)."""
        log_dens = np.column_stack(
            [multivariate_gaussian_logpdf(X, m, c) for m, c in zip(self.means_, self.covariances_)]
        )
        return log_dens + np.log(self.weights_)

    def _e_step(self, X: np.ndarray) -> tuple[np.ndarray, float]:
        """Log-responsibilities, shape (n, K), and the mean log-likelihood."""
        weighted = self._weighted_log_prob(X)
        log_norm = logsumexp(weighted, axis=1)
        return weighted - log_norm[:, None], float(log_norm.mean())

    def _m_step(self, X: np.ndarray, resp: np.ndarray) -> None:
        """Weights, means and covariances from responsibilities ``resp`` of shape (n, K)."""
        nk = resp.sum(axis=0) + 10 * _EPS  # an empty component must not divide by zero (as sklearn)
        means = (resp.T @ X) / nk[:, None]
        covariances = np.empty((len(nk), X.shape[1], X.shape[1]))
        for k in range(len(nk)):  # a loop over components, each a matrix product over all samples
            diff = X - means[k]
            covariances[k] = (resp[:, k, None] * diff).T @ diff / nk[k]
            covariances[k].flat[:: X.shape[1] + 1] += self.reg_covar
        self.weights_ = nk / nk.sum()
        self.means_ = means
        self.covariances_ = covariances

    # -- initialisation -----------------------------------------------------------------------------
    def _initial_responsibilities(self, X: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        n, K = X.shape[0], self.n_components
        if self.init_params == "random":
            resp = rng.uniform(size=(n, K))
            return resp / resp.sum(axis=1, keepdims=True)
        if self.init_params != "k-means++":
            raise ValueError(f"unknown init_params {self.init_params!r}")
        centres = [X[rng.integers(n)]]
        closest = ((X - centres[0]) ** 2).sum(axis=1)
        for _ in range(1, K):  # D² sampling: far points are more likely to become the next centre
            centre = X[rng.choice(n, p=closest / closest.sum())]
            centres.append(centre)
            closest = np.minimum(closest, ((X - centre) ** 2).sum(axis=1))
        C = np.array(centres)
        labels = squared_distances(X, C).argmin(axis=1)
        return (labels[:, None] == np.arange(K)).astype(float)

    def _initialise(self, X: np.ndarray) -> None:
        rng = np.random.default_rng(self.random_state)
        self._m_step(X, self._initial_responsibilities(X, rng))
        if self.weights_init is not None:
            self.weights_ = np.array(self.weights_init, dtype=float)
        if self.means_init is not None:
            self.means_ = np.array(self.means_init, dtype=float)
        if self.precisions_init is not None:
            self.covariances_ = np.linalg.inv(np.asarray(self.precisions_init, dtype=float))

    # -- public API ---------------------------------------------------------------------------------
    def fit(self, X: ArrayLike, y=None) -> "GaussianMixture":
        """Run EM from the initial parameters until the mean log-likelihood stops improving.

        Parameters
        ----------
        X : array_like of shape (n_samples, n_features)
            Training data (a 1-D array is read as one feature).
        y : ignored

        Returns
        -------
        self
        """
        X, _ = validate_data(self, X, y)
        if not 1 <= self.n_components <= len(X):
            raise ValueError(f"n_samples={len(X)} should be >= n_components={self.n_components} >= 1.")
        self._initialise(X)
        history, self.converged_ = [-np.inf], False
        while len(history) <= self.max_iter and not self.converged_:
            log_resp, lower_bound = self._e_step(X)
            self._m_step(X, np.exp(log_resp))
            self.converged_ = abs(lower_bound - history[-1]) < self.tol
            history.append(lower_bound)
        self.lower_bounds_ = np.array(history[1:])
        self.n_iter_ = len(self.lower_bounds_)
        self.lower_bound_ = history[-1]
        return self

    def score_samples(self, X: ArrayLike) -> np.ndarray:
        """Log-density :math:`\\log p(\\mathbf{x})` of the mixture at each point.

        Parameters
        ----------
        X : array_like of shape (n_samples, n_features)

        Returns
        -------
        ndarray of shape (n_samples,)
        """
        X = validate_data(self, X, reset=False)
        return logsumexp(self._weighted_log_prob(X), axis=1)

    def score(self, X: ArrayLike, y=None) -> float:
        """Mean log-likelihood per sample (as ``sklearn``'s ``GaussianMixture.score``).

        Parameters
        ----------
        X : array_like of shape (n_samples, n_features)
        y : ignored

        Returns
        -------
        float
        """
        return float(self.score_samples(X).mean())

    def predict_proba(self, X: ArrayLike) -> np.ndarray:
        """Responsibilities :math:`\\gamma_{ik}` (posterior probability of each component).

        Parameters
        ----------
        X : array_like of shape (n_samples, n_features)

        Returns
        -------
        ndarray of shape (n_samples, n_components)
            Rows sum to 1 (soft clustering).
        """
        X = validate_data(self, X, reset=False)
        return np.exp(self._e_step(X)[0])

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Most responsible component for each point (hard clustering).

        Parameters
        ----------
        X : array_like of shape (n_samples, n_features)

        Returns
        -------
        ndarray of shape (n_samples,), int
        """
        X = validate_data(self, X, reset=False)
        return self._weighted_log_prob(X).argmax(axis=1)
