r"""The forward (noising) process of a DDPM diffusion model.

Time steps are 0-based indices into ``betas``: ``betas[t]`` is :math:`\beta_{t+1}` of the paper, and
``q_sample(x0, t, ...)`` returns :math:`x_{t+1}`, so ``t = 0`` applies one noising step.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["linear_beta_schedule", "alpha_bar", "q_sample"]


def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> np.ndarray:
    r"""The linear noise schedule of Ho et al. (2020).

    Parameters
    ----------
    T : int
        Number of diffusion steps.
    beta_start, beta_end : float
        First and last variance.

    Returns
    -------
    ndarray of shape (T,)
        :math:`\beta_1, \dots, \beta_T`, evenly spaced.

    Notes
    -----
    .. math:: \beta_t = \beta_{start} + \frac{t - 1}{T - 1}(\beta_{end} - \beta_{start}), \quad t = 1..T

    笔记：[[扩散模型]]
    """
    return np.linspace(beta_start, beta_end, T)


def alpha_bar(betas: ArrayLike) -> np.ndarray:
    r"""Cumulative products :math:`\bar\alpha_t` of :math:`\alpha_s = 1 - \beta_s`.

    Parameters
    ----------
    betas : array_like of shape (T,)

    Returns
    -------
    ndarray of shape (T,)
        ``alpha_bar(betas)[t]`` = :math:`\prod_{s \le t+1} (1 - \beta_s)`, decreasing from
        :math:`1 - \beta_1` towards 0.

    Notes
    -----
    .. math:: \bar\alpha_t = \prod_{s=1}^{t} \alpha_s, \qquad \alpha_s = 1 - \beta_s

    笔记：[[扩散模型]]
    """
    return np.cumprod(1.0 - np.asarray(betas, dtype=float))


def q_sample(x0: ArrayLike, t, betas: ArrayLike, noise: ArrayLike) -> np.ndarray:
    r"""Sample :math:`x_t \sim q(x_t \mid x_0)` in one jump, with the cumulative :math:`\bar\alpha_t`.

    Parameters
    ----------
    x0 : array_like of shape (n, ...)
        Clean data.
    t : int or array_like of int, shape (n,)
        0-based step index into ``betas`` (one per sample, or one for all); ``t = 0`` is one step.
    betas : array_like of shape (T,)
        Noise schedule.
    noise : array_like, same shape as ``x0``
        Standard normal draws :math:`\varepsilon`.

    Returns
    -------
    ndarray, same shape as ``x0``

    Notes
    -----
    .. math:: x_t = \sqrt{\bar\alpha_t}\, x_0 + \sqrt{1 - \bar\alpha_t}\, \varepsilon,
        \qquad \varepsilon \sim \mathcal N(0, I)

    This equals iterating the one-step kernel
    :math:`q(x_t \mid x_{t-1}) = \mathcal N(\sqrt{\alpha_t}\, x_{t-1}, (1 - \alpha_t) I)` t times. Using
    :math:`\alpha_t` instead of :math:`\bar\alpha_t` here is a common error (the seed's formula).
    笔记：[[扩散模型]]
    """
    x0 = np.asarray(x0, dtype=float)
    ab = alpha_bar(betas)[np.asarray(t)]
    ab = np.reshape(ab, np.shape(ab) + (1,) * (x0.ndim - np.ndim(ab)))  # broadcast per sample
    return np.sqrt(ab) * x0 + np.sqrt(1.0 - ab) * np.asarray(noise, dtype=float)
