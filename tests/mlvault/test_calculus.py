"""mlvault.calculus against analytic derivatives, torch.autograd (float64) and scipy.optimize."""

import numpy as np
import pytest
import scipy.optimize
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlvault.calculus import gradient_check, numerical_derivative, numerical_gradient

X = np.array([0.3, 0.7, 1.5, 2.0, 4.0])

# (numpy function, its analytic derivative, torch twin): the table of common derivatives, plus a few more
TABLE = [
    (lambda x: 3 * x, lambda x: np.full_like(x, 3.0), lambda t: 3 * t),  # ax -> a
    (lambda x: x**4, lambda x: 4 * x**3, lambda t: t**4),  # x^n -> n x^(n-1)
    (lambda x: x + 7, lambda x: np.ones_like(x), lambda t: t + 7),  # x + c -> 1
    (np.exp, np.exp, torch.exp),  # e^x -> e^x
    (np.log, lambda x: 1 / x, torch.log),  # ln x -> 1/x
    (np.sin, np.cos, torch.sin),
    (lambda x: np.sin(x**2), lambda x: 2 * x * np.cos(x**2), lambda t: torch.sin(t**2)),  # chain rule
    (lambda x: x * np.exp(x), lambda x: (1 + x) * np.exp(x), lambda t: t * torch.exp(t)),  # product rule
]


@pytest.mark.parametrize("f, df, f_torch", TABLE)
def test_numerical_derivative_matches_analytic_and_autograd(f, df, f_torch):
    numeric = numerical_derivative(f, X)
    np.testing.assert_allclose(numeric, df(X), rtol=1e-8)
    t = torch.tensor(X, dtype=torch.float64, requires_grad=True)
    (autograd,) = torch.autograd.grad(f_torch(t).sum(), t)
    np.testing.assert_allclose(numeric, autograd.numpy(), rtol=1e-8)


def test_numerical_derivative_shape_and_scalar():
    assert numerical_derivative(np.square, 3.0) == pytest.approx(6.0)
    grid = np.linspace(-1, 1, 12).reshape(3, 4)
    np.testing.assert_allclose(numerical_derivative(np.square, grid), 2 * grid, atol=1e-9)


def test_central_difference_error_is_second_order():
    # halving h divides the truncation error by ~4 (forward differences would give ~2)
    errors = [abs(numerical_derivative(np.exp, 1.0, h) - np.e) for h in (1e-2, 5e-3)]
    assert errors[0] / errors[1] == pytest.approx(4.0, rel=0.01)


def quadratic(A, b):
    return lambda x: 0.5 * x @ A @ x + b @ x


def test_numerical_gradient_quadratic_matches_formula_and_autograd():
    rng = np.random.default_rng(0)
    A, b, x = rng.standard_normal((4, 4)), rng.standard_normal(4), rng.standard_normal(4)
    grad = numerical_gradient(quadratic(A, b), x)
    np.testing.assert_allclose(grad, 0.5 * (A + A.T) @ x + b, rtol=1e-8, atol=1e-10)
    xt = torch.tensor(x, requires_grad=True)
    At, bt = torch.tensor(A), torch.tensor(b)
    (gt,) = torch.autograd.grad(0.5 * xt @ At @ xt + bt @ xt, xt)
    np.testing.assert_allclose(grad, gt.numpy(), rtol=1e-8, atol=1e-10)


def test_numerical_gradient_matches_scipy_on_rosenbrock():
    x = np.array([-1.2, 1.0, 0.5])
    np.testing.assert_allclose(
        numerical_gradient(scipy.optimize.rosen, x), scipy.optimize.rosen_der(x), rtol=1e-7
    )
    np.testing.assert_allclose(
        numerical_gradient(scipy.optimize.rosen, x),
        scipy.optimize.approx_fprime(x, scipy.optimize.rosen, 1e-7),
        rtol=1e-4,
    )


