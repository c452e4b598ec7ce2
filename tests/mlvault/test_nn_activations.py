"""Activations and derivatives vs torch.nn.functional and autograd (float64), plus stability at ±1000."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import special

from mlvault.nn import activations as A

F = torch.nn.functional

# points away from the kink at 0
X = np.concatenate([np.linspace(-6, -0.05, 40), np.linspace(0.05, 6, 40)])

CASES = [
    (A.sigmoid, A.sigmoid_grad, torch.sigmoid),
    (A.tanh, A.tanh_grad, torch.tanh),
    (A.relu, A.relu_grad, F.relu),
    (lambda x: A.leaky_relu(x, 0.1), lambda x: A.leaky_relu_grad(x, 0.1), lambda t: F.leaky_relu(t, 0.1)),
    (lambda x: A.elu(x, 0.7), lambda x: A.elu_grad(x, 0.7), lambda t: F.elu(t, 0.7)),
]
IDS = ["sigmoid", "tanh", "relu", "leaky_relu", "elu"]


def autograd(f_torch, x):
    t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    y = f_torch(t)
    (g,) = torch.autograd.grad(y.sum(), t)
    return y.detach().numpy(), g.numpy()


@pytest.mark.parametrize("f, df, f_torch", CASES, ids=IDS)
def test_value_and_derivative_match_torch(f, df, f_torch):
    y, g = autograd(f_torch, X)
    np.testing.assert_allclose(f(X), y, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(df(X), g, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("f, df, f_torch", CASES, ids=IDS)
def test_derivative_at_kink_follows_torch(f, df, f_torch):
    _, g = autograd(f_torch, np.array([0.0]))
    np.testing.assert_allclose(df(np.array([0.0])), g)


def test_softplus_matches_torch_and_its_derivative_is_sigmoid():
    y, g = autograd(F.softplus, X)
    np.testing.assert_allclose(A.softplus(X), y, rtol=1e-12)
    np.testing.assert_allclose(A.sigmoid(X), g, rtol=1e-12)


def test_relu_grad_is_indicator_not_max_0_1():
    # ER-03: ReLU'(z) = 1[z > 0], not max(0, 1) = 1
    np.testing.assert_array_equal(A.relu_grad([-2, -0.5, 0.5, 3]), [0, 0, 1, 1])


def test_leaky_relu_equals_max_form_only_for_alpha_below_one():
    # CV-13
    x = np.array([-3.0, -1.0, 2.0])
    np.testing.assert_allclose(A.leaky_relu(x, 0.2), np.maximum(0.2 * x, x))
    assert not np.allclose(A.leaky_relu(x, 2.0), np.maximum(2.0 * x, x))


def test_hand_values():
    assert A.sigmoid(0.0) == 0.5
    assert A.sigmoid_grad(0.0) == 0.25
    assert A.tanh_grad(0.0) == 1.0
    np.testing.assert_allclose(A.elu(-np.log(2.0), alpha=2.0), -1.0)
    np.testing.assert_allclose(A.softplus(0.0), np.log(2.0))


@pytest.mark.parametrize(
    "f",
    [A.sigmoid, A.tanh, A.relu, A.leaky_relu, A.elu, A.softplus, A.softmax, A.log_softmax, A.sigmoid_grad,
     A.tanh_grad, A.relu_grad, A.leaky_relu_grad, A.elu_grad, A.softmax_jacobian],
)
def test_no_overflow_at_extremes(f):
    x = np.array([-1000.0, -1.0, 0.0, 1.0, 1000.0])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        assert np.all(np.isfinite(f(x)))


def test_sigmoid_range_is_open_in_moderate_range():
    # ER-47: (0, 1), not [0, 1]
    s = A.sigmoid(np.array([-30.0, 30.0]))
    assert 0 < s[0] and s[1] < 1
    assert -1 < A.tanh(-15.0) and A.tanh(15.0) < 1


def test_softmax_matches_scipy_and_seed_output():
    z = np.array([1.0, 2.0, 3.0])
    np.testing.assert_allclose(A.softmax(z), [0.09003057, 0.24472847, 0.66524096], atol=1e-8)
    Z = np.random.default_rng(0).normal(size=(4, 3, 5))
    for axis in (0, 1, -1):
        np.testing.assert_allclose(A.softmax(Z, axis=axis), special.softmax(Z, axis=axis), rtol=1e-13)
        np.testing.assert_allclose(A.log_softmax(Z, axis=axis), special.log_softmax(Z, axis=axis), rtol=1e-13)


def test_softmax_stable_where_naive_overflows():
    z = np.array([1000.0, 1001.0])
    with np.errstate(over="ignore", invalid="ignore"):
        naive = np.exp(z) / np.exp(z).sum()
    assert np.all(np.isnan(naive))
    np.testing.assert_allclose(A.softmax(z), [1 / (1 + np.e), np.e / (1 + np.e)])


@pytest.mark.parametrize("shape", [(5,), (3, 4), (2, 3, 4)])
def test_softmax_jacobian_matches_autograd(shape):
    z = np.random.default_rng(1).normal(size=shape)
    J = A.softmax_jacobian(z)
    assert J.shape == shape + (shape[-1],)
    flat = z.reshape(-1, shape[-1])
    for row, Jrow in zip(flat, J.reshape(-1, shape[-1], shape[-1])):
        ref = torch.autograd.functional.jacobian(lambda t: torch.softmax(t, -1), torch.tensor(row))
        np.testing.assert_allclose(Jrow, ref.numpy(), atol=1e-14)


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, st.integers(1, 8), elements=st.floats(-500, 500)), st.floats(-100, 100))
def test_softmax_invariants(z, c):
    s = A.softmax(z)
    assert np.isclose(s.sum(), 1.0) and np.all(s >= 0)
    np.testing.assert_allclose(A.softmax(z + c), s, atol=1e-12)  # shift invariance
    J = A.softmax_jacobian(z)
    np.testing.assert_allclose(J.sum(axis=1), 0.0, atol=1e-12)
    np.testing.assert_allclose(J, J.T)


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, st.integers(1, 20), elements=st.floats(-50, 50)))
def test_derivative_identities(x):
    np.testing.assert_allclose(A.sigmoid_grad(x), A.sigmoid(x) * (1 - A.sigmoid(x)))
    np.testing.assert_allclose(A.tanh(x), 2 * A.sigmoid(2 * x) - 1, atol=1e-12)
    neg = x <= 0
    np.testing.assert_allclose(A.elu_grad(x, 1.5)[neg], A.elu(x, 1.5)[neg] + 1.5, atol=1e-12)


@pytest.mark.parametrize("approx_grid", [np.linspace(-8, 8, 161), np.array([-1000.0, -37.5, 0.0, 37.5, 1000.0])])
def test_gelu_matches_torch_exact_gelu_and_autograd(approx_grid):
    # GELU is smooth everywhere (no kink to avoid); float64 erf in both, so agreement to ~1e-15 relative
    y, g = autograd(lambda t: F.gelu(t, approximate="none"), approx_grid)
    np.testing.assert_allclose(A.gelu(approx_grid), y, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(A.gelu_grad(approx_grid), g, rtol=1e-12, atol=1e-15)


def test_gelu_hand_values_and_extremum():
    # GELU(0) = 0, GELU'(0) = Φ(0) = 1/2; GELU(x) → x for large x; the minimum is where Φ(x) + x φ(x) = 0
    assert A.gelu(0.0) == 0.0 and A.gelu_grad(0.0) == 0.5
    np.testing.assert_allclose(A.gelu(10.0), 10.0, rtol=1e-15)
    from scipy.optimize import brentq

    x_min = brentq(A.gelu_grad, -1.0, -0.5)
    np.testing.assert_allclose(x_min, -0.7518, atol=1e-4)
    np.testing.assert_allclose(A.gelu(x_min), -0.1700, atol=1e-4)


def test_cross_entropy_gradient_is_s_minus_y_vs_autograd():
    # ∇_z(−log softmax(z)_k) = softmax(z) − e_k, checked against torch's cross_entropy in float64
    z = np.random.default_rng(2).normal(size=(6, 5))
    labels = np.array([0, 4, 2, 2, 1, 3])
    t = torch.tensor(z, requires_grad=True)
    loss = F.cross_entropy(t, torch.tensor(labels), reduction="sum")
    (g,) = torch.autograd.grad(loss, t)
    np.testing.assert_allclose(A.softmax(z) - np.eye(5)[labels], g.numpy(), atol=1e-14)
    np.testing.assert_allclose(-A.log_softmax(z)[np.arange(6), labels].sum(), loss.item(), rtol=1e-13)
