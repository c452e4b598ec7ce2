"""mlvault.density against scikit-learn (KernelDensity, GaussianMixture) and scipy (gaussian_kde, quad)."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import integrate, stats
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture as SkGaussianMixture
from sklearn.neighbors import KernelDensity as SkKernelDensity

from mlvault.density import GaussianMixture, KernelDensity


def blobs(seed, n=120, d=2, k=3, spread=4.0):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(-spread, spread, size=(k, d))
    labels = rng.integers(k, size=n)
    return centres[labels] + rng.standard_normal((n, d)), labels


# --- KDE -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("kernel", ["gaussian", "epanechnikov"])
@pytest.mark.parametrize("d", [1, 2, 5])
@pytest.mark.parametrize("bandwidth", [0.3, 1.5])
def test_kde_matches_sklearn(kernel, d, bandwidth):
    X, _ = blobs(d, n=200, d=d)
    queries = X[:40] + 0.2
    ours = KernelDensity(bandwidth=bandwidth, kernel=kernel).fit(X).score_samples(queries)
    ref = SkKernelDensity(bandwidth=bandwidth, kernel=kernel).fit(X).score_samples(queries)
    # Where no training point lies within h the Epanechnikov density is exactly 0 (log = -inf); sklearn's
    # tree returns rounding noise there (log ≈ -30), so those points are compared as "numerically 0".
    zero = np.isneginf(ours)
    assert np.all(ref[zero] < np.log(1e-12))
    np.testing.assert_allclose(ours[~zero], ref[~zero], rtol=1e-10)
    assert kernel == "epanechnikov" or not zero.any()


def test_kde_gaussian_matches_scipy_gaussian_kde():
    x = np.random.default_rng(0).normal(size=300)
    h = 0.4
    grid = np.linspace(-4, 4, 50)
    ref = stats.gaussian_kde(x, bw_method=h / x.std(ddof=1)).logpdf(grid)
    np.testing.assert_allclose(KernelDensity(h).fit(x).score_samples(grid), ref, rtol=1e-10)


def test_kde_hand_case_single_point():
    # One training point at 0, h = 2: f(x) = N(x; 0, 4) and the Epanechnikov value (3/4)(1 - u²)/h.
    kde = KernelDensity(bandwidth=2.0).fit([[0.0]])
    np.testing.assert_allclose(np.exp(kde.score_samples([[1.0]])), stats.norm.pdf(1.0, 0, 2))
    epa = KernelDensity(bandwidth=2.0, kernel="epanechnikov").fit([[0.0]])
    np.testing.assert_allclose(np.exp(epa.score_samples([[1.0]])), 0.75 * (1 - 0.25) / 2)
    assert epa.score_samples([[2.5]])[0] == -np.inf  # "0 otherwise" (CV-19)


@pytest.mark.parametrize("kernel", ["gaussian", "epanechnikov"])
def test_kde_integrates_to_one(kernel):
    x = np.array([-1.0, 0.0, 0.5, 3.0])
    kde = KernelDensity(bandwidth=0.7, kernel=kernel).fit(x)
    total, _ = integrate.quad(
        lambda t: np.exp(kde.score_samples([t]))[0], -10, 15, points=list(x), limit=200
    )
    assert total == pytest.approx(1.0, abs=1e-7)


def test_kde_chunking_gives_the_same_result(monkeypatch):
    X, _ = blobs(3, n=50)
    kde = KernelDensity(0.5).fit(X)
    whole = kde.score_samples(X)
    monkeypatch.setattr("mlvault.density._CHUNK_ROWS", 7)
    np.testing.assert_allclose(kde.score_samples(X), whole, rtol=1e-13)


def test_kde_score_is_total_log_likelihood_like_sklearn():
    X, _ = blobs(4, n=60)
    ours = KernelDensity(0.8).fit(X).score(X[:10])
    assert ours == pytest.approx(SkKernelDensity(bandwidth=0.8).fit(X).score(X[:10]), rel=1e-10)


def test_kde_rejects_bad_parameters():
    with pytest.raises(ValueError):
        KernelDensity(kernel="tophat").fit([[0.0]])
    with pytest.raises(ValueError):
        KernelDensity(bandwidth=0.0).fit([[0.0]])


# --- Gaussian mixture ----------------------------------------------------------------------------
def start_point(X, k, seed):
    rng = np.random.default_rng(seed)
    d = X.shape[1]
    A = rng.standard_normal((k, d, d))
    return dict(
        weights_init=rng.dirichlet(np.ones(k)),
        means_init=X[rng.choice(len(X), k, replace=False)],
        precisions_init=A @ A.transpose(0, 2, 1) + np.eye(d),
    )


def sk_fit(X, k, max_iter, tol, init):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return SkGaussianMixture(k, max_iter=max_iter, tol=tol, reg_covar=1e-6, **init).fit(X)


@pytest.mark.parametrize("d, k", [(1, 2), (2, 3), (4, 2), (3, 5)])
def test_one_em_step_matches_sklearn(d, k):
    X, _ = blobs(d + k, n=150, d=d, k=k)
    init = start_point(X, k, seed=d)
    ref = sk_fit(X, k, max_iter=1, tol=0.0, init=init)
    ours = GaussianMixture(k, max_iter=1, tol=0.0, **init).fit(X)
    np.testing.assert_allclose(ours.weights_, ref.weights_, rtol=0, atol=1e-10)
    np.testing.assert_allclose(ours.means_, ref.means_, rtol=0, atol=1e-10)
    np.testing.assert_allclose(ours.covariances_, ref.covariances_, rtol=0, atol=1e-10)
    assert ours.lower_bound_ == pytest.approx(ref.lower_bound_, rel=1e-10)
    assert ours.n_iter_ == 1 and not ours.converged_


def test_full_fit_matches_sklearn_from_the_same_start():
    X, _ = blobs(7, n=300, d=2, k=3)
    init = start_point(X, 3, seed=7)
    ref = sk_fit(X, 3, max_iter=200, tol=1e-6, init=init)
    ours = GaussianMixture(3, max_iter=200, tol=1e-6, **init).fit(X)
    assert ours.converged_ and ref.converged_ and ours.n_iter_ == ref.n_iter_
    np.testing.assert_allclose(ours.means_, ref.means_, atol=1e-8)
    np.testing.assert_allclose(ours.lower_bounds_, ref.lower_bounds_, rtol=1e-10)
    queries = X[:20] + 0.1
    np.testing.assert_allclose(ours.predict_proba(queries), ref.predict_proba(queries), atol=1e-8)
    np.testing.assert_array_equal(ours.predict(queries), ref.predict(queries))
    np.testing.assert_allclose(ours.score_samples(queries), ref.score_samples(queries), rtol=1e-8)
    assert ours.score(queries) == pytest.approx(ref.score(queries), rel=1e-8)


def test_score_samples_is_the_mixture_density():
    gmm = GaussianMixture(2, max_iter=3, random_state=0).fit(blobs(1, n=80, k=2)[0])
    x = np.array([[0.3, -0.2]])
    by_hand = sum(
        w * stats.multivariate_normal(m, c).pdf(x[0])
        for w, m, c in zip(gmm.weights_, gmm.means_, gmm.covariances_)
    )
    assert np.exp(gmm.score_samples(x)[0]) == pytest.approx(by_hand, rel=1e-12)


def test_separated_blobs_are_recovered():
    rng = np.random.default_rng(5)
    centres = np.array([[-6.0, 0.0], [0.0, 6.0], [6.0, 0.0]])
    labels = np.repeat(np.arange(3), 60)
    X = centres[labels] + 0.7 * rng.standard_normal((180, 2))
    gmm = GaussianMixture(3, random_state=0).fit(X)
    pred = gmm.predict(X)
    # the same partition up to renaming the components
    assert len(set(zip(labels, pred))) == 3
    np.testing.assert_allclose(np.sort(gmm.weights_), [1 / 3] * 3, atol=1e-3)
    proba = gmm.predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    np.testing.assert_array_equal(proba.argmax(axis=1), pred)


def test_random_responsibilities_start_is_valid():
    X, _ = blobs(6, n=90)
    gmm = GaussianMixture(3, init_params="random", max_iter=0, random_state=1).fit(X)
    assert gmm.n_iter_ == 0 and not gmm.converged_
    assert gmm.weights_.sum() == pytest.approx(1.0) and np.all(gmm.weights_ > 0.2)  # a near-even split
    np.testing.assert_allclose(gmm.means_, np.broadcast_to(X.mean(axis=0), (3, 2)), atol=0.5)


def test_random_state_makes_the_fit_reproducible():
    X, _ = blobs(2, n=100)
    a = GaussianMixture(3, random_state=42, max_iter=5).fit(X)
    b = GaussianMixture(3, random_state=np.random.default_rng(42), max_iter=5).fit(X)
    np.testing.assert_array_equal(a.means_, b.means_)


def test_gmm_rejects_bad_input():
    with pytest.raises(ValueError):
        GaussianMixture(5).fit(np.zeros((3, 2)))
    with pytest.raises(ValueError):
        GaussianMixture(2, init_params="kmeans").fit(np.random.default_rng(0).normal(size=(10, 2)))


@settings(max_examples=50, deadline=None)
@given(seed=st.integers(0, 10_000), k=st.integers(1, 4), d=st.integers(1, 3))
def test_em_log_likelihood_never_decreases(seed, k, d):
    X = np.random.default_rng(seed).standard_normal((40, d)) * [1.0, 3.0, 0.5][:d]
    gmm = GaussianMixture(k, max_iter=12, tol=0.0, random_state=seed).fit(X)
    assert gmm.n_iter_ == 12
    assert np.all(np.diff(gmm.lower_bounds_) >= -1e-9)
    assert gmm.score(X) >= gmm.lower_bounds_[-1] - 1e-9  # the last M-step did not lower it either


def test_gmm_defaults_to_one_component_the_gaussian_mle():
    """scikit-learn's default n_components=1: the mixture is the maximum-likelihood Gaussian (covariance
    divided by n) plus reg_covar on the diagonal."""
    X = np.random.default_rng(3).normal(size=(50, 2)) @ [[2.0, 0.5], [0.0, 1.0]]
    gmm = GaussianMixture().fit(X)
    np.testing.assert_allclose(gmm.weights_, [1.0])
    np.testing.assert_allclose(gmm.means_[0], X.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(gmm.covariances_[0], np.cov(X.T, bias=True) + 1e-6 * np.eye(2), rtol=1e-10)
