"""Information theory: self-information, entropy, cross-entropy, KL divergence, mutual information.

Every function takes probabilities along the last axis (``axis=-1``) so that a batch of distributions is
one call. Logarithms are natural (nats) unless ``base`` is given (``base=2`` for bits). The convention
:math:`0 \\log 0 = 0` holds everywhere: a zero-probability outcome contributes nothing.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "self_information",
    "entropy",
    "cross_entropy",
    "kl_divergence",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "gaussian_kl_divergence",
    "mutual_information",
    "information_gain",
]


def _log_or_inf(x: np.ndarray, base: float | None) -> np.ndarray:
    """Log with ``log 0 = -inf`` (no warning): a zero model probability makes the loss infinite."""
    with np.errstate(divide="ignore"):
        out = np.log(x)
    return out if base is None else out / np.log(base)


def _weighted_sum(p: np.ndarray, values: np.ndarray) -> np.ndarray | float:
    """``sum(p * values)`` over the last axis, where outcomes with ``p == 0`` contribute exactly 0."""
    terms = np.zeros(np.broadcast_shapes(p.shape, values.shape))
    np.multiply(p, values, out=terms, where=p > 0)
    return terms.sum(axis=-1)


def _normalised_pair(p: ArrayLike, q: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    p = _as_distribution(p, "p")
    q = _as_distribution(q, "q")
    return p / p.sum(axis=-1, keepdims=True), q / q.sum(axis=-1, keepdims=True)


def _as_distribution(p: ArrayLike, name: str) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    if np.any(p < 0):
        raise ValueError(f"{name} has negative entries")
    return p


def self_information(p: ArrayLike, base: float | None = None) -> np.ndarray:
    r"""Self-information (surprisal) of an outcome with probability ``p``.

    Parameters
    ----------
    p : array_like, any shape
        Probabilities in (0, 1].
    base : float, optional
        Logarithm base; natural log (nats) by default, 2 for bits.

    Returns
    -------
    ndarray, same shape as ``p``
        :math:`I(x) = -\log P(x)`; ``inf`` for ``p = 0``.

    Notes
    -----
    .. math:: I(x) = -\log_b P(x)

    The rarer the outcome, the larger its self-information. 笔记：[[信息量与熵]]
    """
    return -_log_or_inf(_as_distribution(p, "p"), base)


# --8<-- [start:entropy]
def entropy(p: ArrayLike, base: float | None = None) -> np.ndarray | float:
    r"""Shannon entropy of a discrete distribution.

    Parameters
    ----------
    p : array_like, shape (..., n)
        Probabilities along the last axis. They are normalised to sum to 1 (as ``scipy.stats.entropy``
        does), so counts are accepted too.
    base : float, optional
        Logarithm base; natural log (nats) by default, 2 for bits.

    Returns
    -------
    float or ndarray, shape (...)
        :math:`H(P) \ge 0`, zero only for a deterministic distribution and at most :math:`\log n`.

    Notes
    -----
    .. math:: H(X) = \mathbb{E}[I(X)] = -\sum_{i=1}^{n} P(x_i) \log_b P(x_i), \qquad 0 \log 0 = 0

    The mask ``where=p > 0`` must come with ``out=np.zeros_like(p)``: without ``out`` the masked entries
    are uninitialised memory (the seed's bug, ER-29). 笔记：[[信息量与熵]]
    """
    p = _as_distribution(p, "p")
    p = p / p.sum(axis=-1, keepdims=True)
    return _weighted_sum(p, -_log_or_inf(p, base))
# --8<-- [end:entropy]


def cross_entropy(p: ArrayLike, q: ArrayLike, base: float | None = None) -> np.ndarray | float:
    r"""Cross-entropy of ``q`` relative to ``p``: the cost of coding samples of P with a code built for Q.

    Parameters
    ----------
    p : array_like, shape (..., n)
        The true distribution (normalised along the last axis).
    q : array_like, shape (..., n)
        The model distribution (normalised along the last axis).
    base : float, optional
        Logarithm base; natural log by default.

    Returns
    -------
    float or ndarray, shape (...)
        :math:`H(P, Q)`; ``inf`` when Q gives zero probability to an outcome that P can produce.

    Notes
    -----
    .. math:: H(P, Q) = -\sum_x P(x) \log_b Q(x) = H(P) + D_{\mathrm{KL}}(P \Vert Q)

    笔记：[[交叉熵]]
    """
    p, q = _normalised_pair(p, q)
    return _weighted_sum(p, -_log_or_inf(q, base))


def kl_divergence(p: ArrayLike, q: ArrayLike, base: float | None = None) -> np.ndarray | float:
    r"""Kullback–Leibler divergence :math:`D_{\mathrm{KL}}(P \Vert Q)` (relative entropy).

    Parameters
    ----------
    p, q : array_like, shape (..., n)
        Distributions along the last axis (each normalised to sum to 1).
    base : float, optional
        Logarithm base; natural log by default.

    Returns
    -------
    float or ndarray, shape (...)
        Non-negative, zero iff ``p == q``; ``inf`` when ``q`` is zero where ``p`` is not. Not symmetric.

    Notes
    -----
    .. math:: D_{\mathrm{KL}}(P \Vert Q) = \sum_x P(x) \log_b \frac{P(x)}{Q(x)} = H(P, Q) - H(P)

    笔记：[[KL散度]]
    """
    p, q = _normalised_pair(p, q)
    with np.errstate(invalid="ignore"):  # -inf - -inf where p == 0; those terms are masked out
        log_ratio = _log_or_inf(p, base) - _log_or_inf(q, base)
    return _weighted_sum(p, log_ratio)


def binary_cross_entropy(y_true: ArrayLike, y_prob: ArrayLike, eps: float | None = None) -> float:
    r"""Mean binary cross-entropy (log loss) of predicted probabilities for labels in {0, 1}.

    Parameters
    ----------
    y_true : array_like, shape (n_samples,)
        Labels 0 or 1.
    y_prob : array_like, shape (n_samples,)
        Predicted probability of class 1. Clipped to :math:`[\epsilon, 1-\epsilon]` so that a confident
        wrong prediction costs a large but finite amount, as ``sklearn.metrics.log_loss`` does.
    eps : float, optional
        Clipping bound; the float64 machine epsilon by default (scikit-learn's choice).

    Returns
    -------
    float
        The average loss in nats.

    Notes
    -----
    .. math:: \mathrm{BCE} = -\frac{1}{n} \sum_{i=1}^{n} \left[ y_i \log \hat y_i + (1 - y_i) \log (1 - \hat y_i) \right]

    笔记：[[交叉熵]]
    """
    y_true = np.asarray(y_true, dtype=float)
    y_prob = np.asarray(y_prob, dtype=float)
    if y_true.shape != y_prob.shape:
        raise ValueError(f"y_true has shape {y_true.shape} but y_prob has shape {y_prob.shape}")
    if not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("y_true must contain only 0 and 1")
    eps = np.finfo(float).eps if eps is None else eps
    y_prob = np.clip(y_prob, eps, 1 - eps)
    return float(-np.mean(y_true * np.log(y_prob) + (1 - y_true) * np.log1p(-y_prob)))


def binary_cross_entropy_with_logits(y_true: ArrayLike, logits: ArrayLike) -> float:
    r"""Mean binary cross-entropy computed from logits :math:`z` instead of probabilities :math:`\sigma(z)`.

    Parameters
    ----------
    y_true : array_like, shape (n_samples,)
        Labels 0 or 1 (soft labels in [0, 1] are accepted too).
    logits : array_like, shape (n_samples,)
        Scores :math:`z_i`; the predicted probability of class 1 is :math:`\sigma(z_i) = 1/(1+e^{-z_i})`.

    Returns
    -------
    float
        The average loss in nats. Exact for any finite logit: no clipping is needed, because
        :math:`\sigma(z)` is never formed (it rounds to 0 or 1 for :math:`\lvert z\rvert \gtrsim 37`).

    Notes
    -----
    With :math:`\log\sigma(z) = -\operatorname{softplus}(-z)`, :math:`\log(1-\sigma(z)) = -\operatorname{softplus}(z)`
    and :math:`\operatorname{softplus}(-z) = \operatorname{softplus}(z) - z`:

    .. math:: \mathrm{BCE} = \frac1n\sum_{i=1}^n \bigl[\operatorname{softplus}(z_i) - y_i z_i\bigr],
              \qquad \operatorname{softplus}(z) = \log(1 + e^{z})

    ``np.logaddexp(0, z)`` evaluates the softplus without overflow. 笔记：[[交叉熵]]
    """
    y_true = np.asarray(y_true, dtype=float)
    logits = np.asarray(logits, dtype=float)
    if y_true.shape != logits.shape:
        raise ValueError(f"y_true has shape {y_true.shape} but logits has shape {logits.shape}")
    if np.any((y_true < 0) | (y_true > 1)):
        raise ValueError("y_true must lie in [0, 1]")
    return float(np.mean(np.logaddexp(0.0, logits) - y_true * logits))


def gaussian_kl_divergence(
    mu_p: ArrayLike, sigma_p: ArrayLike, mu_q: ArrayLike, sigma_q: ArrayLike
) -> np.ndarray | float:
    r"""Closed-form :math:`D_{\mathrm{KL}}(\mathcal N(\mu_p,\sigma_p^2) \Vert \mathcal N(\mu_q,\sigma_q^2))` in nats.

    Parameters
    ----------
    mu_p, sigma_p : array_like, broadcastable
        Mean and standard deviation (> 0) of P, the distribution the expectation is taken under.
    mu_q, sigma_q : array_like, broadcastable
        Mean and standard deviation (> 0) of Q.

    Returns
    -------
    float or ndarray, the broadcast shape
        The divergence of each pair, elementwise; for a diagonal multivariate Gaussian sum the result over
        the dimensions.

    Notes
    -----
    .. math:: D_{\mathrm{KL}} = \log\frac{\sigma_q}{\sigma_p}
              + \frac{\sigma_p^2 + (\mu_p - \mu_q)^2}{2\sigma_q^2} - \frac12

    With :math:`Q = \mathcal N(0, 1)` this is the VAE term :math:`\tfrac12(\mu^2 + \sigma^2 - 1 - \log\sigma^2)`.
    笔记：[[KL散度]]
    """
    mu_p, sigma_p, mu_q, sigma_q = (np.asarray(a, dtype=float) for a in (mu_p, sigma_p, mu_q, sigma_q))
    if np.any(sigma_p <= 0) or np.any(sigma_q <= 0):
        raise ValueError("standard deviations must be positive")
    out = np.log(sigma_q / sigma_p) + (sigma_p**2 + (mu_p - mu_q) ** 2) / (2 * sigma_q**2) - 0.5
    return float(out) if out.ndim == 0 else out


def mutual_information(joint: ArrayLike, base: float | None = None) -> float:
    r"""Mutual information of two discrete variables from their joint probability (or count) table.

    Parameters
    ----------
    joint : array_like, shape (n_x, n_y)
        :math:`P(X = x_i, Y = y_j)`, or co-occurrence counts (normalised here).
    base : float, optional
        Logarithm base; natural log by default.

    Returns
    -------
    float
        :math:`I(X; Y) \ge 0`, zero iff X and Y are independent.

    Notes
    -----
    .. math:: I(X;Y) = \sum_{x,y} P(x,y) \log \frac{P(x,y)}{P(x)P(y)} = H(Y) - H(Y \mid X)
              = D_{\mathrm{KL}}(P_{XY} \Vert P_X P_Y)

    笔记：[[互信息]]
    """
    joint = _as_distribution(joint, "joint")
    if joint.ndim != 2:
        raise ValueError("joint must be a 2-D table")
    joint = joint / joint.sum()
    # log P(x,y) - log P(x) - log P(y): in logs, so tiny marginals cannot underflow in their product.
    with np.errstate(invalid="ignore"):
        log_ratio = (
            _log_or_inf(joint, base)
            - _log_or_inf(joint.sum(axis=1, keepdims=True), base)
            - _log_or_inf(joint.sum(axis=0, keepdims=True), base)
        )
    return float(_weighted_sum(joint.ravel(), log_ratio.ravel()))


def information_gain(y: ArrayLike, groups: ArrayLike, base: float | None = 2) -> float:
    r"""Information gain of splitting labels ``y`` by the values in ``groups`` (ID3's criterion).

    Parameters
    ----------
    y : array_like, shape (n_samples,)
        Class labels.
    groups : array_like, shape (n_samples,)
        The value of the splitting attribute for each sample.
    base : float, optional
        Logarithm base; 2 (bits) by default, as in ID3.

    Returns
    -------
    float
        :math:`IG(D, A) = H(D) - \sum_v \frac{|D_v|}{|D|} H(D_v)`, equal to the mutual information
        :math:`I(Y; A)` of the empirical distribution.

    Notes
    -----
    .. math:: IG(D, A) = H(D) - \sum_{v \in \mathrm{values}(A)} \frac{\lvert D_v \rvert}{\lvert D \rvert} H(D_v)

    The best split has the *largest* gain, i.e. the lowest weighted child entropy (ER-24).
    笔记：[[决策树]]
    """
    y = np.asarray(y)
    groups = np.asarray(groups)
    if y.shape != groups.shape or y.ndim != 1:
        raise ValueError("y and groups must be 1-D arrays of the same length")
    _, y_codes = np.unique(y, return_inverse=True)
    _, g_codes = np.unique(groups, return_inverse=True)
    counts = np.zeros((g_codes.max() + 1, y_codes.max() + 1))
    np.add.at(counts, (g_codes, y_codes), 1)
    return mutual_information(counts, base)
