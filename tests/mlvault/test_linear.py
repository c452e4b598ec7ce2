"""mlvault.linear against numpy.linalg.lstsq and sklearn.linear_model (oracles), hand cases and invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal
from scipy.optimize import approx_fprime
from sklearn import linear_model as sk
from sklearn.metrics import log_loss

from mlvault.linear import Lasso, LinearRegression, LogisticRegression, Ridge, soft_threshold


def regression_data(seed=0, n=80, p=4, noise=0.3):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, p)) * [1, 3, 0.5, 2][:p] + 1.0
    y = X @ np.array([1.5, -2.0, 0.0, 0.7])[:p] + 4.0 + noise * rng.normal(size=n)
    return X, y


def test_hand_case_line_through_three_points():
    # y = 1 + 2x exactly
    X, y = np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0])
    for model in (LinearRegression(), LinearRegression("gd", lr=0.3, n_iter=2000)):
        model.fit(X, y)
        assert_allclose(model.coef_, [2.0], atol=1e-8)
        assert model.intercept_ == pytest.approx(1.0, abs=1e-8)


@pytest.mark.parametrize("fit_intercept", [True, False])
@pytest.mark.parametrize("seed", [0, 1])
def test_normal_equation_matches_lstsq_and_sklearn(fit_intercept, seed):
    X, y = regression_data(seed)
    model = LinearRegression(fit_intercept=fit_intercept).fit(X, y)
    ref = sk.LinearRegression(fit_intercept=fit_intercept).fit(X, y)
    assert_allclose(model.coef_, ref.coef_, rtol=1e-10, atol=1e-12)
    assert_allclose(model.intercept_, ref.intercept_, atol=1e-10)
    A = np.column_stack([np.ones(len(X)), X]) if fit_intercept else X
    beta = np.linalg.lstsq(A, y, rcond=None)[0]
    assert_allclose(model.coef_, beta[1:] if fit_intercept else beta, rtol=1e-10)
    assert_allclose(model.predict(X), ref.predict(X), rtol=1e-10)


def test_multi_target_regression_matches_sklearn():
    X, y = regression_data(2)
    Y = np.column_stack([y, -y + X[:, 0]])
    for ours, ref in ((LinearRegression(), sk.LinearRegression()), (Ridge(2.0), sk.Ridge(alpha=2.0))):
        ours.fit(X, Y), ref.fit(X, Y)
        assert ours.coef_.shape == ref.coef_.shape == (2, 4)
        assert_allclose(ours.coef_, ref.coef_, rtol=1e-10)
        assert_allclose(ours.intercept_, ref.intercept_, rtol=1e-10)


def test_gradient_descent_converges_to_the_normal_equation_and_loss_decreases():
    X, y = regression_data(3)
    X = (X - X.mean(0)) / X.std(0)  # scaled features: GD converges fast
    gd = LinearRegression("gd", lr=0.1, n_iter=3000).fit(X, y)
    exact = LinearRegression().fit(X, y)
    assert_allclose(gd.coef_, exact.coef_, atol=1e-8)
    assert gd.intercept_ == pytest.approx(exact.intercept_, abs=1e-8)
    assert np.all(np.diff(gd.loss_curve_) <= 1e-12)
    assert gd.loss_curve_[0] == pytest.approx(np.mean(y**2) / 2)  # J(0) = ||y||² / 2m


def test_gradient_descent_without_intercept_and_bad_method():
    X, y = regression_data(4)
    gd = LinearRegression("gd", lr=0.02, n_iter=5000, fit_intercept=False).fit(X, y)
    assert_allclose(gd.coef_, np.linalg.lstsq(X, y, rcond=None)[0], atol=1e-6)
    with pytest.raises(ValueError):
        LinearRegression("inverse").fit(X, y)


@pytest.mark.parametrize("alpha", [0.0, 0.5, 10.0, 1000.0])
@pytest.mark.parametrize("fit_intercept", [True, False])
def test_ridge_matches_sklearn_and_closed_form(alpha, fit_intercept):
    X, y = regression_data(5)
    model = Ridge(alpha, fit_intercept=fit_intercept).fit(X, y)
    ref = sk.Ridge(alpha=alpha, fit_intercept=fit_intercept, solver="cholesky").fit(X, y)
    assert_allclose(model.coef_, ref.coef_, rtol=1e-9, atol=1e-12)
    assert_allclose(model.intercept_, ref.intercept_, atol=1e-9)
    if not fit_intercept:
        assert_allclose(model.coef_, np.linalg.solve(X.T @ X + alpha * np.eye(4), X.T @ y), rtol=1e-9)


def test_ridge_shrinks_the_weights_monotonically():
    X, y = regression_data(6)
    norms = [np.linalg.norm(Ridge(a).fit(X, y).coef_) for a in (0, 1, 10, 100, 1e4)]
    assert np.all(np.diff(norms) < 0)


def test_soft_threshold_hand_values():
    assert_allclose(soft_threshold([-3.0, -0.5, 0.0, 0.5, 3.0], 1.0), [-2.0, 0.0, 0.0, 0.0, 2.0])


@pytest.mark.parametrize("alpha", [0.01, 0.1, 0.5, 2.0])
@pytest.mark.parametrize("seed", [0, 1])
def test_lasso_matches_sklearn(alpha, seed):
    X, y = regression_data(seed)
    model = Lasso(alpha, tol=1e-12, max_iter=10_000).fit(X, y)
    ref = sk.Lasso(alpha=alpha, tol=1e-12, max_iter=10_000).fit(X, y)
    assert_allclose(model.coef_, ref.coef_, atol=1e-8)
    assert model.intercept_ == pytest.approx(ref.intercept_, abs=1e-8)
    assert_array_equal(model.coef_ == 0, ref.coef_ == 0)


def test_lasso_kkt_conditions_and_exact_zeros():
    X, y = regression_data(7, p=4)
    model = Lasso(0.3, tol=1e-12, max_iter=10_000).fit(X, y)
    Xc, yc = X - X.mean(0), y - y.mean()
    correlation = Xc.T @ (yc - Xc @ model.coef_) / len(y)
    active = model.coef_ != 0
    assert not active.all()  # the irrelevant feature is switched off exactly
    assert_allclose(correlation[active], 0.3 * np.sign(model.coef_[active]), atol=1e-7)
    assert np.all(np.abs(correlation[~active]) <= 0.3 + 1e-9)
    assert model.dual_gap_ >= -1e-12
    assert np.all(Lasso(100.0).fit(X, y).coef_ == 0)  # alpha above max|Xᵀy|/n: all zero


def classification_data(n_classes, seed=0, n=120):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3)) * [1, 2, 0.5]
    score = X @ [1.0, -0.7, 2.0] + rng.normal(size=n)
    y = np.digitize(score, np.quantile(score, np.linspace(0, 1, n_classes + 1)[1:-1]))
    return X, y


@pytest.mark.parametrize("n_classes", [2, 3, 4])
@pytest.mark.parametrize("C", [0.05, 1.0, 20.0])
def test_logistic_regression_matches_sklearn(n_classes, C):
    X, y = classification_data(n_classes)
    model = LogisticRegression(C=C, tol=1e-8, max_iter=500).fit(X, y)
    ref = sk.LogisticRegression(C=C, tol=1e-8, max_iter=500).fit(X, y)
    assert model.coef_.shape == ref.coef_.shape
    assert_allclose(model.coef_, ref.coef_, atol=1e-5)
    assert_allclose(model.intercept_, ref.intercept_, atol=1e-5)
    assert_allclose(model.predict_proba(X), ref.predict_proba(X), atol=1e-6)
    assert_allclose(model.decision_function(X), ref.decision_function(X), atol=1e-5)
    assert_array_equal(model.predict(X), ref.predict(X))


@pytest.mark.parametrize("n_classes", [2, 3])
def test_unpenalised_logistic_regression_matches_sklearn_and_log_loss(n_classes):
    X, y = classification_data(n_classes, seed=1)
    model = LogisticRegression(penalty=None, tol=1e-10, max_iter=1000).fit(X, y)
    ref = sk.LogisticRegression(C=np.inf, tol=1e-10, max_iter=1000).fit(X, y)
    assert_allclose(model.predict_proba(X), ref.predict_proba(X), atol=1e-6)
    if n_classes == 2:  # the softmax weights are identifiable only up to a shift without a penalty
        assert_allclose(model.coef_, ref.coef_, rtol=1e-5)
    # the fitted log-loss is the smallest: perturbing the weights increases it
    best = log_loss(y, model.predict_proba(X))
    model.coef_ = model.coef_ + np.eye(*model.coef_.shape) * 0.01
    assert log_loss(y, model.predict_proba(X)) > best


def test_logistic_gradient_is_zero_at_the_optimum_and_analytic_gradient_is_right():
    X, y = classification_data(2, seed=2)
    C = 0.7
    model = LogisticRegression(C=C, tol=1e-10, max_iter=1000).fit(X, y)

    def objective(theta):  # C · Σ log-loss + ½||w||², written independently of the module
        z = X @ theta[:3] + theta[3]
        return C * np.sum(np.logaddexp(0, z) - y * z) + 0.5 * theta[:3] @ theta[:3]

    theta = np.r_[model.coef_[0], model.intercept_]
    assert np.abs(approx_fprime(theta, objective, 1e-7)).max() < 1e-4
    assert objective(theta) <= objective(theta + 1e-3)


def test_predict_threshold_is_strict_and_labels_are_kept():
    X = np.array([[-1.0], [1.0], [-2.0], [2.0]])
    model = LogisticRegression().fit(X, np.array(["no", "yes", "no", "yes"]))
    assert list(model.classes_) == ["no", "yes"]
    model.coef_, model.intercept_ = np.array([[1.0]]), np.array([0.0])
    assert_array_equal(model.predict([[0.0], [1e-9], [-1e-9]]), ["no", "yes", "no"])  # σ(0) = 0.5 -> class 0
    assert_allclose(model.predict_proba([[0.0]]), [[0.5, 0.5]])
    with pytest.raises(ValueError):
        LogisticRegression().fit(X, np.zeros(4))


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 2**16), st.floats(0.01, 100.0))
def test_probabilities_are_valid(seed, C):
    X, y = classification_data(3, seed=seed, n=30)
    proba = LogisticRegression(C=C).fit(X, y).predict_proba(X)
    assert np.all((proba >= 0) & (proba <= 1))
    assert_allclose(proba.sum(axis=1), 1.0)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 2**16), st.floats(-5, 5), st.floats(0.1, 10))
def test_regression_equivariance(seed, shift, scale):
    X, y = regression_data(seed, n=20, p=2)
    base = LinearRegression().fit(X, y)
    moved = LinearRegression().fit(X, scale * y + shift)
    assert_allclose(moved.coef_, scale * base.coef_, rtol=1e-8, atol=1e-8)
    assert moved.intercept_ == pytest.approx(scale * base.intercept_ + shift, rel=1e-8, abs=1e-8)


def test_score_methods_match_sklearn():
    X, y = regression_data(8)
    for ours, ref in ((LinearRegression(), sk.LinearRegression()), (Ridge(3.0), sk.Ridge(alpha=3.0)),
                      (Lasso(0.1), sk.Lasso(alpha=0.1))):
        ours.fit(X, y), ref.fit(X, y)
        assert ours.score(X[:20], y[:20]) == pytest.approx(ref.score(X[:20], y[:20]), abs=1e-6)
    Xc, yc = classification_data(3, seed=8)
    assert LogisticRegression().fit(Xc, yc).score(Xc, yc) == sk.LogisticRegression().fit(Xc, yc).score(Xc, yc)


def test_hand_gradient_descent_matches_sklearn_unpenalised_to_1e_6():
    # EX-34: plain batch GD on the mean log-loss reaches scikit-learn's unpenalised optimum
    X, y = classification_data(2, seed=9, n=150)
    A = np.column_stack([np.ones(len(X)), X])
    theta = np.zeros(A.shape[1])
    for _ in range(6000):
        theta -= 1.0 * A.T @ (1 / (1 + np.exp(-A @ theta)) - y) / len(y)
    ref = sk.LogisticRegression(C=np.inf, tol=1e-12, max_iter=10_000).fit(X, y)
    assert_allclose(theta, np.r_[ref.intercept_, ref.coef_[0]], atol=1e-6)
    ours = LogisticRegression(penalty=None, tol=1e-10, max_iter=1000).fit(X, y)
    assert_allclose(np.r_[ours.intercept_, ours.coef_[0]], theta, atol=1e-6)
    assert log_loss(y, ours.predict_proba(X)) == pytest.approx(log_loss(y, ref.predict_proba(X)), rel=1e-10)


def test_first_formula_row_column_and_dot_forms_are_predict_and_decision_function():
    # EX-32: x wᵀ + b (row matrices), wᵀx + b (columns) and w·x + b are one score; it is what predict and
    # decision_function return, for ours and scikit-learn's fitted coefficients alike
    X, y = regression_data(9)
    for model in (LinearRegression().fit(X, y), sk.LinearRegression().fit(X, y)):
        w, b = model.coef_, model.intercept_
        x = X[0]
        row = (x[None, :] @ w[None, :].T).item() + b
        col = (w[:, None].T @ x[:, None]).item() + b
        assert_allclose([row, col, np.sum(x * w) + b], np.dot(w, x) + b, rtol=1e-12)
        assert_allclose(X @ w + b, model.predict(X), rtol=1e-12)
    Xc, yc = classification_data(2, seed=10)
    for clf in (LogisticRegression().fit(Xc, yc), sk.LogisticRegression().fit(Xc, yc)):
        score = Xc @ clf.coef_[0] + clf.intercept_[0]
        assert_allclose(score, clf.decision_function(Xc), rtol=1e-12, atol=1e-12)
        assert_array_equal(clf.predict(Xc), clf.classes_[(score > 0).astype(int)])
