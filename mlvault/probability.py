"""Probability: Bayes' rule, the common distributions, and point estimates (MLE, MAP).

Densities are computed in log space and exponentiated at the end, so that tiny probabilities do not
underflow on the way. Every function broadcasts over array inputs like its ``scipy.stats`` twin.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy.linalg import solve_triangular
from scipy.special import gammaln, xlogy

__all__ = [
    "bayes_posterior",
    "bernoulli_pmf",
    "gaussian_pdf",
    "multivariate_gaussian_logpdf",
    "multivariate_gaussian_pdf",
    "poisson_pmf",
    "dirichlet_pdf",
    "mle_gaussian",
    "map_bernoulli",
]

_LOG_2PI = np.log(2 * np.pi)


def bayes_posterior(prior, sensitivity, false_positive_rate):
    r"""Probability of a condition given a positive test, :math:`P(D \mid T^+)`, by Bayes' theorem.

    Parameters
    ----------
    prior : float, fractions.Fraction or ndarray of any shape
        :math:`P(D)`, the prevalence before the test.
    sensitivity : float, Fraction or ndarray, broadcastable with ``prior``
        :math:`P(T^+ \mid D)`, the true-positive rate.
    false_positive_rate : float, Fraction or ndarray, broadcastable with ``prior``
        :math:`P(T^+ \mid \neg D)`.

    Returns
    -------
    float, Fraction or ndarray
        :math:`P(D \mid T^+)` in [0, 1]. Only ``+ - * /`` are used, so ``fractions.Fraction`` inputs give
        an exact fraction.

    Notes
    -----
    The evidence :math:`P(T^+)` comes from the law of total probability:

    .. math::
        P(D \mid T^+) = \frac{P(T^+ \mid D)\,P(D)}{P(T^+ \mid D)\,P(D) + P(T^+ \mid \neg D)\,(1 - P(D))}

    笔记：[[贝叶斯定理]]
    """
    joint_positive = sensitivity * prior
    evidence = joint_positive + false_positive_rate * (1 - prior)
    return joint_positive / evidence


def bernoulli_pmf(x: ArrayLike, p: ArrayLike) -> np.ndarray:
    r"""Probability mass of a Bernoulli variable, :math:`P(X = x)` for :math:`x \in \{0, 1\}`.

    Parameters
    ----------
    x : array_like of any shape
        Outcomes; values other than 0 and 1 have probability 0 (as in ``scipy.stats.bernoulli``).
    p : array_like, broadcastable with ``x``
        :math:`P(X = 1)`, in [0, 1].

    Returns
    -------
    ndarray, the broadcast shape of ``x`` and ``p``

    Notes
    -----
    .. math:: P(X = x) = p^{x} (1 - p)^{1 - x}, \qquad x \in \{0, 1\}

    笔记：[[常见概率分布]]
    """
    x = np.asarray(x, dtype=float)
    p = np.asarray(p, dtype=float)
    return np.where(x == 1, p, np.where(x == 0, 1 - p, 0.0))


def gaussian_pdf(x: ArrayLike, mu: ArrayLike = 0.0, sigma: ArrayLike = 1.0) -> np.ndarray:
    r"""Density of the normal distribution :math:`\mathcal{N}(\mu, \sigma^2)`.

    Parameters
    ----------
    x : array_like of any shape
        Points at which to evaluate the density.
    mu : array_like, broadcastable with ``x``
        Mean :math:`\mu`.
    sigma : array_like, broadcastable with ``x``
        Standard deviation :math:`\sigma > 0` (not the variance, as in ``scipy.stats.norm(loc, scale)``).

    Returns
    -------
    ndarray, the broadcast shape of the inputs

    Notes
    -----
    .. math:: \mathcal{N}(x; \mu, \sigma^2) = \frac{1}{\sqrt{2\pi\sigma^2}}
              \exp\!\left(-\frac{(x - \mu)^2}{2\sigma^2}\right)

    笔记：[[常见概率分布]]
    """
    x, mu, sigma = (np.asarray(a, dtype=float) for a in (x, mu, sigma))
    if np.any(sigma <= 0):
        raise ValueError("sigma must be positive")
    z = (x - mu) / sigma
    return np.exp(-0.5 * z**2 - np.log(sigma) - 0.5 * _LOG_2PI)


def multivariate_gaussian_logpdf(X: ArrayLike, mean: ArrayLike, cov: ArrayLike) -> np.ndarray:
    r"""Log-density of the multivariate normal :math:`\mathcal{N}(\boldsymbol\mu, \Sigma)`, via Cholesky.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features) or (n_features,)
        Points, one per row.
    mean : array_like of shape (n_features,)
        Mean vector :math:`\boldsymbol\mu`.
    cov : array_like of shape (n_features, n_features)
        Symmetric positive-definite covariance :math:`\Sigma`.

    Returns
    -------
    ndarray of shape (n_samples,), or a float for a single point

    Raises
    ------
    numpy.linalg.LinAlgError
        If ``cov`` is not positive definite.

    Notes
    -----
    With :math:`\Sigma = LL^\top` (Cholesky) and :math:`\mathbf{z} = L^{-1}(\mathbf{x} - \boldsymbol\mu)`:

    .. math:: \log \mathcal{N}(\mathbf{x}; \boldsymbol\mu, \Sigma)
              = -\frac{d}{2}\log 2\pi - \sum_{j=1}^{d} \log L_{jj} - \frac12 \lVert \mathbf{z} \rVert^2

    :math:`\sum_j \log L_{jj} = \frac12 \log\det\Sigma`, and no inverse or determinant is formed.
    :math:`L^{-1}` is one small :math:`d \times d` triangular solve; applying it to all points is a
    single matrix product. 笔记：[[常见概率分布]]
    """
    X = np.asarray(X, dtype=float)
    single = X.ndim == 1
    X = np.atleast_2d(X)
    chol = np.linalg.cholesky(np.asarray(cov, dtype=float))
    chol_inv = solve_triangular(chol, np.eye(chol.shape[0]), lower=True)
    z = (X - np.asarray(mean, dtype=float)) @ chol_inv.T
    log_det_half = np.log(np.diag(chol)).sum()
    logpdf = -0.5 * X.shape[1] * _LOG_2PI - log_det_half - 0.5 * np.einsum("ij,ij->i", z, z)
    return float(logpdf[0]) if single else logpdf


def multivariate_gaussian_pdf(X: ArrayLike, mean: ArrayLike, cov: ArrayLike) -> np.ndarray:
    r"""Density of the multivariate normal; ``exp`` of :func:`multivariate_gaussian_logpdf`.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features) or (n_features,)
        Points, one per row.
    mean : array_like of shape (n_features,)
        Mean vector :math:`\boldsymbol\mu`.
    cov : array_like of shape (n_features, n_features)
        Symmetric positive-definite covariance :math:`\Sigma`.

    Returns
    -------
    ndarray of shape (n_samples,), or a float for a single point

    Notes
    -----
    .. math:: \mathcal{N}(\mathbf{x}; \boldsymbol\mu, \Sigma) = \frac{1}{(2\pi)^{d/2} \det(\Sigma)^{1/2}}
              \exp\!\left(-\frac12 (\mathbf{x} - \boldsymbol\mu)^\top \Sigma^{-1} (\mathbf{x} - \boldsymbol\mu)\right)

    笔记：[[常见概率分布]]
    """
    return np.exp(multivariate_gaussian_logpdf(X, mean, cov))


def poisson_pmf(k: ArrayLike, lam: ArrayLike) -> np.ndarray:
    r"""Probability mass of a Poisson variable with rate :math:`\lambda`.

    Parameters
    ----------
    k : array_like of any shape
        Counts; negative or non-integer values have probability 0.
    lam : array_like, broadcastable with ``k``
        Rate :math:`\lambda \ge 0` (the mean and the variance).

    Returns
    -------
    ndarray, the broadcast shape of ``k`` and ``lam``

    Notes
    -----
    .. math:: P(X = k) = \frac{\lambda^{k} e^{-\lambda}}{k!}
              = \exp\!\left(k \log\lambda - \lambda - \log\Gamma(k + 1)\right)

    The exponent is :math:`-\lambda` (the seed's ``e⁻ˡ`` is a typo, ER-04). 笔记：[[常见概率分布]]
    """
    k = np.asarray(k, dtype=float)
    lam = np.asarray(lam, dtype=float)
    if np.any(lam < 0):
        raise ValueError("lam must be non-negative")
    valid = (k >= 0) & (k == np.floor(k))
    k_safe = np.where(valid, k, 0.0)
    log_pmf = xlogy(k_safe, lam) - lam - gammaln(k_safe + 1)
    return np.where(valid, np.exp(log_pmf), 0.0)


def dirichlet_pdf(x: ArrayLike, alpha: ArrayLike) -> np.ndarray:
    r"""Density of the Dirichlet distribution on the probability simplex.

    Parameters
    ----------
    x : array_like of shape (..., K)
        Points of the simplex along the last axis: entries in (0, 1) that sum to 1.
    alpha : array_like of shape (K,)
        Concentrations :math:`\alpha_i > 0`.

    Returns
    -------
    float or ndarray of shape (...)

    Notes
    -----
    .. math:: \operatorname{Dir}(\boldsymbol\theta; \boldsymbol\alpha)
              = \frac{\Gamma\!\left(\sum_{i=1}^K \alpha_i\right)}{\prod_{i=1}^K \Gamma(\alpha_i)}
                \prod_{i=1}^K \theta_i^{\alpha_i - 1}

    It is the conjugate prior of the categorical/multinomial distribution. 笔记：[[常见概率分布]]
    """
    x = np.asarray(x, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    if np.any(alpha <= 0):
        raise ValueError("alpha must be positive")
    if x.shape[-1] != alpha.shape[-1]:
        raise ValueError(f"x has {x.shape[-1]} components but alpha has {alpha.shape[-1]}")
    if not np.allclose(x.sum(axis=-1), 1.0) or np.any(x < 0):
        raise ValueError("x must lie on the probability simplex")
    log_norm = gammaln(alpha.sum()) - gammaln(alpha).sum()
    return np.exp(log_norm + xlogy(alpha - 1, x).sum(axis=-1))


def mle_gaussian(x: ArrayLike) -> tuple[float, float]:
    r"""Maximum-likelihood estimates of a normal distribution's mean and variance.

    Parameters
    ----------
    x : array_like of shape (n_samples,)
        Independent observations.

    Returns
    -------
    mu : float
        :math:`\hat\mu = \bar{x}`.
    sigma2 : float
        :math:`\hat\sigma^2`, the **biased** variance (divides by :math:`n`, ``np.var(ddof=0)``).

    Notes
    -----
    Setting the derivatives of :math:`\sum_i \log \mathcal{N}(x_i; \mu, \sigma^2)` to zero gives

    .. math:: \hat\mu = \frac1n \sum_{i=1}^n x_i, \qquad \hat\sigma^2 = \frac1n \sum_{i=1}^n (x_i - \hat\mu)^2

    笔记：[[最大似然估计与最大后验估计]]
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D array")
    mu = x.mean()
    return float(mu), float(np.mean((x - mu) ** 2))


def map_bernoulli(x: ArrayLike, a: float, b: float) -> float:
    r"""MAP estimate of a Bernoulli probability under a :math:`\operatorname{Beta}(a, b)` prior.

    Parameters
    ----------
    x : array_like of shape (n_samples,)
        Observations in {0, 1}.
    a, b : float
        Prior pseudo-counts of ones and zeros; ``a = b = 1`` (uniform prior) gives the MLE :math:`k/n`.

    Returns
    -------
    float
        The mode of the posterior :math:`\operatorname{Beta}(k + a, n - k + b)`.

    Notes
    -----
    With :math:`k` ones among :math:`n` observations:

    .. math:: \hat p_{\mathrm{MAP}} = \arg\max_p\, p^{k}(1-p)^{n-k}\, p^{a-1}(1-p)^{b-1}
              = \frac{k + a - 1}{n + a + b - 2}

    The mode lies inside (0, 1) when :math:`k + a > 1` and :math:`n - k + b > 1`.
    笔记：[[最大似然估计与最大后验估计]]
    """
    x = np.asarray(x)
    if x.ndim != 1 or not np.all((x == 0) | (x == 1)):
        raise ValueError("x must be a 1-D array of 0s and 1s")
    if a < 1 or b < 1 or x.size + a + b <= 2:
        raise ValueError("the posterior mode needs a >= 1, b >= 1 and n + a + b > 2")
    k = float(x.sum())
    return (k + a - 1) / (x.size + a + b - 2)
