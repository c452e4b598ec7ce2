"""mlvault.neighbors against scipy's distances and scikit-learn's brute-force KNN (oracles) and invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal
from scipy.spatial.distance import cdist
from sklearn import neighbors as sk

from mlvault.neighbors import KNeighborsClassifier, KNeighborsRegressor, kneighbors, minkowski_distances


def _blobs(seed, n_train=300, n_query=100, d=5):
    rng = np.random.default_rng(seed)
    centres = rng.normal(scale=3, size=(4, d))
    labels = rng.integers(0, 4, n_train + n_query)
    X = centres[labels] + rng.normal(size=(n_train + n_query, d))
    return X[:n_train], labels[:n_train], X[n_train:]


@pytest.mark.parametrize("p", [1, 1.5, 2, 3, np.inf])
def test_minkowski_distances_equal_scipy(p):
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(7, 4)), rng.normal(size=(5, 4))
    ref = cdist(X, Y, "chebyshev") if p == np.inf else cdist(X, Y, "minkowski", p=p)
    assert_allclose(minkowski_distances(X, Y, p), ref, rtol=1e-12, atol=1e-12)


def test_hand_distances():
    assert_allclose(minkowski_distances([[0, 0]], [[3, 4]], 2), [[5.0]])
    assert_allclose(minkowski_distances([[0, 0]], [[3, 4]], 1), [[7.0]])
    assert_allclose(minkowski_distances([[0, 0]], [[3, 4]], np.inf), [[4.0]])
    with pytest.raises(ValueError):
        minkowski_distances([[0, 0]], [[1, 2]], p=0.5)
    with pytest.raises(ValueError):
        minkowski_distances([[0, 0]], [[1, 2, 3]])


@pytest.mark.parametrize("p", [1, 2, 3])
@pytest.mark.parametrize("k", [1, 5, 12])
def test_classifier_equals_sklearn(p, k):
    X, y, X_new = _blobs(p * 10 + k)
    ours = KNeighborsClassifier(k, p=p).fit(X, y)
    ref = sk.KNeighborsClassifier(k, p=p, algorithm="brute").fit(X, y)
    dist, idx = ours.kneighbors(X_new)
    ref_dist, ref_idx = ref.kneighbors(X_new)
    assert_array_equal(idx, ref_idx)
    assert_allclose(dist, ref_dist, rtol=1e-10, atol=1e-12)
    assert_array_equal(ours.predict(X_new), ref.predict(X_new))
    assert_allclose(ours.predict_proba(X_new), ref.predict_proba(X_new))
    assert ours.score(X, y) == pytest.approx(ref.score(X, y))


@pytest.mark.parametrize("k", [1, 3, 10])
def test_regressor_equals_sklearn(k):
    X, labels, X_new = _blobs(k)
    y = X[:, 0] * 2 + labels
    ours = KNeighborsRegressor(k).fit(X, y)
    ref = sk.KNeighborsRegressor(k, algorithm="brute").fit(X, y)
    assert_allclose(ours.predict(X_new), ref.predict(X_new), rtol=1e-12)
    assert ours.score(X_new, X_new[:, 0]) == pytest.approx(ref.score(X_new, X_new[:, 0]))
    Y2 = np.column_stack([y, -y])  # several targets at once
    assert_allclose(KNeighborsRegressor(k).fit(X, Y2).predict(X_new), ref.fit(X, Y2).predict(X_new))


def test_hand_vote_and_tie_rules():
    X = np.array([[0.0], [1.0], [2.0], [3.0], [10.0]])
    y = np.array([2, 1, 1, 2, 0])
    # nearest to 1.4: 1 (0.4), 2 (0.6), 0 (1.4) -> labels 1, 1, 2 -> class 1
    assert KNeighborsClassifier(3).fit(X, y).predict([[1.4]])[0] == 1
    # k = 2 around 0.5: labels 2 and 1 tie -> the smaller label, 1
    assert KNeighborsClassifier(2).fit(X, y).predict([[0.5]])[0] == 1
    # equal distances: 0.5 is 0.5 from both 0 and 1 -> the smaller index comes first
    _, idx = kneighbors(X, [[0.5]], 2)
    assert_array_equal(idx, [[0, 1]])
    assert KNeighborsRegressor(2).fit(X, y.astype(float)).predict([[0.5]])[0] == pytest.approx(1.5)


def test_grid_ties_choose_the_same_neighbours_as_sklearn():
    grid = np.array([[i, j] for i in range(6) for j in range(6)], dtype=float)
    y = np.arange(36) % 3
    queries = np.array([[2.5, 2.5], [0, 0], [3, 3], [1.5, 2]])
    ours = KNeighborsClassifier(4).fit(grid, y)
    ref = sk.KNeighborsClassifier(4, algorithm="brute").fit(grid, y)
    _, idx = ours.kneighbors(queries)
    _, ref_idx = ref.kneighbors(queries)
    # same set of neighbours (sklearn's order among equal distances is not specified; ours is by index)
    assert_array_equal(np.sort(idx, axis=1), np.sort(ref_idx, axis=1))
    assert_array_equal(idx[2], [21, 15, 20, 22])
    assert_array_equal(ours.predict(queries), ref.predict(queries))


def test_blocks_give_the_same_result(monkeypatch):
    X, y, X_new = _blobs(3)
    whole = kneighbors(X, X_new, 4)
    monkeypatch.setattr("mlvault.neighbors._BLOCK_ELEMENTS", 700)  # 2 queries per block
    blocked = kneighbors(X, X_new, 4)
    assert_array_equal(whole[1], blocked[1])
    assert_allclose(whole[0], blocked[0])


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 8), st.sampled_from([1, 2]))
def test_invariants(seed, k, p):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(20, 3))
    y = rng.integers(0, 3, 20)
    model = KNeighborsClassifier(1, p=p).fit(X, y)
    assert_array_equal(model.predict(X), y)  # 1-NN on the training data is the identity
    dist, idx = kneighbors(X, rng.normal(size=(6, 3)), k, p)
    assert np.all(np.diff(dist, axis=1) >= 0)  # sorted
    assert all(len(set(row)) == k for row in idx)  # distinct neighbours
    proba = KNeighborsClassifier(k, p=p).fit(X, y).predict_proba(X)
    assert_allclose(proba.sum(axis=1), 1.0)
    assert_allclose(proba * k, np.round(proba * k))


def test_bad_k_raises():
    with pytest.raises(ValueError):
        KNeighborsClassifier(5).fit(np.zeros((3, 2)), [0, 1, 0]).predict(np.zeros((1, 2)))
    with pytest.raises(ValueError):
        kneighbors(np.zeros((3, 2)), np.zeros((1, 3)), 1)
