"""mlvault.bayesopt against scikit-learn's GaussianProcessRegressor, scipy.stats and Monte Carlo."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF

from mlvault.bayesopt import GaussianProcess, bayes_opt, expected_improvement, rbf_kernel


def objective(x):
    return x * np.sin(3 * np.pi * x) + 0.5 * x


@pytest.mark.parametrize("length_scale", [0.1, 0.5, 2.0])
def test_rbf_kernel_equals_sklearn(length_scale):
    rng = np.random.default_rng(0)
    X1, X2 = rng.normal(size=(7, 3)), rng.normal(size=(4, 3))
    np.testing.assert_allclose(rbf_kernel(X1, X2, length_scale), RBF(length_scale)(X1, X2), atol=1e-14)


def test_rbf_kernel_hand_values():
    # k(0, 1) = exp(-1/2), k(0, 2) = exp(-2) with length scale 1; a 1-D array is n points
    np.testing.assert_allclose(rbf_kernel([0.0], [0.0, 1.0, 2.0]), [[1.0, np.exp(-0.5), np.exp(-2.0)]])


@pytest.mark.parametrize("length_scale, noise, d", [(0.2, 1e-8, 1), (1.0, 1e-3, 2), (0.7, 0.1, 3)])
def test_gp_posterior_equals_sklearn(length_scale, noise, d):
    rng = np.random.default_rng(1)
    X, Xq = rng.uniform(size=(12, d)), rng.uniform(size=(50, d))
    y = np.sin(4 * X).sum(axis=1)
    ours = GaussianProcess(length_scale, noise).fit(X, y)
    ref = GaussianProcessRegressor(RBF(length_scale, "fixed"), alpha=noise, optimizer=None).fit(X, y)
    mean, std = ours.predict(Xq, return_std=True)
    ref_mean, ref_std = ref.predict(Xq, return_std=True)
    np.testing.assert_allclose(mean, ref_mean, atol=1e-8)
    np.testing.assert_allclose(std, ref_std, atol=1e-8)
    np.testing.assert_allclose(ours.predict(Xq), ref_mean, atol=1e-8)


def test_gp_interpolates_and_is_prior_far_away():
    X = np.array([0.1, 0.4, 0.8])
    gp = GaussianProcess(length_scale=0.1, noise=1e-10).fit(X, objective(X))
    mean, std = gp.predict(X, return_std=True)
    np.testing.assert_allclose(mean, objective(X), atol=1e-6)
    np.testing.assert_allclose(std, 0, atol=1e-4)
    far_mean, far_std = gp.predict([[10.0]], return_std=True)
    np.testing.assert_allclose([far_mean[0], far_std[0]], [0.0, 1.0], atol=1e-12)  # prior N(0, 1)


def test_gp_fit_shape_check():
    with pytest.raises(ValueError, match="shape"):
        GaussianProcess().fit(np.zeros((3, 1)), np.zeros(4))


@pytest.mark.parametrize(
    "mu, sigma, best, xi", [(0.3, 0.2, 0.25, 0.0), (0.0, 1.0, 0.5, 0.01), (1.0, 0.05, 1.2, 0.0)]
)
def test_ei_closed_form_equals_monte_carlo(mu, sigma, best, xi):
    samples = stats.norm(mu, sigma).rvs(size=2_000_000, random_state=np.random.default_rng(2))
    monte_carlo = np.maximum(samples - best - xi, 0).mean()
    standard_error = np.maximum(samples - best - xi, 0).std() / np.sqrt(samples.size)
    ei = expected_improvement([mu], [sigma], best, xi)[0]
    assert abs(ei - monte_carlo) < 5 * standard_error + 1e-12


def test_ei_by_hand_and_zero_sigma():
    # mu = best: Z = 0, EI = sigma * phi(0) = sigma / sqrt(2 pi)
    np.testing.assert_allclose(expected_improvement([1.0], [0.5], 1.0), [0.5 / np.sqrt(2 * np.pi)])
    np.testing.assert_array_equal(expected_improvement([2.0, 0.0], [0.0, 0.0], 1.0), [0.0, 0.0])


@settings(max_examples=50, deadline=None)
@given(
    st.floats(-5, 5), st.floats(1e-6, 5), st.floats(-5, 5), st.floats(0, 1),
)
def test_ei_is_nonnegative_and_monotone(mu, sigma, best, xi):
    ei = expected_improvement([mu, mu + 0.1, mu], [sigma, sigma, 2 * sigma], best, xi)
    assert np.all(ei >= 0)
    assert ei[1] >= ei[0] - 1e-15  # a higher mean never lowers EI
    assert ei[2] >= ei[0] - 1e-15  # more uncertainty never lowers EI
    assert ei[0] >= max(mu - best - xi, 0) - 1e-12  # EI >= the improvement of the mean (Jensen)


def test_bayes_opt_seed_demo_reaches_grid_maximum():
    grid = np.linspace(0, 1, 1001)
    result = bayes_opt(objective, (0.0, 1.0), n_init=5, n_iter=8, random_state=0)
    assert result.X.shape == result.y.shape == (13,)
    np.testing.assert_allclose(result.y, objective(result.X))
    assert result.y_best == result.y.max() and objective(result.x_best) == result.y_best
    assert result.y_best > objective(grid).max() - 1e-2


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bayes_opt_is_reproducible_and_uses_the_generator(seed):
    a = bayes_opt(objective, (0.0, 1.0), n_init=3, n_iter=2, random_state=seed)
    b = bayes_opt(objective, (0.0, 1.0), n_init=3, n_iter=2, random_state=np.random.default_rng(seed))
    np.testing.assert_array_equal(a.X, b.X)
    np.testing.assert_array_equal(a.X[:3], np.random.default_rng(seed).uniform(0, 1, 3))
