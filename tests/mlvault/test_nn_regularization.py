"""Dropout (statistics, torch semantics), batch norm vs torch.nn.BatchNorm1d, Gaussian KL vs
torch.distributions."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlvault.nn import regularization as R
from mlvault.nn.regularization import batch_norm, dropout, gaussian_kl


@pytest.mark.parametrize("p", [0.1, 0.5, 0.8])
def test_dropout_keep_rate_scaling_and_mean(p):
    rng = np.random.default_rng(0)
    n = 200_000
    x = np.full(n, 3.0)
    y = dropout(x, p, rng)
    kept = y != 0
    assert abs(kept.mean() - (1 - p)) < 4 * np.sqrt(p * (1 - p) / n)
    np.testing.assert_allclose(y[kept], 3.0 / (1 - p))
    assert abs(y.mean() - 3.0) < 4 * 3.0 * np.sqrt(p / (1 - p) / n)


def test_dropout_same_support_as_torch_and_eval_identity():
    x = np.random.default_rng(1).normal(size=(50, 40))
    y = dropout(x, 0.5, np.random.default_rng(2))
    ref = torch.nn.functional.dropout(torch.tensor(x), 0.5, training=True).numpy()
    # masks differ (different RNGs), but the surviving values are x / (1 - p) in both
    for out in (y, ref):
        np.testing.assert_allclose(out[out != 0], 2 * x[out != 0])
    np.testing.assert_array_equal(dropout(x, 0.5, np.random.default_rng(2), training=False), x)
    np.testing.assert_array_equal(dropout(x, 0.0, np.random.default_rng(2)), x)
    with pytest.raises(ValueError):
        dropout(x, 1.0, np.random.default_rng(2))


def test_dropout_reproducible_with_generator():
    x = np.ones(20)
    a, b = dropout(x, 0.3, np.random.default_rng(7)), dropout(x, 0.3, np.random.default_rng(7))
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("eps", [1e-5, 1e-1])
def test_batch_norm_matches_torch_train_mode(eps):
    rng = np.random.default_rng(3)
    x, gamma, beta = rng.normal(2, 3, size=(16, 5)), rng.normal(size=5), rng.normal(size=5)
    bn = torch.nn.BatchNorm1d(5, eps=eps, dtype=torch.float64).train()
    with torch.no_grad():
        bn.weight.copy_(torch.tensor(gamma))
        bn.bias.copy_(torch.tensor(beta))
        ref = bn(torch.tensor(x)).numpy()
    np.testing.assert_allclose(batch_norm(x, gamma, beta, eps), ref, rtol=1e-12, atol=1e-12)


def test_batch_norm_normalises():
    x = np.random.default_rng(4).normal(5, 2, size=(100, 3))
    y = batch_norm(x, np.ones(3), np.zeros(3), eps=0.0)
    np.testing.assert_allclose(y.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(y.var(axis=0), 1)


@pytest.mark.parametrize("shape", [(1,), (4,), (3, 5)])
def test_gaussian_kl_matches_torch_distributions(shape):
    rng = np.random.default_rng(5)
    mu, logvar = rng.normal(size=shape), rng.normal(size=shape)
    q = torch.distributions.Normal(torch.tensor(mu), torch.tensor(np.exp(0.5 * logvar)))
    zeros = torch.zeros(shape, dtype=torch.float64)
    p = torch.distributions.Normal(zeros, torch.ones_like(zeros))
    ref = torch.distributions.kl_divergence(q, p).sum(-1).numpy()
    np.testing.assert_allclose(gaussian_kl(mu, logvar), ref, rtol=1e-12)


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, 3, elements=st.floats(-5, 5)), arrays(np.float64, 3, elements=st.floats(-5, 5)))
def test_gaussian_kl_nonnegative_and_zero_at_prior(mu, logvar):
    assert gaussian_kl(mu, logvar) >= -1e-12
    assert gaussian_kl(np.zeros(3), np.zeros(3)) == 0


@pytest.mark.parametrize("batch, features, eps", [(2, 1, 1e-5), (8, 4, 1e-5), (32, 3, 1e-1)])
def test_batch_norm_backward_matches_autograd(batch, features, eps):
    # float64 on both sides; the closed form and autograd differ only by rounding (~1e-15 relative)
    rng = np.random.default_rng(batch)
    x, dy = rng.normal(3.0, 2.0, size=(2, batch, features))
    gamma, beta = rng.normal(size=(2, features))
    xt = torch.tensor(x, requires_grad=True)
    gt, bt = torch.tensor(gamma, requires_grad=True), torch.tensor(beta, requires_grad=True)
    mu, var = xt.mean(0), xt.var(0, unbiased=False)
    y = gt * (xt - mu) / torch.sqrt(var + eps) + bt
    (y * torch.tensor(dy)).sum().backward()
    dx, dgamma, dbeta = R.batch_norm_backward(dy, x, gamma, eps)
    np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(dgamma, gt.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(dbeta, bt.grad.numpy(), rtol=1e-12)


def test_batch_norm_backward_invariants():
    # the output is invariant to shifting or (positively) scaling a feature, so dx sums to 0 over the batch
    # and is orthogonal to x̂ (with eps = 0 exactly; the tolerance covers rounding only)
    rng = np.random.default_rng(5)
    x, dy = rng.normal(size=(2, 16, 3))
    dx, _, _ = R.batch_norm_backward(dy, x, np.ones(3), eps=0.0)
    x_hat = (x - x.mean(0)) / x.std(0)
    np.testing.assert_allclose(dx.sum(0), 0.0, atol=1e-12)
    np.testing.assert_allclose((dx * x_hat).sum(0), 0.0, atol=1e-12)