def test_numerical_gradient_of_matrix_argument():
    rng = np.random.default_rng(1)
    W, x, y = rng.standard_normal((2, 3)), rng.standard_normal(3), rng.standard_normal(2)

    def loss(W):
        return 0.5 * np.sum((W @ x - y) ** 2)

    grad = numerical_gradient(loss, W)
    assert grad.shape == W.shape
    np.testing.assert_allclose(grad, np.outer(W @ x - y, x), rtol=1e-8, atol=1e-10)
    assert not np.shares_memory(grad, W)


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, st.integers(1, 6), elements=st.floats(-5, 5)))
def test_numerical_gradient_exact_on_quadratics(x):
    n = x.size
    A = np.arange(n * n, dtype=float).reshape(n, n) / n
    b = np.linspace(-1, 1, n)
    expected = 0.5 * (A + A.T) @ x + b
    np.testing.assert_allclose(numerical_gradient(quadratic(A, b), x), expected, atol=1e-6)


def test_gradient_check_small_for_right_gradient_large_for_wrong_one():
    rng = np.random.default_rng(2)
    A, b, x = rng.standard_normal((5, 5)), rng.standard_normal(5), rng.standard_normal(5)
    f = quadratic(A, b)
    assert gradient_check(f, lambda x: 0.5 * (A + A.T) @ x + b, x) < 1e-7
    assert gradient_check(f, lambda x: A @ x + b, x) > 1e-2  # the classic mistake for non-symmetric A
    # scipy's check_grad (absolute 2-norm) agrees that the right gradient is right
    assert scipy.optimize.check_grad(f, lambda x: 0.5 * (A + A.T) @ x + b, x) < 1e-5


def test_gradient_check_hand_case_and_zero_gradient():
    f = lambda x: np.sum(x**2)
    assert gradient_check(f, lambda x: 2 * x, np.zeros(3)) == 0.0
    # a gradient off by a factor of 2 has relative error |2x - x| / |2x| = 0.5
    assert gradient_check(f, lambda x: x, np.array([1.0, -2.0])) == pytest.approx(0.5, rel=1e-6)
    with pytest.raises(ValueError, match="shape"):
        gradient_check(f, lambda x: np.zeros(2), np.zeros(3))


# --- log_sum_exp ----------------------------------------------------------------------------------------

from scipy.special import logsumexp  # noqa: E402

from mlvault.calculus import log_sum_exp  # noqa: E402


@pytest.mark.parametrize(
    "z",
    [
        [0.0],
        [1.0, 2.0, 3.0],
        [-1000.0, -1001.0],  # naive exp underflows to 0
        [1000.0, 999.0, -5.0],  # naive exp overflows to inf
        np.linspace(-50, 50, 101),
        [-np.inf, 0.0, 2.0],  # a zero probability
    ],
)
def test_log_sum_exp_matches_scipy(z):
    # both compute m + log(sum(exp(z - m))) in float64: agreement to a few ulps of the result
    assert log_sum_exp(z) == pytest.approx(logsumexp(z), rel=1e-14, abs=1e-14)


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_log_sum_exp_axis_matches_scipy(axis):
    z = np.random.default_rng(3).normal(scale=300.0, size=(4, 5))
    np.testing.assert_allclose(log_sum_exp(z, axis=axis), logsumexp(z, axis=axis), rtol=1e-14)


def test_log_sum_exp_hand_cases_and_infinities():
    assert log_sum_exp([0.0, np.log(3.0)]) == pytest.approx(np.log(4.0), rel=1e-15)
    assert log_sum_exp(np.zeros(8)) == pytest.approx(np.log(8.0), rel=1e-15)  # all equal: the upper bound m + log n
    assert log_sum_exp([-np.inf, -np.inf]) == -np.inf
    assert log_sum_exp([np.inf, 1.0]) == np.inf


@settings(max_examples=100, deadline=None)
@given(arrays(np.float64, st.integers(1, 20), elements=st.floats(-1e300, 1e300)))
def test_log_sum_exp_bounds(z):
    # max <= LSE <= max + log n, and the result is finite for finite input however large
    m, n = z.max(), z.size
    value = log_sum_exp(z)
    assert np.isfinite(value)
    assert m - 1e-12 * abs(m) <= value <= m + np.log(n) + 1e-12 * max(1.0, abs(m))
