"""Regularisation layers of deep learning: inverted dropout, batch normalisation, and the Gaussian KL term
that regularises a VAE's latent space."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["dropout", "batch_norm", "batch_norm_backward", "gaussian_kl"]


def dropout(x: ArrayLike, p: float, rng: np.random.Generator, training: bool = True) -> np.ndarray:
    r"""Inverted dropout: zero each entry with probability ``p``, scale the survivors by ``1 / (1 - p)``.

    Parameters
    ----------
    x : array_like, any shape
        Activations.
    p : float in [0, 1)
        Drop probability (PyTorch's ``p``; not the keep probability).
    rng : numpy.random.Generator
        Source of the random mask.
    training : bool, default True
        In evaluation mode the input is returned unchanged.

    Returns
    -------
    ndarray, same shape as ``x``

    Notes
    -----
    .. math:: y = \frac{m \odot x}{1 - p}, \qquad m_i \sim \operatorname{Bernoulli}(1 - p)

    so that :math:`\mathbb{E}[y] = x` and nothing needs rescaling at test time.
    笔记：[[深度学习中的正则化技术]]
    """
    x = np.asarray(x, dtype=float)
    if not training or p == 0:
        return x
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    keep = rng.random(x.shape) >= p
    return np.where(keep, x / (1.0 - p), 0.0)


def batch_norm(x: ArrayLike, gamma: ArrayLike, beta: ArrayLike, eps: float = 1e-5) -> np.ndarray:
    r"""Batch normalisation in training mode (statistics of the current batch).

    Parameters
    ----------
    x : array_like of shape (batch, features)
    gamma, beta : array_like of shape (features,)
        Learned scale and shift.
    eps : float, default 1e-5
        Added to the variance, as in ``torch.nn.BatchNorm1d``.

    Returns
    -------
    ndarray of shape (batch, features)

    Notes
    -----
    .. math:: \mu_B = \frac1m\sum_i x_i, \quad \sigma_B^2 = \frac1m\sum_i (x_i - \mu_B)^2, \quad
        \hat x_i = \frac{x_i - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}}, \quad y_i = \gamma \hat x_i + \beta

    The variance is the biased one (divide by m), as PyTorch uses for normalising.
    笔记：[[深度学习中的正则化技术]]
    """
    x = np.asarray(x, dtype=float)
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    return np.asarray(gamma) * (x - mu) / np.sqrt(var + eps) + np.asarray(beta)


def batch_norm_backward(dy: ArrayLike, x: ArrayLike, gamma: ArrayLike, eps: float = 1e-5
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Gradients of batch normalisation (training mode) with respect to its input, scale and shift.

    Parameters
    ----------
    dy : array_like of shape (batch, features)
        Upstream gradient :math:`\partial L / \partial y`.
    x : array_like of shape (batch, features)
        The input of the forward pass.
    gamma : array_like of shape (features,)
        Scale :math:`\gamma`.
    eps : float, default 1e-5
        As in :func:`batch_norm`.

    Returns
    -------
    dx : ndarray of shape (batch, features)
    dgamma, dbeta : ndarray of shape (features,)

    Notes
    -----
    With :math:`s = \sqrt{\sigma_B^2 + \epsilon}`, :math:`\hat x = (x - \mu_B)/s`,
    :math:`g = \gamma \odot \partial L/\partial y` and batch means :math:`\langle\cdot\rangle`:

    .. math:: \frac{\partial L}{\partial x_i} = \frac{1}{s}\Bigl(g_i - \langle g\rangle
        - \hat x_i \langle g \hat x\rangle\Bigr), \qquad
        \frac{\partial L}{\partial\gamma} = \sum_i \frac{\partial L}{\partial y_i}\hat x_i, \qquad
        \frac{\partial L}{\partial\beta} = \sum_i \frac{\partial L}{\partial y_i}

    The batch statistics depend on every sample, hence the two correction terms; the factor :math:`1/s`
    divides the gradient by the batch's standard deviation.
    笔记：[[深度学习中的正则化技术]]
    """
    dy, x = np.asarray(dy, dtype=float), np.asarray(x, dtype=float)
    s = np.sqrt(x.var(axis=0) + eps)
    x_hat = (x - x.mean(axis=0)) / s
    g = dy * np.asarray(gamma, dtype=float)
    dx = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) / s
    return dx, (dy * x_hat).sum(axis=0), dy.sum(axis=0)


def gaussian_kl(mu: ArrayLike, logvar: ArrayLike) -> np.ndarray:
    r"""KL divergence from a diagonal Gaussian to the standard normal, summed over the last axis.

    Parameters
    ----------
    mu : array_like of shape (..., d)
        Means of :math:`q(z \mid x)`.
    logvar : array_like of shape (..., d)
        Log-variances :math:`\log\sigma^2` (what a VAE encoder outputs).

    Returns
    -------
    ndarray of shape (...)
        Non-negative; 0 only for :math:`\mu = 0, \sigma = 1`.

    Notes
    -----
    .. math:: D_{KL}\bigl(\mathcal N(\mu, \operatorname{diag}\sigma^2) \,\Vert\, \mathcal N(0, I)\bigr)
        = \frac12 \sum_{j=1}^{d} \left(\mu_j^2 + \sigma_j^2 - 1 - \log\sigma_j^2\right)

    笔记：[[变分自编码器与ELBO]]
    """
    mu, logvar = np.asarray(mu, dtype=float), np.asarray(logvar, dtype=float)
    return 0.5 * np.sum(mu**2 + np.exp(logvar) - 1.0 - logvar, axis=-1)
