"""RNN and LSTM cells vs torch.nn.RNNCell / LSTMCell with copied weights (float64)."""

import numpy as np
import pytest
import torch

from mlvault.nn.activations import sigmoid
from mlvault.nn.rnn import lstm_cell, rnn_cell


def weights(cell):
    return [p.detach().numpy() for p in (cell.weight_ih, cell.weight_hh, cell.bias_ih, cell.bias_hh)]


@pytest.mark.parametrize("batch", [None, 1, 5])
def test_rnn_cell_matches_torch(batch):
    torch.manual_seed(0)
    cell = torch.nn.RNNCell(3, 4, dtype=torch.float64)
    rng = np.random.default_rng(0)
    shape = () if batch is None else (batch,)
    x, h = rng.normal(size=shape + (3,)), rng.normal(size=shape + (4,))
    with torch.no_grad():
        ref = cell(torch.tensor(x), torch.tensor(h)).numpy()
    np.testing.assert_allclose(rnn_cell(x, h, *weights(cell)), ref, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("batch", [None, 1, 5])
def test_lstm_cell_matches_torch(batch):
    torch.manual_seed(1)
    cell = torch.nn.LSTMCell(3, 4, dtype=torch.float64)
    rng = np.random.default_rng(1)
    shape = () if batch is None else (batch,)
    x, h, c = rng.normal(size=shape + (3,)), rng.normal(size=shape + (4,)), rng.normal(size=shape + (4,))
    with torch.no_grad():
        h_ref, c_ref = cell(torch.tensor(x), (torch.tensor(h), torch.tensor(c)))
    h_new, c_new = lstm_cell(x, h, c, *weights(cell))
    np.testing.assert_allclose(h_new, h_ref.numpy(), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(c_new, c_ref.numpy(), rtol=1e-12, atol=1e-14)


def test_lstm_concatenated_form_of_the_seed():
    # f = sigma(W_f [h, x] + b_f) ... with W = [W_hh, W_ih] and b = b_ih + b_hh, gates in order i, f, g, o
    rng = np.random.default_rng(2)
    n_in, n_h = 2, 3
    W_ih, W_hh = rng.normal(size=(4 * n_h, n_in)), rng.normal(size=(4 * n_h, n_h))
    b_ih, b_hh = rng.normal(size=4 * n_h), rng.normal(size=4 * n_h)
    x, h, c = rng.normal(size=n_in), rng.normal(size=n_h), rng.normal(size=n_h)
    W, b, hx = np.hstack([W_hh, W_ih]), b_ih + b_hh, np.concatenate([h, x])
    i, f, g, o = (W[k * n_h:(k + 1) * n_h] @ hx + b[k * n_h:(k + 1) * n_h] for k in range(4))
    C = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    h_new, c_new = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)
    np.testing.assert_allclose(c_new, C)
    np.testing.assert_allclose(h_new, sigmoid(o) * np.tanh(C))


def test_rnn_uses_tanh_not_sigmoid():
    # CV-01: h_t = tanh(...), hidden state can be negative
    h = rnn_cell(np.array([-5.0]), np.zeros(1), [[1.0]], [[0.0]], [0.0], [0.0])
    np.testing.assert_allclose(h, np.tanh(-5.0))


def test_rnn_sequence_matches_torch_rnn():
    torch.manual_seed(3)
    rnn = torch.nn.RNN(2, 3, dtype=torch.float64)
    xs = np.random.default_rng(3).normal(size=(6, 4, 2))  # (time, batch, features)
    with torch.no_grad():
        _, h_ref = rnn(torch.tensor(xs))
    W_ih, W_hh, b_ih, b_hh = (p.detach().numpy() for p in rnn.parameters())
    h = np.zeros((4, 3))
    for x in xs:
        h = rnn_cell(x, h, W_ih, W_hh, b_ih, b_hh)
    np.testing.assert_allclose(h, h_ref[0].numpy(), rtol=1e-12, atol=1e-14)
