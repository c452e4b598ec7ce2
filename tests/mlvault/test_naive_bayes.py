"""mlvault.naive_bayes against scikit-learn's GaussianNB and scipy.stats.norm (oracles)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal
from scipy.stats import norm
from sklearn import model_selection
from sklearn import naive_bayes as sk

from mlvault.datasets import load_iris
from mlvault.naive_bayes import GaussianNB

IRIS = load_iris()


def test_iris_split_of_the_seed_equals_sklearn():
    # the seed's split (sklearn's permutation for random_state=42), EX-38
    X_tr, X_te, y_tr, y_te = model_selection.train_test_split(IRIS.data, IRIS.target, test_size=0.3,
                                                              random_state=42)
    ours, ref = GaussianNB().fit(X_tr, y_tr), sk.GaussianNB().fit(X_tr, y_tr)
    assert_allclose(ours.theta_, ref.theta_, rtol=1e-12)
    assert_allclose(ours.var_, ref.var_, rtol=1e-12)
    assert_allclose(ours.class_prior_, ref.class_prior_)
    assert ours.epsilon_ == pytest.approx(ref.epsilon_)
    assert_array_equal(ours.predict(X_te), ref.predict(X_te))
    assert ours.score(X_te, y_te) == pytest.approx(44 / 45)  # 0.97778
    assert_allclose(ours.predict_proba(X_te), ref.predict_proba(X_te), atol=1e-9)
    assert_allclose(ours.predict_log_proba(X_te[:5]), ref.predict_log_proba(X_te[:5]), rtol=1e-9)


def test_far_point_does_not_underflow():
    # ER-45: a product of densities underflows to 0 here; the log-space sum does not
    model = GaussianNB().fit(IRIS.data, IRIS.target)
    far = [[50.0, 50.0, 50.0, 50.0]]
    assert np.prod(norm.pdf(far[0], model.theta_[2], np.sqrt(model.var_[2]))) == 0.0
    assert model.predict(far)[0] == sk.GaussianNB().fit(IRIS.data, IRIS.target).predict(far)[0] == 2
    assert model.predict([[5.1, 3.5, 1.4, 0.2]])[0] == 0
    assert np.all(np.isfinite(model.predict_log_proba(far)))


def test_joint_log_likelihood_equals_scipy_norm():
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(40, 3)), rng.integers(0, 2, 40)
    model = GaussianNB().fit(X, y)
    x = rng.normal(size=(5, 3))
    log_density = [norm.logpdf(x, model.theta_[c], np.sqrt(model.var_[c])).sum(axis=1) for c in range(2)]
    expected = np.log(model.class_prior_) + np.stack(log_density, axis=1)
    post = np.exp(expected - expected.max(axis=1, keepdims=True))
    assert_allclose(model.predict_proba(x), post / post.sum(axis=1, keepdims=True), rtol=1e-12)


def test_four_point_tie_of_the_seed():
    # ER-32: (2.5, 3.5) lies halfway between the class means with equal variances and priors
    X, y = [[1, 2], [2, 3], [3, 4], [4, 5]], [0, 0, 1, 1]
    model = GaussianNB().fit(X, y)
    assert_allclose(model.predict_proba([[2.5, 3.5]]), [[0.5, 0.5]])
    assert model.predict([[2.5, 3.5]])[0] == sk.GaussianNB().fit(X, y).predict([[2.5, 3.5]])[0] == 0
    assert model.predict([[3.5, 4.5]])[0] == 1
    assert_allclose(model.theta_, [[1.5, 2.5], [3.5, 4.5]])


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10**6), st.floats(1e-12, 1e-3))
def test_probabilities_and_smoothing_match_sklearn(seed, var_smoothing):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(30, 4)) * [1, 10, 0.1, 1]
    y = rng.integers(0, 3, 30)
    y[:3] = [0, 1, 2]
    ours = GaussianNB(var_smoothing).fit(X, y)
    ref = sk.GaussianNB(var_smoothing=var_smoothing).fit(X, y)
    proba = ours.predict_proba(X)
    assert_allclose(proba.sum(axis=1), 1.0)
    assert_allclose(proba, ref.predict_proba(X), atol=1e-9)
    assert_allclose(ours.var_, ref.var_, rtol=1e-10)


def test_string_labels_and_bad_shapes():
    model = GaussianNB().fit([[0.0], [0.2], [5.0], [5.3]], ["a", "a", "b", "b"])
    assert_array_equal(model.predict([[0.1], [4.0]]), ["a", "b"])
    with pytest.raises(ValueError):
        GaussianNB().fit([[0.0], [1.0]], [0])


def test_seed_split_is_the_legacy_randomstate_permutation():
    # EX-38 rebuilds the seed's split without scikit-learn: train_test_split(test_size=0.3, random_state=42)
    # shuffles with RandomState(42).permutation(n) and puts the first ceil(0.3 n) indices in the test set
    idx = np.arange(len(IRIS.target))
    train, test = model_selection.train_test_split(idx, test_size=0.3, random_state=42)
    perm = np.random.RandomState(42).permutation(len(idx))
    assert_array_equal(test, perm[:45])
    assert_array_equal(train, perm[45:])
    model = GaussianNB().fit(IRIS.data[perm[45:]], IRIS.target[perm[45:]])
    assert model.score(IRIS.data[perm[:45]], IRIS.target[perm[:45]]) == pytest.approx(44 / 45)
