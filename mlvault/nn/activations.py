"""Activation functions, their derivatives, softmax and its Jacobian.

Every function is element-wise (softmax: along ``axis``) and numerically stable: no overflow or warning
at inputs of ±1000. Derivatives take the pre-activation ``x`` (not the output). At the kink ``x = 0``
the derivatives follow PyTorch's autograd: 0 for ReLU, ``alpha`` for Leaky ReLU.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy import special

__all__ = [
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "elu",
    "softplus",
    "gelu",
    "gelu_grad",
    "softmax",
    "log_softmax",
    "sigmoid_grad",
    "tanh_grad",
    "relu_grad",
    "leaky_relu_grad",
    "elu_grad",
    "softmax_jacobian",
]


def sigmoid(x: ArrayLike) -> np.ndarray:
    r"""Logistic sigmoid.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray, same shape as ``x``
        Values in the open interval (0, 1) (float64 rounds to 0 or 1 only beyond about ±37).

    Notes
    -----
    .. math:: \sigma(x) = \frac{1}{1 + e^{-x}}

    Computed with ``scipy.special.expit``, which never overflows.
    笔记：[[激活函数]]
    """
    return special.expit(np.asarray(x, dtype=float))


def sigmoid_grad(x: ArrayLike) -> np.ndarray:
    r"""Derivative of the sigmoid.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray, same shape as ``x``
        Values in (0, 1/4]; the maximum 1/4 is at ``x = 0``.

    Notes
    -----
    .. math:: \sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)

    笔记：[[激活函数]]
    """
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh(x: ArrayLike) -> np.ndarray:
    r"""Hyperbolic tangent.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray, same shape as ``x``
        Values in the open interval (-1, 1), zero-centred.

    Notes
    -----
    .. math:: \tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = 2\sigma(2x) - 1

    笔记：[[激活函数]]
    """
    return np.tanh(np.asarray(x, dtype=float))


def tanh_grad(x: ArrayLike) -> np.ndarray:
    r"""Derivative of tanh.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray, same shape as ``x``
        Values in (0, 1]; the maximum 1 is at ``x = 0``.

    Notes
    -----
    .. math:: \tanh'(x) = 1 - \tanh^2 x

    笔记：[[激活函数]]
    """
    t = tanh(x)
    return 1.0 - t * t


def relu(x: ArrayLike) -> np.ndarray:
    r"""Rectified linear unit.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray, same shape as ``x``

    Notes
    -----
    .. math:: \operatorname{ReLU}(x) = \max(0, x)

    笔记：[[激活函数]]
    """
    return np.maximum(np.asarray(x, dtype=float), 0.0)


def relu_grad(x: ArrayLike) -> np.ndarray:
    r"""Derivative of ReLU: the indicator of ``x > 0`` (0 at the kink ``x = 0``, as in PyTorch).

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray of 0.0 and 1.0, same shape as ``x``

    Notes
    -----
    .. math:: \operatorname{ReLU}'(x) = \mathbf{1}[x > 0]

    Not :math:`\max(0, 1)`, which is identically 1 (an erratum of the seed note).
    笔记：[[激活函数]]
    """
    return (np.asarray(x, dtype=float) > 0).astype(float)


def leaky_relu(x: ArrayLike, alpha: float = 0.01) -> np.ndarray:
    r"""Leaky ReLU with negative slope ``alpha``.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.
    alpha : float, default 0.01
        Slope for ``x < 0``. Any value is accepted; the form :math:`\max(\alpha x, x)` is only equal to
        this function for ``0 < alpha < 1``.

    Returns
    -------
    ndarray, same shape as ``x``

    Notes
    -----
    .. math:: f(x) = \begin{cases} x & x \ge 0 \\ \alpha x & x < 0 \end{cases}

    笔记：[[激活函数]]
    """
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, x, alpha * x)


def leaky_relu_grad(x: ArrayLike, alpha: float = 0.01) -> np.ndarray:
    r"""Derivative of Leaky ReLU (``alpha`` at the kink ``x = 0``, as in PyTorch).

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.
    alpha : float, default 0.01
        Slope for ``x < 0``.

    Returns
    -------
    ndarray, same shape as ``x``

    Notes
    -----
    .. math:: f'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases}

    笔记：[[激活函数]]
    """
    return np.where(np.asarray(x, dtype=float) > 0, 1.0, alpha)


def elu(x: ArrayLike, alpha: float = 1.0) -> np.ndarray:
    r"""Exponential linear unit.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.
    alpha : float, default 1.0
        Saturation value for large negative ``x`` is :math:`-\alpha`.

    Returns
    -------
    ndarray, same shape as ``x``

    Notes
    -----
    .. math:: f(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}

    ``expm1`` of the negative part only, so large positive inputs never overflow.
    笔记：[[激活函数]]
    """
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def elu_grad(x: ArrayLike, alpha: float = 1.0) -> np.ndarray:
    r"""Derivative of ELU.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.
    alpha : float, default 1.0
        Saturation value of ELU, as in :func:`elu`.

    Returns
    -------
    ndarray, same shape as ``x``

    Notes
    -----
    .. math:: f'(x) = \begin{cases} 1 & x > 0 \\ \alpha e^{x} = f(x) + \alpha & x \le 0 \end{cases}

    笔记：[[激活函数]]
    """
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


def softplus(x: ArrayLike) -> np.ndarray:
    r"""Softplus, a smooth ReLU; its derivative is the sigmoid.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray, same shape as ``x``
        Positive values.

    Notes
    -----
    .. math:: \operatorname{softplus}(x) = \log(1 + e^{x})

    Computed as ``logaddexp(0, x)``, which never overflows.
    笔记：[[激活函数]]
    """
    return np.logaddexp(0.0, np.asarray(x, dtype=float))


def gelu(x: ArrayLike) -> np.ndarray:
    r"""Gaussian error linear unit, exact form (PyTorch's default ``approximate="none"``).

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray, same shape as ``x``
        Values ≥ about -0.17 (the minimum, near ``x ≈ -0.75``).

    Notes
    -----
    .. math:: \operatorname{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\Bigl(1 + \operatorname{erf}\frac{x}{\sqrt2}\Bigr)

    :math:`\Phi` is the standard normal CDF (``scipy.special.ndtr``, no overflow at ±1000).
    笔记：[[激活函数]]
    """
    x = np.asarray(x, dtype=float)
    return x * special.ndtr(x)


def gelu_grad(x: ArrayLike) -> np.ndarray:
    r"""Derivative of the exact GELU.

    Parameters
    ----------
    x : array_like, any shape
        Pre-activations.

    Returns
    -------
    ndarray, same shape as ``x``
        Values in about [-0.13, 1.13]: unlike ReLU the slope overshoots 1 and dips below 0.

    Notes
    -----
    .. math:: \operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x), \qquad
        \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}

    笔记：[[激活函数]]
    """
    x = np.asarray(x, dtype=float)
    return special.ndtr(x) + x * np.exp(-0.5 * x * x) / np.sqrt(2.0 * np.pi)


def softmax(z: ArrayLike, axis: int = -1) -> np.ndarray:
    r"""Softmax along ``axis``, shifted by the maximum so that it never overflows.

    Parameters
    ----------
    z : array_like, shape (..., n)
        Scores (logits).
    axis : int, default -1
        Axis along which the outputs sum to 1.

    Returns
    -------
    ndarray, same shape as ``z``
        Probabilities, positive and summing to 1 along ``axis``.

    Notes
    -----
    .. math::
        \operatorname{softmax}(z)_i = \frac{e^{z_i}}{\sum_j e^{z_j}}
        = \frac{e^{z_i - \max z}}{\sum_j e^{z_j - \max z}}

    笔记：[[Softmax函数]]
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(z: ArrayLike, axis: int = -1) -> np.ndarray:
    r"""Logarithm of the softmax, computed without forming the softmax (no ``log 0``).

    Parameters
    ----------
    z : array_like, shape (..., n)
        Scores (logits).
    axis : int, default -1
        Axis along which the probabilities are normalised.

    Returns
    -------
    ndarray, same shape as ``z``
        Log-probabilities (all ≤ 0).

    Notes
    -----
    .. math:: \log\operatorname{softmax}(z)_i = z_i - \max z - \log\sum_j e^{z_j - \max z}

    笔记：[[Softmax函数]]
    """
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def softmax_jacobian(z: ArrayLike) -> np.ndarray:
    r"""Jacobian of the softmax over the last axis.

    Parameters
    ----------
    z : array_like, shape (n,) or (..., n)
        Scores.

    Returns
    -------
    ndarray of shape (n, n) or (..., n, n)
        ``J[..., i, j]`` = :math:`\partial s_i / \partial z_j`; symmetric, each row sums to 0.

    Notes
    -----
    .. math:: \frac{\partial s_i}{\partial z_j} = s_i(\delta_{ij} - s_j), \qquad
        J = \operatorname{diag}(s) - s s^\top

    笔记：[[Softmax函数]]
    """
    s = softmax(z)
    return s[..., :, None] * np.eye(s.shape[-1]) - s[..., :, None] * s[..., None, :]
