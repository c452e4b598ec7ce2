"""One time step of a vanilla RNN and of an LSTM, with PyTorch's weight layout.

Weights are stored as in ``torch.nn.RNNCell`` / ``torch.nn.LSTMCell``: ``W_ih`` acts on the input,
``W_hh`` on the previous hidden state, and there are two biases. The LSTM stacks its four gates in the
order (i, f, g, o) along the first axis of ``W_ih``, ``W_hh`` and the biases. A batch of inputs is one
matrix product per weight; a sequence is a loop over time steps (never over samples).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from mlvault.nn.activations import sigmoid

__all__ = ["rnn_cell", "lstm_cell"]


def rnn_cell(x: ArrayLike, h: ArrayLike, W_ih: ArrayLike, W_hh: ArrayLike, b_ih: ArrayLike,
             b_hh: ArrayLike) -> np.ndarray:
    r"""One step of an Elman RNN with tanh, like ``torch.nn.RNNCell``.

    Parameters
    ----------
    x : array_like of shape (batch, input_size) or (input_size,)
        Input at time t.
    h : array_like of shape (batch, hidden_size) or (hidden_size,)
        Hidden state at time t - 1.
    W_ih : array_like of shape (hidden_size, input_size)
        Input-to-hidden weights :math:`W_{xh}` (``RNNCell.weight_ih``).
    W_hh : array_like of shape (hidden_size, hidden_size)
        Hidden-to-hidden (recurrent) weights (``RNNCell.weight_hh``).
    b_ih, b_hh : array_like of shape (hidden_size,)
        The two biases of PyTorch's cell.

    Returns
    -------
    ndarray, same shape as ``h``
        The new hidden state :math:`h_t`.

    Notes
    -----
    .. math:: h_t = \tanh(W_{hh} h_{t-1} + W_{ih} x_t + b_{hh} + b_{ih})

    The two biases only ever appear as their sum :math:`b_h = b_{ih} + b_{hh}`.
    笔记：[[循环神经网络与LSTM]]
    """
    x, h = np.asarray(x, dtype=float), np.asarray(h, dtype=float)
    return np.tanh(x @ np.asarray(W_ih).T + h @ np.asarray(W_hh).T + b_ih + b_hh)


def lstm_cell(x: ArrayLike, h: ArrayLike, c: ArrayLike, W_ih: ArrayLike, W_hh: ArrayLike, b_ih: ArrayLike,
              b_hh: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    r"""One step of an LSTM, like ``torch.nn.LSTMCell`` (gate order i, f, g, o).

    Parameters
    ----------
    x : array_like of shape (batch, input_size) or (input_size,)
        Input at time t.
    h : array_like of shape (batch, hidden_size) or (hidden_size,)
        Hidden state at time t - 1.
    c : array_like, same shape as ``h``
        Cell state at time t - 1.
    W_ih : array_like of shape (4 * hidden_size, input_size)
        Input weights of the gates i, f, g, o stacked in that order (``LSTMCell.weight_ih``).
    W_hh : array_like of shape (4 * hidden_size, hidden_size)
        Recurrent weights, same stacking (``LSTMCell.weight_hh``).
    b_ih, b_hh : array_like of shape (4 * hidden_size,)
        The two biases, same stacking.

    Returns
    -------
    h_new, c_new : ndarray, same shape as ``h``
        Hidden state :math:`h_t` and cell state :math:`C_t`.

    Notes
    -----
    With :math:`[W_{hh}, W_{ih}]` acting on :math:`[h_{t-1}, x_t]` and :math:`b = b_{ih} + b_{hh}`, split
    into four blocks:

    .. math::
        i_t = \sigma(W_i [h_{t-1}, x_t] + b_i), \quad
        f_t = \sigma(W_f [h_{t-1}, x_t] + b_f), \quad
        \tilde C_t = \tanh(W_C [h_{t-1}, x_t] + b_C), \quad
        o_t = \sigma(W_o [h_{t-1}, x_t] + b_o)

    .. math:: C_t = f_t \odot C_{t-1} + i_t \odot \tilde C_t, \qquad h_t = o_t \odot \tanh C_t

    笔记：[[循环神经网络与LSTM]]
    """
    x, h, c = (np.asarray(a, dtype=float) for a in (x, h, c))
    gates = x @ np.asarray(W_ih).T + h @ np.asarray(W_hh).T + b_ih + b_hh
    i, f, g, o = np.split(gates, 4, axis=-1)
    c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    return sigmoid(o) * np.tanh(c_new), c_new
