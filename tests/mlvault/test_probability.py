"""mlvault.probability against scipy.stats, exact fractions and hand-computed cases."""

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import integrate, stats

from mlvault.probability import (
    bayes_posterior,
    bernoulli_pmf,
    dirichlet_pdf,
    gaussian_pdf,
    map_bernoulli,
    mle_gaussian,
    multivariate_gaussian_logpdf,
    multivariate_gaussian_pdf,
    poisson_pmf,
)

unit = st.floats(0.0, 1.0)
open_unit = st.floats(1e-6, 1 - 1e-6)


# --- Bayes ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "fpr, expected",
    [(Fraction(2, 100), Fraction(1, 3)), (Fraction(5, 100), Fraction(1, 6))],
)
def test_bayes_disease_examples_exact(fpr, expected):
    assert bayes_posterior(Fraction(1, 100), Fraction(99, 100), fpr) == expected


def test_bayes_matches_direct_count_on_a_population():
    # 10 000 people, 100 ill: 99 true positives, 9 900 × 5 % = 495 false positives.
    assert bayes_posterior(0.01, 0.99, 0.05) == pytest.approx(99 / (99 + 495), rel=1e-12)


def test_bayes_broadcasts():
    prior = np.array([0.001, 0.01, 0.1])
    out = bayes_posterior(prior, 0.99, 0.02)
    assert out.shape == (3,) and np.all(np.diff(out) > 0)


@settings(max_examples=50, deadline=None)
@given(prior=unit, sens=open_unit, fpr=open_unit)  # P(T+) > 0, else undefined
def test_bayes_posterior_is_a_probability(prior, sens, fpr):
    post = bayes_posterior(prior, sens, fpr)
    assert 0.0 <= post <= 1.0
    # The complementary posterior P(¬D | T+) from the same formula makes them sum to 1.
    assert post + bayes_posterior(1 - prior, fpr, sens) == pytest.approx(1.0)


# --- pmfs and pdfs against scipy.stats -------------------------------------------------------------
@pytest.mark.parametrize("p", [0.0, 0.3, 0.5, 1.0])
def test_bernoulli_pmf_matches_scipy(p):
    x = np.array([-1, 0, 1, 2, 0.5])
    np.testing.assert_allclose(bernoulli_pmf(x, p), stats.bernoulli.pmf(x, p), atol=1e-15)


def test_bernoulli_pmf_hand_case():
    np.testing.assert_allclose(bernoulli_pmf([0, 1], 0.3), [0.7, 0.3])


@pytest.mark.parametrize("mu, sigma", [(0.0, 1.0), (2.5, 0.3), (-4.0, 10.0)])
def test_gaussian_pdf_matches_scipy(mu, sigma):
    x = np.linspace(-20, 20, 401)
    np.testing.assert_allclose(gaussian_pdf(x, mu, sigma), stats.norm.pdf(x, mu, sigma), rtol=1e-12, atol=0)


def test_gaussian_pdf_peak_and_bad_sigma():
    assert gaussian_pdf(0.0) == pytest.approx(1 / np.sqrt(2 * np.pi))
    with pytest.raises(ValueError):
        gaussian_pdf(0.0, 0.0, 0.0)


@settings(max_examples=50, deadline=None)
@given(mu=st.floats(-5, 5), sigma=st.floats(0.05, 5))
def test_gaussian_pdf_integrates_to_one(mu, sigma):
    total, _ = integrate.quad(gaussian_pdf, mu - 12 * sigma, mu + 12 * sigma, args=(mu, sigma), points=[mu])
    assert total == pytest.approx(1.0, abs=1e-8)


@pytest.mark.parametrize("d", [1, 2, 5])
def test_multivariate_gaussian_matches_scipy(d):
    rng = np.random.default_rng(d)
    A = rng.standard_normal((d, d))
    cov = A @ A.T + 0.5 * np.eye(d)
    mean = rng.standard_normal(d)
    X = rng.standard_normal((30, d)) * 3
    ref = stats.multivariate_normal(mean, cov)
    np.testing.assert_allclose(multivariate_gaussian_logpdf(X, mean, cov), ref.logpdf(X), rtol=1e-12)
    np.testing.assert_allclose(multivariate_gaussian_pdf(X, mean, cov), ref.pdf(X), rtol=1e-11)
    assert multivariate_gaussian_logpdf(X[0], mean, cov) == pytest.approx(ref.logpdf(X[0]), rel=1e-12)


def test_multivariate_gaussian_log_space_does_not_underflow():
    far = np.full((1, 3), 60.0)
    assert multivariate_gaussian_pdf(far, np.zeros(3), np.eye(3))[0] == 0.0
    logp = multivariate_gaussian_logpdf(far, np.zeros(3), np.eye(3))
    np.testing.assert_allclose(logp, stats.multivariate_normal(np.zeros(3), np.eye(3)).logpdf(far))


