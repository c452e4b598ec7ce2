"""conv2d and pooling vs torch.nn.functional (float64), scipy.signal, and the size/parameter formulas."""

import itertools

import numpy as np
import pytest
import torch
from scipy import signal

from mlvault.nn.conv import avg_pool2d, conv2d, conv_output_size, conv_param_count, max_pool2d

F = torch.nn.functional


@pytest.mark.parametrize("stride, padding", list(itertools.product([1, 2, 3, (1, 2)], [0, 1, 2, (2, 0)])))
def test_conv2d_matches_torch(stride, padding):
    rng = np.random.default_rng(0)
    x, w, b = rng.normal(size=(2, 3, 9, 8)), rng.normal(size=(4, 3, 3, 2)), rng.normal(size=4)
    ref = F.conv2d(torch.tensor(x), torch.tensor(w), torch.tensor(b), stride=stride, padding=padding)
    out = conv2d(x, w, b, stride=stride, padding=padding)
    assert out.shape == tuple(ref.shape)
    np.testing.assert_allclose(out, ref.numpy(), rtol=1e-12, atol=1e-12)


def test_conv2d_is_cross_correlation_not_convolution():
    # ER-07 / ER-41: the CNN "convolution" is scipy's correlate2d, not convolve2d
    rng = np.random.default_rng(1)
    S, K = rng.normal(size=(6, 6)), rng.normal(size=(3, 3))
    out = conv2d(S[None, None], K[None, None])[0, 0]
    np.testing.assert_allclose(out, signal.correlate2d(S, K, mode="valid"), atol=1e-12)
    assert not np.allclose(out, signal.convolve2d(S, K, mode="valid"))
    np.testing.assert_allclose(conv2d(S[None, None], K[::-1, ::-1][None, None])[0, 0],
                               signal.convolve2d(S, K, mode="valid"), atol=1e-12)


def test_conv2d_hand_case():
    x = np.arange(9.0).reshape(1, 1, 3, 3)
    w = np.array([[[[1.0, 0.0], [0.0, -1.0]]]])
    np.testing.assert_array_equal(conv2d(x, w)[0, 0], [[-4, -4], [-4, -4]])


@pytest.mark.parametrize("W, F_, P, S", list(itertools.product([7, 28, 32], [1, 3, 5], [0, 1, 2], [1, 2, 3])))
def test_output_size_matches_torch_conv2d(W, F_, P, S):
    layer = torch.nn.Conv2d(1, 1, F_, stride=S, padding=P)
    with torch.no_grad():
        shape = layer(torch.zeros(1, 1, W, W)).shape
    assert conv_output_size(W, F_, P, S) == shape[-1]


@pytest.mark.parametrize("F_, C_in, C_out", [(1, 1, 1), (3, 1, 1), (3, 3, 16), (5, 16, 32)])
def test_param_count_matches_torch(F_, C_in, C_out):
    layer = torch.nn.Conv2d(C_in, C_out, F_)
    assert conv_param_count(F_, C_in, C_out) == sum(p.numel() for p in layer.parameters())
    layer = torch.nn.Conv2d(C_in, C_out, F_, bias=False)
    assert conv_param_count(F_, C_in, C_out, bias=False) == sum(p.numel() for p in layer.parameters())


def test_seed_example_28_to_26_with_10_parameters():
    assert conv_output_size(28, 3) == 26 and conv_param_count(3, 1, 1) == 10


@pytest.mark.parametrize("k, s", [(2, None), (3, None), (3, 1), (2, 3), ((2, 3), (1, 2))])
def test_pooling_matches_torch(k, s):
    x = np.random.default_rng(2).normal(size=(2, 3, 9, 10))
    t = torch.tensor(x)
    np.testing.assert_allclose(max_pool2d(x, k, s), F.max_pool2d(t, k, s).numpy())
    np.testing.assert_allclose(avg_pool2d(x, k, s), F.avg_pool2d(t, k, s).numpy(), rtol=1e-13)


def test_pooling_hand_case():
    x = np.array([[1.0, 2, 5, 6], [3, 4, 7, 8], [0, 0, 1, 1], [0, 4, 1, 1]])[None, None]
    np.testing.assert_array_equal(max_pool2d(x, 2)[0, 0], [[4, 8], [4, 1]])
    np.testing.assert_array_equal(avg_pool2d(x, 2)[0, 0], [[2.5, 6.5], [1, 1]])
