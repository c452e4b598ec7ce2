"""Scaled dot-product attention, the core of the Transformer."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from mlvault.nn.activations import softmax

__all__ = ["scaled_dot_product_attention"]


def scaled_dot_product_attention(Q: ArrayLike, K: ArrayLike, V: ArrayLike,
                                 mask: ArrayLike | None = None) -> tuple[np.ndarray, np.ndarray]:
    r"""Attention output and weights, like ``torch.nn.functional.scaled_dot_product_attention``.

    Parameters
    ----------
    Q : array_like of shape (..., L, d_k)
        Queries, one per output position.
    K : array_like of shape (..., S, d_k)
        Keys, one per input position.
    V : array_like of shape (..., S, d_v)
        Values.
    mask : array_like of bool, broadcastable to (..., L, S), optional
        PyTorch's boolean ``attn_mask``: True means query i **may** attend to key j. Masked scores are set
        to :math:`-\infty` before the softmax, so they get weight exactly 0. Every row needs at least one
        True entry.

    Returns
    -------
    output : ndarray of shape (..., L, d_v)
    weights : ndarray of shape (..., L, S)
        Each row is a probability distribution over the keys.

    Notes
    -----
    .. math::
        \operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\left(\frac{Q K^\top}{\sqrt{d_k}}\right) V

    Dividing by :math:`\sqrt{d_k}` keeps the scores' variance near 1 when the entries of q and k are
    independent with unit variance, so the softmax does not saturate.
    笔记：[[注意力机制]]
    """
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