def test_multivariate_gaussian_rejects_non_positive_definite():
    with pytest.raises(np.linalg.LinAlgError):
        multivariate_gaussian_logpdf(np.zeros((1, 2)), np.zeros(2), np.array([[1.0, 2.0], [2.0, 1.0]]))


@pytest.mark.parametrize("lam", [0.0, 0.5, 2.5, 40.0])
def test_poisson_pmf_matches_scipy(lam):
    k = np.array([-1, 0, 1, 2, 3, 2.5, 10, 100])
    np.testing.assert_allclose(poisson_pmf(k, lam), stats.poisson.pmf(k, lam), rtol=1e-12, atol=1e-300)


def test_poisson_hand_case_er04():
    # λ = 2.5, k = 2: 2.5² e^{-2.5} / 2
    assert poisson_pmf(2, 2.5) == pytest.approx(2.5**2 * np.exp(-2.5) / 2, rel=1e-14)


@settings(max_examples=50, deadline=None)
@given(lam=st.floats(0.0, 30.0))
def test_poisson_pmf_sums_to_one(lam):
    assert poisson_pmf(np.arange(200), lam).sum() == pytest.approx(1.0, abs=1e-12)


@settings(max_examples=50, deadline=None)
@given(p=unit)
def test_bernoulli_pmf_sums_to_one(p):
    assert bernoulli_pmf([0, 1], p).sum() == pytest.approx(1.0)


@pytest.mark.parametrize("alpha", [[1.0, 1.0, 1.0], [0.5, 2.0, 3.0], [10.0, 1.0]])
def test_dirichlet_pdf_matches_scipy(alpha):
    rng = np.random.default_rng(0)
    x = rng.dirichlet(alpha, size=20)
    np.testing.assert_allclose(dirichlet_pdf(x, alpha), stats.dirichlet.pdf(x.T, alpha), rtol=1e-10)


def test_dirichlet_uniform_is_constant_and_integrates_to_one():
    # Dir(1,1,1) is uniform on the 2-simplex, whose area (in (θ1, θ2) coordinates) is 1/2: density 2.
    np.testing.assert_allclose(dirichlet_pdf([[0.2, 0.3, 0.5], [0.6, 0.1, 0.3]], [1, 1, 1]), [2.0, 2.0])
    alpha = np.array([2.0, 3.0, 1.5])
    total, _ = integrate.dblquad(
        lambda t2, t1: dirichlet_pdf([t1, t2, 1 - t1 - t2], alpha), 0, 1, 0, lambda t1: 1 - t1
    )
    assert total == pytest.approx(1.0, abs=1e-6)


def test_dirichlet_rejects_points_off_the_simplex():
    with pytest.raises(ValueError):
        dirichlet_pdf([0.5, 0.6], [1.0, 1.0])
    with pytest.raises(ValueError):
        dirichlet_pdf([0.5, 0.5], [1.0, 0.0])


# --- estimators ------------------------------------------------------------------------------------
def test_mle_gaussian_matches_scipy_norm_fit():
    x = np.random.default_rng(1).normal(3.0, 2.0, size=500)
    mu, sigma2 = mle_gaussian(x)
    loc, scale = stats.norm.fit(x)
    assert mu == pytest.approx(loc, rel=1e-12)
    assert sigma2 == pytest.approx(scale**2, rel=1e-10)
    assert sigma2 == pytest.approx(np.var(x, ddof=0), rel=1e-12)


def test_mle_gaussian_hand_case():
    assert mle_gaussian([1.0, 2.0, 3.0, 4.0]) == pytest.approx((2.5, 1.25))


def test_mle_gaussian_maximises_the_likelihood():
    x = np.random.default_rng(2).normal(size=50)
    mu, sigma2 = mle_gaussian(x)
    best = stats.norm.logpdf(x, mu, np.sqrt(sigma2)).sum()
    for dmu, ds in [(0.01, 0), (-0.01, 0), (0, 0.01), (0, -0.01)]:
        assert stats.norm.logpdf(x, mu + dmu, np.sqrt(sigma2) + ds).sum() < best


def test_map_bernoulli_closed_form_equals_grid_argmax():
    x = np.array([1] * 7 + [0] * 3)  # k = 7, n = 10
    assert map_bernoulli(x, 2, 2) == pytest.approx(8 / 12)
    grid = np.linspace(0.0005, 0.9995, 1999)
    log_post = stats.binom.logpmf(7, 10, grid) + stats.beta.logpdf(grid, 2, 2)
    assert grid[np.argmax(log_post)] == pytest.approx(2 / 3, abs=5e-4)
    assert map_bernoulli(x, 1, 1) == pytest.approx(0.7)  # a uniform prior gives the MLE


@settings(max_examples=50, deadline=None)
@given(
    x=st.lists(st.integers(0, 1), min_size=1, max_size=40),
    a=st.floats(1.0, 20.0),
    b=st.floats(1.0, 20.0),
)
def test_map_bernoulli_is_the_beta_posterior_mode(x, a, b):
    x = np.array(x)
    k, n = x.sum(), x.size
    if n + a + b <= 2:
        return
    p = map_bernoulli(x, a, b)
    assert 0.0 <= p <= 1.0
    post = stats.beta(k + a, n - k + b)
    if 0 < p < 1:
        assert post.logpdf(p) >= max(post.logpdf(np.clip([p - 1e-3, p + 1e-3], 1e-12, 1 - 1e-12))) - 1e-9


