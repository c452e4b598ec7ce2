"""mlvault.svm against sklearn.svm.SVC and sklearn.metrics.pairwise (oracles), a hand case, KKT invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal
from sklearn.metrics import pairwise
from sklearn.svm import SVC as SkSVC

from mlvault.svm import SVC, linear_kernel, polynomial_kernel, rbf_kernel, sigmoid_kernel, smo


def blobs(n, separation, seed=0):
    rng = np.random.default_rng(seed)
    X = np.r_[rng.normal(size=(n // 2, 2)) + separation, rng.normal(size=(n // 2, 2)) - separation]
    return X, np.r_[np.ones(n // 2, dtype=int), np.zeros(n // 2, dtype=int)]


@pytest.mark.parametrize("gamma", [None, 0.3])
def test_kernels_match_sklearn(gamma):
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(7, 3)), rng.normal(size=(5, 3))
    assert_allclose(linear_kernel(X, Y), pairwise.linear_kernel(X, Y))
    assert_allclose(linear_kernel(X), pairwise.linear_kernel(X))
    assert_allclose(rbf_kernel(X, Y, gamma=gamma), pairwise.rbf_kernel(X, Y, gamma=gamma), rtol=1e-12)
    assert_allclose(rbf_kernel(X), pairwise.rbf_kernel(X), rtol=1e-12)
    for degree in (2, 3, 2.5):
        A, B = np.abs(X), np.abs(Y)  # non-negative inner products: a fractional degree stays real
        assert_allclose(polynomial_kernel(A, B, degree=degree, gamma=gamma, coef0=0.5),
                        pairwise.polynomial_kernel(A, B, degree=degree, gamma=gamma, coef0=0.5), rtol=1e-12)
    assert_allclose(sigmoid_kernel(X, Y, gamma=gamma), pairwise.sigmoid_kernel(X, Y, gamma=gamma), rtol=1e-12)


def test_rbf_kernel_hand_values():
    K = rbf_kernel([[0.0, 0.0], [3.0, 4.0]], gamma=0.1)  # squared distance 25
    assert_allclose(K, [[1.0, np.exp(-2.5)], [np.exp(-2.5), 1.0]])


def test_hand_case_two_points():
    # x = ±1 on a line: w = 1, b = 0, both points are support vectors with alpha = 1/2 (hard margin)
    model = SVC(kernel="linear", C=10.0).fit([[-1.0], [1.0]], [0, 1])
    assert_allclose(model.coef_, [[1.0]])
    assert_allclose(model.intercept_, [0.0], atol=1e-12)
    assert_allclose(model.dual_coef_, [[-0.5, 0.5]])
    assert_array_equal(model.support_, [0, 1])
    assert_allclose(model.decision_function([[0.5], [-2.0]]), [0.5, -2.0])


CASES = [("linear", 3.0), ("linear", 0.8), ("rbf", 3.0), ("rbf", 0.8), ("poly", 0.8)]


@pytest.mark.parametrize("kernel, separation", CASES)
@pytest.mark.parametrize("C", [0.5, 5.0])
def test_svc_matches_libsvm(kernel, separation, C):
    X, y = blobs(80, separation, seed=1)
    X[:, 1] *= 2  # unequal feature scales
    model = SVC(C=C, kernel=kernel, tol=1e-6).fit(X, y)
    ref = SkSVC(C=C, kernel=kernel, tol=1e-6).fit(X, y)
    assert_array_equal(model.support_, ref.support_)
    assert_array_equal(model.n_support_, ref.n_support_)
    assert_allclose(model.dual_coef_, ref.dual_coef_, atol=1e-3 * C)
    assert_allclose(model.intercept_, ref.intercept_, atol=1e-3)
    Z = np.random.default_rng(2).normal(size=(30, 2)) * 2
    assert_allclose(model.decision_function(Z), ref.decision_function(Z), atol=1e-3)
    assert_array_equal(model.predict(X), ref.predict(X))
    if kernel == "linear":
        assert_allclose(model.coef_, ref.coef_, atol=1e-3)


@pytest.mark.parametrize("kernel", ["linear", "rbf"])
def test_default_tolerance_agrees_to_1e_3_and_string_labels(kernel):
    X, y = blobs(120, 1.0, seed=3)
    labels = np.array(["neg", "pos"])[y]
    model = SVC(kernel=kernel).fit(X, labels)
    ref = SkSVC(kernel=kernel).fit(X, labels)
    assert list(model.classes_) == ["neg", "pos"]
    assert abs(len(model.support_) - len(ref.support_)) <= 1
    scale = np.abs(ref.decision_function(X)).max()
    assert_allclose(model.decision_function(X), ref.decision_function(X), atol=2e-3 * scale)
    assert np.mean(model.predict(X) == ref.predict(X)) >= 0.99


@pytest.mark.parametrize("gamma", ["scale", "auto", 0.7])
def test_gamma_options(gamma):
    X, y = blobs(60, 1.0, seed=4)
    X = X * 5
    model, ref = SVC(gamma=gamma, tol=1e-6).fit(X, y), SkSVC(gamma=gamma, tol=1e-6).fit(X, y)
    assert_allclose(model.decision_function(X), ref.decision_function(X), atol=1e-3)


def kkt_violations(K, y, alpha, b, C, tol):
    f = (alpha * y) @ K + b
    margin = y * f
    free = (alpha > 1e-8) & (alpha < C - 1e-8)
    return (np.abs(margin[free] - 1).max(initial=0) > 10 * tol
            or np.any(margin[alpha <= 1e-8] < 1 - 10 * tol)
            or np.any(margin[alpha >= C - 1e-8] > 1 + 10 * tol))


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 2**16), st.floats(0.1, 10.0), st.sampled_from(["linear", "rbf"]))
def test_smo_solution_satisfies_kkt(seed, C, kernel):
    X, y01 = blobs(30, 0.7, seed=seed)
    y = np.where(y01 == 1, 1.0, -1.0)
    K = linear_kernel(X) if kernel == "linear" else rbf_kernel(X, gamma=0.5)
    alpha, b, n_iter = smo(K, y, C, tol=1e-5)
    assert np.all((alpha >= 0) & (alpha <= C))
    assert abs(alpha @ y) < 1e-9 * C * len(y)
    assert not kkt_violations(K, y, alpha, b[0], C, 1e-5)


def test_max_iter_stops_early_and_binary_only():
    X, y = blobs(60, 0.5, seed=5)
    assert SVC(max_iter=3).fit(X, y).n_iter_ == 3
    with pytest.raises(ValueError):
        SVC().fit(X, np.arange(60) % 3)
    with pytest.raises(AttributeError):
        _ = SVC(kernel="rbf").fit(X, y).coef_


def test_score_is_accuracy_like_sklearn():
    X, y = blobs(80, 0.8, seed=6)
    ours, ref = SVC(kernel="linear", tol=1e-6).fit(X, y), SkSVC(kernel="linear", tol=1e-6).fit(X, y)
    assert ours.score(X, y) == ref.score(X, y) == np.mean(ref.predict(X) == y)


@pytest.mark.parametrize("C", [0.3, 3.0])
def test_primal_objective_equals_libsvm_and_hinge_form(C):
    # EX-35: ½‖w‖² + C Σ max(0, 1 - y f(x)) at our SMO solution equals the one at libsvm's solution
    X, y = blobs(60, 0.9, seed=7)
    s = np.where(y == 1, 1.0, -1.0)

    def primal(model):
        w = model.coef_[0]
        return 0.5 * w @ w + C * np.maximum(0, 1 - s * model.decision_function(X)).sum()

    ours = SVC(kernel="linear", C=C, tol=1e-8).fit(X, y)
    ref = SkSVC(kernel="linear", C=C, tol=1e-8).fit(X, y)
    assert primal(ours) == pytest.approx(primal(ref), rel=1e-6)
    dual = ours.dual_coef_[0]
    K = linear_kernel(ours.support_vectors_)
    dual_objective = np.abs(dual).sum() - 0.5 * dual @ K @ dual
    assert dual_objective == pytest.approx(primal(ours), rel=1e-5)  # strong duality: no gap at the optimum
