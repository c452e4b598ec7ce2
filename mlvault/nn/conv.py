"""2-D convolution layers as CNN libraries compute them (cross-correlation), pooling, and the size and
parameter-count formulas.

Layout follows PyTorch: inputs (N, C, H, W), kernels (O, C, kH, kW). The sliding windows come from
``numpy.lib.stride_tricks.sliding_window_view`` (a view, no copy) and are contracted with the kernel in
one ``tensordot`` (a single BLAS matrix product, the im2col idea).
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from numpy.typing import ArrayLike

__all__ = ["conv2d", "conv_output_size", "conv_param_count", "max_pool2d", "avg_pool2d"]


def _pair(v) -> tuple[int, int]:
    return (v, v) if np.isscalar(v) else tuple(v)


def _windows(x: np.ndarray, kernel: tuple[int, int], stride: tuple[int, int]) -> np.ndarray:
    """View of shape (N, C, H_out, W_out, kH, kW): every window the kernel visits."""
    return sliding_window_view(x, kernel, axis=(2, 3))[:, :, :: stride[0], :: stride[1]]


def conv_output_size(W: int, F: int, P: int = 0, S: int = 1) -> int:
    r"""Output length of a convolution along one axis.

    Parameters
    ----------
    W : int
        Input size.
    F : int
        Kernel (filter) size.
    P : int, default 0
        Zero padding added on each side.
    S : int, default 1
        Stride.

    Returns
    -------
    int

    Notes
    -----
    .. math:: W_{out} = \left\lfloor \frac{W - F + 2P}{S} \right\rfloor + 1

    笔记：[[卷积神经网络]]
    """
    return (W - F + 2 * P) // S + 1


def conv_param_count(F: int, C_in: int, C_out: int, bias: bool = True) -> int:
    r"""Number of learnable parameters of a 2-D convolution layer with square ``F × F`` kernels.

    Parameters
    ----------
    F : int
        Kernel size.
    C_in, C_out : int
        Input and output channels.
    bias : bool, default True
        One bias per output channel.

    Returns
    -------
    int

    Notes
    -----
    .. math:: (F \cdot F \cdot C_{in} + 1) \cdot C_{out}

    It does not depend on the image size: the kernel is shared across positions.
    笔记：[[卷积神经网络]]
    """
    return (F * F * C_in + int(bias)) * C_out


def conv2d(x: ArrayLike, w: ArrayLike, b: ArrayLike | None = None, stride=1, padding=0) -> np.ndarray:
    r"""2-D cross-correlation of images with a bank of kernels, like ``torch.nn.functional.conv2d``.

    Parameters
    ----------
    x : array_like of shape (N, C, H, W)
        Input images.
    w : array_like of shape (O, C, kH, kW)
        Kernels, one stack of C channels per output channel.
    b : array_like of shape (O,), optional
        Bias per output channel.
    stride : int or (int, int), default 1
        Step of the kernel along height and width.
    padding : int or (int, int), default 0
        Zeros added on each side of the height and width.

    Returns
    -------
    ndarray of shape (N, O, H_out, W_out)
        ``H_out = conv_output_size(H, kH, padding, stride)``, likewise ``W_out``.

    Notes
    -----
    .. math:: y[n, o, i, j] = b_o + \sum_{c}\sum_{m}\sum_{k}
        x[n, c, S i + m, S j + k]\; w[o, c, m, k]

    The kernel is **not** flipped: this is cross-correlation, which deep-learning libraries call
    convolution. True convolution, :math:`\sum_{m,k} x[i - m, j - k]\,w[m, k]`, is ``conv2d`` with the
    kernel rotated by 180°.

    笔记：[[卷积神经网络]]
    """
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    (ph, pw), stride = _pair(padding), _pair(stride)
    if ph or pw:
        x = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    windows = _windows(x, w.shape[2:], stride)  # (N, C, H_out, W_out, kH, kW)
    out = np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3]))  # (N, H_out, W_out, O)
    if b is not None:
        out += np.asarray(b, dtype=float)
    return np.ascontiguousarray(out.transpose(0, 3, 1, 2))


def max_pool2d(x: ArrayLike, kernel_size, stride=None) -> np.ndarray:
    r"""Maximum over each ``kernel_size`` window, like ``torch.nn.functional.max_pool2d`` (no padding).

    Parameters
    ----------
    x : array_like of shape (N, C, H, W)
        Feature maps.
    kernel_size : int or (int, int)
        Window height and width.
    stride : int or (int, int), optional
        Defaults to ``kernel_size`` (non-overlapping windows).

    Returns
    -------
    ndarray of shape (N, C, H_out, W_out)

    Notes
    -----
    .. math:: y[n, c, i, j] = \max_{0 \le m < k_H,\ 0 \le k < k_W} x[n, c, S i + m, S j + k]

    笔记：[[卷积神经网络]]
    """
    kernel = _pair(kernel_size)
    windows = _windows(np.asarray(x, dtype=float), kernel, _pair(stride if stride is not None else kernel))
    return windows.max(axis=(-2, -1))


def avg_pool2d(x: ArrayLike, kernel_size, stride=None) -> np.ndarray:
    r"""Mean over each ``kernel_size`` window, like ``torch.nn.functional.avg_pool2d`` (no padding).

    Parameters
    ----------
    x : array_like of shape (N, C, H, W)
        Feature maps.
    kernel_size : int or (int, int)
        Window height and width.
    stride : int or (int, int), optional
        Defaults to ``kernel_size``.

    Returns
    -------
    ndarray of shape (N, C, H_out, W_out)

    Notes
    -----
    .. math:: y[n, c, i, j] = \frac{1}{k_H k_W}\sum_{m, k} x[n, c, S i + m, S j + k]

    笔记：[[卷积神经网络]]
    """
    kernel = _pair(kernel_size)
    windows = _windows(np.asarray(x, dtype=float), kernel, _pair(stride if stride is not None else kernel))
    return windows.mean(axis=(-2, -1))