def test_map_bernoulli_rejects_bad_input():
    with pytest.raises(ValueError):
        map_bernoulli([0, 2], 2, 2)
    with pytest.raises(ValueError):
        map_bernoulli([1], 0.5, 2)


# --- claims of the notes that scikit-learn checks (snippets may not import it) ----------------------
def test_gaussian_prior_map_is_sklearn_ridge():
    """EX-17: with noise N(0, σ²) and prior w ~ N(0, τ²I), the MAP weights are Ridge with α = σ²/τ²."""
    from scipy import optimize
    from sklearn.linear_model import Ridge

    rng = np.random.default_rng(0)
    X = rng.standard_normal((50, 3))
    y = X @ np.array([1.5, -2.0, 0.5]) + rng.normal(scale=0.5, size=50)
    sigma, tau = 0.5, 0.25

    def neg_log_posterior(w):
        return -(stats.norm.logpdf(y, X @ w, sigma).sum() + stats.norm.logpdf(w, 0, tau).sum())

    w_map = optimize.minimize(neg_log_posterior, np.zeros(3), method="BFGS", options={"gtol": 1e-10}).x
    ridge = Ridge(alpha=sigma**2 / tau**2, fit_intercept=False).fit(X, y)
    np.testing.assert_allclose(w_map, ridge.coef_, atol=1e-6)


def test_square_dependence_has_zero_correlation_but_positive_mutual_information():
    """EX-18: y = x² on U(-1, 1) — Pearson ρ ≈ 0, while the mutual information is clearly positive."""
    from sklearn.feature_selection import mutual_info_regression

    x = np.random.default_rng(0).uniform(-1, 1, size=2000)
    y = x**2
    assert abs(stats.pearsonr(x, y)[0]) < 0.06
    assert mutual_info_regression(x[:, None], y, random_state=0)[0] > 1.0


# --- claims of the rewritten notes (teaching depth II) ---------------------------------------------
@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_sequential_bayes_updates_multiply_the_odds(k):
    """贝叶斯定理, 练习 4: k independent positives multiply the prior odds 1/99 by the ratio 0.99/0.02."""
    post = Fraction(1, 100)
    for _ in range(k):
        post = bayes_posterior(post, Fraction(99, 100), Fraction(2, 100))
    assert post / (1 - post) == Fraction(99, 2) ** k / 99  # exact: Fractions all the way
    assert (post > Fraction(99, 100)) == (k >= 3)


@pytest.mark.parametrize(
    "probs, mean, var",
    [
        ([Fraction(1, 6)] * 6, Fraction(7, 2), Fraction(35, 12)),  # fair die
        ([Fraction(1, 10)] * 5 + [Fraction(1, 2)], Fraction(9, 2), Fraction(13, 4)),  # loaded die (练习 1)
    ],
)
def test_die_moments_match_scipy(probs, mean, var):
    """期望与方差 (EX-15): E X = Σ x P(x) and Var X = E X² − (E X)², exactly and against scipy.stats."""
    faces = range(1, 7)
    assert sum(x * p for x, p in zip(faces, probs)) == mean
    assert sum(x * x * p for x, p in zip(faces, probs)) - mean**2 == var
    die = stats.rv_discrete(values=(list(faces), [float(p) for p in probs]))
    assert die.mean() == pytest.approx(float(mean), rel=1e-12)
    assert die.var() == pytest.approx(float(var), rel=1e-12)
    if len(set(probs)) == 1:
        assert stats.randint(1, 7).var() == pytest.approx(float(var), rel=1e-12)


def test_binned_mutual_information_of_square_is_capped_by_log_bins_and_grows():
    """协方差与相关系数 (EX-18): the B×B histogram MI of y = x² is < ln B and grows as the bins are halved;
    the table-based value equals sklearn's mutual_info_score on the bin labels."""
    from sklearn.metrics import mutual_info_score

    from mlvault.information import mutual_information

    x = np.random.default_rng(0).uniform(-1, 1, size=5000)
    y = x**2
    values = []
    for bins in (5, 10, 20, 40):
        joint, x_edges, y_edges = np.histogram2d(x, y, bins=bins)
        mi = mutual_information(joint)
        # Bin labels as histogram2d assigns them (the last bin is closed on the right).
        x_lab = np.clip(np.digitize(x, x_edges[1:-1]), 0, bins - 1)
        y_lab = np.clip(np.digitize(y, y_edges[1:-1]), 0, bins - 1)
        assert mi == pytest.approx(mutual_info_score(x_lab, y_lab), rel=1e-10)
        assert 0 < mi < np.log(bins)
        values.append(mi)
    assert np.all(np.diff(values) > 0)
