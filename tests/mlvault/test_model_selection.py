"""mlvault.model_selection against scikit-learn's splitters and cross_val_score, plus invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal
from sklearn import model_selection as sk
from sklearn.naive_bayes import GaussianNB as SkGaussianNB
from sklearn.neighbors import KNeighborsClassifier as SkKNN
from sklearn.tree import DecisionTreeRegressor as SkTree

from mlvault.datasets import load_iris
from mlvault.model_selection import KFold, bias_variance_decomposition, cross_val_score, train_test_split
from mlvault.naive_bayes import GaussianNB
from mlvault.neighbors import KNeighborsClassifier
from mlvault.trees import DecisionTreeRegressor

IRIS = load_iris()


@pytest.mark.parametrize(("n", "k"), [(10, 3), (150, 5), (151, 10), (7, 7)])
def test_kfold_equals_sklearn(n, k):
    ours = list(KFold(k).split(np.zeros(n)))
    ref = list(sk.KFold(k).split(np.zeros(n)))
    assert len(ours) == KFold(k).get_n_splits() == k
    for (tr, te), (rtr, rte) in zip(ours, ref):
        assert_array_equal(tr, rtr)
        assert_array_equal(te, rte)


def test_leave_one_out_is_kfold_with_n_splits():
    ours = list(KFold(6).split(np.zeros(6)))
    ref = list(sk.LeaveOneOut().split(np.zeros(6)))
    assert len(ours) == 6
    for (tr, te), (rtr, rte) in zip(ours, ref):
        assert_array_equal(tr, rtr)
        assert_array_equal(te, rte)


@settings(max_examples=50, deadline=None)
@given(st.integers(2, 60), st.integers(2, 10), st.integers(0, 10**6))
def test_shuffled_folds_partition_the_data(n, k, seed):
    if k > n:
        with pytest.raises(ValueError):
            list(KFold(k).split(np.zeros(n)))
        return
    folds = list(KFold(k, shuffle=True, random_state=seed).split(np.zeros(n)))
    tests = np.concatenate([te for _, te in folds])
    assert_array_equal(np.sort(tests), np.arange(n))  # every sample validated exactly once
    for tr, te in folds:
        assert len(np.intersect1d(tr, te)) == 0 and len(tr) + len(te) == n
    sizes = [len(te) for _, te in folds]
    assert max(sizes) - min(sizes) <= 1


def test_kfold_rejects_one_split():
    with pytest.raises(ValueError):
        KFold(1)


def test_cross_val_score_equals_sklearn_with_the_same_folds():
    cv = sk.KFold(5, shuffle=True, random_state=0)
    folds = list(cv.split(IRIS.data))
    ours = cross_val_score(GaussianNB(), IRIS.data, IRIS.target, cv=folds)
    ref = sk.cross_val_score(SkGaussianNB(), IRIS.data, IRIS.target, cv=cv)
    assert_allclose(ours, ref)
    ours_knn = cross_val_score(KNeighborsClassifier(3), IRIS.data, IRIS.target, cv=cv, scoring="accuracy")
    assert_allclose(ours_knn, sk.cross_val_score(SkKNN(3), IRIS.data, IRIS.target, cv=cv))


def test_cross_val_score_int_cv_is_unshuffled_kfold_and_regression_scores():
    rng = np.random.default_rng(0)
    X = rng.uniform(size=(60, 2)).astype(np.float32).astype(float)  # sklearn trees compare in float32
    y = X[:, 0] * 3 + 0.1 * rng.normal(size=60)
    for scoring, sk_scoring in [(None, None), ("r2", "r2"), ("neg_mean_squared_error", "neg_mean_squared_error")]:
        ours = cross_val_score(DecisionTreeRegressor(max_depth=3), X, y, cv=4, scoring=scoring)
        ref = sk.cross_val_score(SkTree(max_depth=3, random_state=0), X, y, cv=sk.KFold(4), scoring=sk_scoring)
        assert_allclose(ours, ref, rtol=1e-10)
    custom = cross_val_score(DecisionTreeRegressor(max_depth=1), X, y, cv=3, scoring=lambda m, X_, y_: len(y_))
    assert_array_equal(custom, [20, 20, 20])


def test_cross_val_score_does_not_fit_the_given_model():
    model = GaussianNB()
    cross_val_score(model, IRIS.data, IRIS.target, cv=3)
    assert not hasattr(model, "theta_")


@pytest.mark.parametrize("test_size", [0.25, 0.3, 10])
def test_train_test_split_sizes_and_consistency(test_size):
    X_tr, X_te, y_tr, y_te = train_test_split(IRIS.data, IRIS.target, test_size=test_size, random_state=0)
    n_test = test_size if isinstance(test_size, int) else int(np.ceil(test_size * 150))
    ref_sizes = [len(a) for a in sk.train_test_split(IRIS.data, test_size=test_size, random_state=0)]
    assert [len(X_tr), len(X_te)] == ref_sizes == [150 - n_test, n_test]
    # rows stay paired: every row is a row of iris with its own label
    rows = {tuple(r): t for r, t in zip(IRIS.data, IRIS.target)}
    assert all(rows[tuple(r)] == t for r, t in zip(np.vstack([X_tr, X_te]), np.concatenate([y_tr, y_te])))
    assert sorted(map(tuple, np.vstack([X_tr, X_te]))) == sorted(map(tuple, IRIS.data))
    again = train_test_split(IRIS.data, IRIS.target, test_size=test_size, random_state=0)
    assert_array_equal(again[1], X_te)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10**6), st.floats(0.1, 0.6))
def test_stratified_split_keeps_proportions(seed, test_size):
    y = np.repeat([0, 1, 2], [50, 30, 20])
    idx_tr, idx_te, y_tr, y_te = train_test_split(np.arange(100), y, test_size=test_size, random_state=seed,
                                                  stratify=y)
    n_test = int(np.ceil(test_size * 100))
    assert len(idx_te) == n_test and len(np.union1d(idx_tr, idx_te)) == 100
    assert np.all(np.abs(np.bincount(y_te, minlength=3) - np.array([50, 30, 20]) * n_test / 100) < 1)
    assert_array_equal(y[idx_te], y_te)


def test_train_test_split_bad_input():
    with pytest.raises(ValueError):
        train_test_split(np.zeros(5), np.zeros(4))
    with pytest.raises(ValueError):
        train_test_split(np.zeros(5), test_size=5)
    with pytest.raises(ValueError):
        train_test_split()


class _Constant:
    """Predicts the training mean: variance sigma^2/n, bias = f - mean f."""

    def fit(self, X, y):
        self.mean_ = y.mean()
        return self

    def predict(self, X):
        return np.full(len(X), self.mean_)


def test_bias_variance_of_the_constant_model_is_known():
    result = bias_variance_decomposition(_Constant, lambda X: 2 * X[:, 0], 0.5, np.linspace(0, 1, 41),
                                         n_train=25, n_datasets=4000, random_state=0)
    x = np.linspace(0, 1, 41)
    # E[mean y] = 1; bias^2 = mean (2x - 1)^2 on the grid; Var = (Var f(x) + sigma^2) / n = (1/3 + 0.25) / 25
    assert result.bias2 == pytest.approx(np.mean((2 * x - 1) ** 2), rel=0.02)
    assert result.variance == pytest.approx((1 / 3 + 0.25) / 25, rel=0.05)
    assert result.noise == 0.25
    assert result.predictions.shape == (4000, 41)


def test_decomposition_sums_to_the_monte_carlo_test_error():
    def f(X):
        return np.sin(2 * np.pi * X[:, 0])

    x = np.linspace(0, 1, 30)
    results = {depth: bias_variance_decomposition(lambda d=depth: DecisionTreeRegressor(max_depth=d), f, 0.3, x,
                                                  n_train=20, n_datasets=400, random_state=1)
               for depth in (1, 3)}
    for r in results.values():
        assert r.bias2 + r.variance + r.noise == pytest.approx(r.expected_mse, rel=0.05)  # MC error ~1.5 %
    # the complexity knob: a deeper tree trades bias for variance
    assert results[1].bias2 > results[3].bias2 and results[1].variance < results[3].variance


@pytest.mark.parametrize("degree", [1, 2, 3])
def test_fixed_design_least_squares_variance_is_sigma2_p_over_n(degree):
    # Fixed design, x_test = x_train: least squares is the linear smoother H (a projection of rank p = degree + 1),
    # so the variance averaged over the training points is sigma^2 tr(H H^T) / n = sigma^2 p / n, and the bias is
    # zero because the true f (a line) lies in the model. 3000 datasets: the Monte-Carlo relative error of a
    # variance is about sqrt(2 / 3000) = 2.6 % per point, less after averaging, so 6 % is a safe bound.
    from mlvault.linear import LinearRegression

    x = np.linspace(0, 1, 20)
    X = np.column_stack([x**k for k in range(1, degree + 1)])
    r = bias_variance_decomposition(LinearRegression, lambda X: 1 + 2 * X[:, 0], 0.5, X, n_train=999,
                                    n_datasets=3000, random_state=0, x_train=X)
    assert r.variance == pytest.approx(0.25 * (degree + 1) / 20, rel=0.06)
    assert r.bias2 < 0.05 * r.variance  # only Monte-Carlo noise: E[bias2 estimate] = variance / n_datasets
    assert r.predictions.shape == (3000, 20)
