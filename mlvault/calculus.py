"""Derivatives and gradients by central differences, and the gradient check that tests analytic gradients.

Finite differences need only function values, so they check any hand-derived or backprop gradient. The
central difference has error :math:`O(h^2)`; with :math:`h \\approx 10^{-5}` its truncation and rounding
errors balance near :math:`10^{-10}` relative.

Also the shifted log-sum-exp, the computation in log space that likelihoods and softmax rely on.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["numerical_derivative", "numerical_gradient", "gradient_check", "log_sum_exp"]


# --8<-- [start:numerical_derivative]
def numerical_derivative(f: Callable[[np.ndarray], ArrayLike], x: ArrayLike, h: float = 1e-5) -> np.ndarray:
    r"""Derivative of a scalar function of one variable by the central difference, at every point of ``x``.

    Parameters
    ----------
    f : callable
        Element-wise function ``f(x) -> array of the same shape`` (e.g. ``np.sin``).
    x : array_like, any shape
        Points where :math:`f'` is wanted.
    h : float, default 1e-5
        Step size.

    Returns
    -------
    ndarray of the shape of ``x``
        :math:`f'(x)` at each point.

    Notes
    -----
    The definition :math:`f'(x)=\lim_{h\to0}\frac{f(x+h)-f(x)}{h}` with a symmetric step; the :math:`f''`
    terms cancel, so the error is :math:`O(h^2)` instead of the forward difference's :math:`O(h)`:

    .. math:: f'(x) \approx \frac{f(x+h) - f(x-h)}{2h}

    笔记：[[导数与求导法则]]
    """
    x = np.asarray(x, dtype=float)
    return (np.asarray(f(x + h), dtype=float) - np.asarray(f(x - h), dtype=float)) / (2 * h)
# --8<-- [end:numerical_derivative]


# --8<-- [start:numerical_gradient]
def numerical_gradient(f: Callable[[np.ndarray], float], x: ArrayLike, h: float = 1e-5) -> np.ndarray:
    r"""Gradient of a scalar function of many variables by central differences, one coordinate at a time.

    Parameters
    ----------
    f : callable
        ``f(x) -> float`` taking an array of the shape of ``x`` (a vector, or e.g. a weight matrix).
    x : array_like of shape (n,) or any shape
        Point where the gradient is wanted.
    h : float, default 1e-5
        Step size.

    Returns
    -------
    grad : ndarray of the shape of ``x``
        :math:`\nabla f(x)`, entry :math:`i` being :math:`\partial f/\partial x_i`.

    Notes
    -----
    A partial derivative moves one coordinate and holds the others fixed (:math:`e_i` is the :math:`i`-th unit
    vector); this costs :math:`2n` evaluations of :math:`f`, which is why training uses backpropagation
    instead:

    .. math:: \frac{\partial f}{\partial x_i}(x) \approx \frac{f(x + h e_i) - f(x - h e_i)}{2h}

    笔记：[[梯度与偏导数]]
    """
    x = np.array(x, dtype=float)
    grad = np.empty_like(x)
    step = np.zeros_like(x)
    for i in range(x.size):  # a loop over coordinates (not samples): each needs its own two evaluations of f
        step.flat[i] = h
        grad.flat[i] = (f(x + step) - f(x - step)) / (2 * h)
        step.flat[i] = 0.0
    return grad
# --8<-- [end:numerical_gradient]


def gradient_check(
    f: Callable[[np.ndarray], float], grad_f: Callable[[np.ndarray], ArrayLike], x: ArrayLike, h: float = 1e-5
) -> float:
    r"""Largest relative error between an analytic gradient and the central-difference gradient.

    Parameters
    ----------
    f : callable
        ``f(x) -> float``.
    grad_f : callable
        ``grad_f(x) -> array of the shape of x``, the gradient to be checked.
    x : array_like of shape (n,) or any shape
        Point of the check.
    h : float, default 1e-5
        Step of :func:`numerical_gradient`.

    Returns
    -------
    float
        :math:`\max_i \lvert g_i - \hat g_i\rvert / \max(\lvert g_i\rvert, \lvert\hat g_i\rvert, 10^{-8})`.
        Below about 1e-7 the gradient is right; around 1e-2 or more it is wrong.

    Notes
    -----
    With :math:`g = \nabla f(x)` from ``grad_f`` and :math:`\hat g` from central differences:

    .. math::
        \text{err} = \max_i \frac{\lvert g_i - \hat g_i\rvert}{\max(\lvert g_i\rvert, \lvert\hat g_i\rvert)}

    The floor :math:`10^{-8}` in the denominator makes components that are both (nearly) zero count by their
    absolute difference instead of dividing 0 by 0.

    笔记：[[梯度与偏导数]]
    """
    numeric = numerical_gradient(f, x, h)
    analytic = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    if analytic.shape != numeric.shape:
        raise ValueError(f"grad_f returned shape {analytic.shape}, expected {numeric.shape}")
    scale = np.maximum(np.maximum(np.abs(analytic), np.abs(numeric)), 1e-8)
    return float(np.max(np.abs(analytic - numeric) / scale, initial=0.0))


# --8<-- [start:log_sum_exp]
def log_sum_exp(z: ArrayLike, axis: int | None = None) -> np.ndarray | float:
    r""":math:`\log\sum_i e^{z_i}` computed without overflow or underflow, by shifting with the maximum.

    Parameters
    ----------
    z : array_like, any non-empty shape
        Values in log space (log-probabilities, logits). ``-inf`` entries stand for probability 0.
    axis : int or None, default None
        Axis to reduce; ``None`` reduces over all entries.

    Returns
    -------
    float or ndarray
        A float when ``axis`` is None, else ``z``'s shape without ``axis``. ``-inf`` when every entry in the
        reduction is ``-inf``; ``inf`` when an entry is ``inf``.

    Notes
    -----
    With :math:`m=\max_i z_i`, factor :math:`e^m` out of the sum:

    .. math:: \log\sum_{i=1}^n e^{z_i} = m + \log\sum_{i=1}^n e^{z_i - m}

    Every exponent :math:`z_i-m` is :math:`\le 0`, so nothing overflows, and the largest term is
    :math:`e^0=1`, so the sum lies in :math:`[1, n]` and its log neither underflows nor is :math:`\log 0`.
    The same bounds give :math:`m \le \operatorname{LSE}(z) \le m + \log n`. A non-finite maximum
    (all ``-inf``, or an ``inf``) is replaced by 0 as the shift, which gives ``-inf`` or ``inf``.

    笔记：[[求和、求积、对数与取整]]
    """
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)  # all -inf (or an inf): no shift, the log below gives -inf (or inf)
    with np.errstate(divide="ignore"):  # log(0) = -inf when every entry is -inf is the right answer
        out = m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))
    out = np.squeeze(out, axis=axis) if axis is not None else out.reshape(())
    return float(out) if out.ndim == 0 else out
# --8<-- [end:log_sum_exp]
