"""mlvault.cluster against scikit-learn and scipy (oracles), hand-computed cases and invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.cluster.hierarchy import fcluster
from scipy.cluster.hierarchy import linkage as scipy_linkage
from scipy.spatial.distance import cdist
from sklearn import cluster as skc
from sklearn.metrics import adjusted_rand_score

from mlvault.cluster import (
    DBSCAN,
    AgglomerativeClustering,
    KMeans,
    cut_tree_labels,
    kmeans_plusplus,
    linkage,
)
from mlvault.linalg import squared_distances

METHODS = ["single", "complete", "average", "ward"]


def blobs(seed, n=90, d=2, k=3, spread=0.6):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(-6, 6, size=(k, d))
    return centres[rng.integers(k, size=n)] + spread * rng.standard_normal((n, d))


# --- distances -------------------------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 7), st.integers(1, 6))
def test_squared_distances_match_cdist(seed, k, d):
    rng = np.random.default_rng(seed)
    X, C = rng.normal(size=(12, d)) * 5, rng.normal(size=(k, d))
    np.testing.assert_allclose(squared_distances(X, C), cdist(X, C, "sqeuclidean"), atol=1e-10)
    assert (squared_distances(X, X) >= 0).all()


# --- k-means ---------------------------------------------------------------------------------------


def test_kmeans_hand_case():
    # two obvious pairs; from this init one Lloyd step gives the means, the next changes nothing
    X = np.array([[0.0, 0.0], [0.0, 2.0], [10.0, 0.0], [10.0, 2.0]])
    km = KMeans(2, init=np.array([[1.0, 1.0], [9.0, 1.0]])).fit(X)
    np.testing.assert_allclose(km.cluster_centers_, [[0, 1], [10, 1]])
    np.testing.assert_array_equal(km.labels_, [0, 0, 1, 1])
    assert km.inertia_ == pytest.approx(4.0)  # four points, each at distance 1 from its centre
    np.testing.assert_array_equal(km.predict([[-1, 0], [11, 5]]), [0, 1])


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
@pytest.mark.parametrize("k", [2, 4, 6])
def test_kmeans_equals_sklearn_from_same_init(seed, k):
    X = blobs(seed, n=200, d=3, k=4, spread=1.5)
    init = X[np.random.default_rng(seed).choice(len(X), k, replace=False)]
    ours = KMeans(k, init=init, n_init=1).fit(X)
    ref = skc.KMeans(k, init=init, n_init=1, algorithm="lloyd").fit(X)
    np.testing.assert_allclose(ours.cluster_centers_, ref.cluster_centers_, atol=1e-10)
    np.testing.assert_array_equal(ours.labels_, ref.labels_)
    assert ours.inertia_ == pytest.approx(ref.inertia_, rel=1e-10)
    assert ours.n_iter_ == ref.n_iter_


@pytest.mark.parametrize("max_iter", [1, 2, 3])
def test_kmeans_truncated_runs_equal_sklearn(max_iter):
    X = np.random.default_rng(5).normal(size=(300, 4))
    init = X[:5]
    ours = KMeans(5, init=init, max_iter=max_iter, tol=0).fit(X)
    ref = skc.KMeans(5, init=init, n_init=1, max_iter=max_iter, tol=0).fit(X)
    np.testing.assert_allclose(ours.cluster_centers_, ref.cluster_centers_, atol=1e-10)
    np.testing.assert_array_equal(ours.labels_, ref.labels_)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 6))
def test_kmeans_inertia_never_increases(seed, k):
    X = np.random.default_rng(seed).normal(size=(60, 3))
    km = KMeans(k, init="random", random_state=seed, tol=0).fit(X)
    history = km.inertia_history_
    assert len(history) == km.n_iter_
    assert np.all(np.diff(history) <= 1e-9 * history[0])
    assert km.inertia_ <= history[-1] + 1e-9
    # inertia_ is J of the returned centres and labels
    assert km.inertia_ == pytest.approx(np.sum((X - km.cluster_centers_[km.labels_]) ** 2))
    # labels are the nearest centres
    np.testing.assert_array_equal(km.labels_, km.predict(X))


def test_kmeans_plusplus_picks_distinct_data_points_and_is_seeded():
    X = blobs(3, n=120, k=4, spread=0.3)
    C = kmeans_plusplus(X, 4, random_state=7)
    assert C.shape == (4, 2)
    assert all((np.abs(X - c).sum(axis=1) == 0).any() for c in C)
    assert len(np.unique(C, axis=0)) == 4
    np.testing.assert_array_equal(C, kmeans_plusplus(X, 4, random_state=7))
    # on four tight, far-apart blobs the seeding lands one centre in each blob
    labels = skc.KMeans(4, n_init=10, random_state=0).fit(X).labels_
    nearest_point = np.argmin(cdist(C, X), axis=1)
    assert len(set(labels[nearest_point])) == 4


def test_kmeans_n_init_keeps_best_and_matches_sklearn_optimum():
    X = blobs(11, n=150, k=5, spread=0.5)
    ours = KMeans(5, n_init=10, random_state=0).fit(X)
    single = [KMeans(5, n_init=1, random_state=s).fit(X).inertia_ for s in range(3)]
    ref = skc.KMeans(5, n_init=10, random_state=0).fit(X)
    assert ours.inertia_ == pytest.approx(ref.inertia_, rel=1e-9)
    assert ours.inertia_ <= min(single) + 1e-9
    assert adjusted_rand_score(ours.labels_, ref.labels_) == 1.0


def test_kmeans_empty_cluster_keeps_its_centre():
    X = np.random.default_rng(0).normal(size=(20, 2))
    km = KMeans(3, init=np.array([[0.0, 0.0], [0.1, 0.0], [100.0, 100.0]])).fit(X)
    np.testing.assert_array_equal(km.cluster_centers_[2], [100.0, 100.0])
    assert np.bincount(km.labels_, minlength=3)[2] == 0
    # the two used centres are the means of their clusters
    for k in range(2):
        np.testing.assert_allclose(km.cluster_centers_[k], X[km.labels_ == k].mean(axis=0))


def test_kmeans_rejects_unknown_init():
    with pytest.raises(ValueError):
        KMeans(2, init="nope").fit(np.zeros((4, 2)))


# --- DBSCAN ----------------------------------------------------------------------------------------


def test_dbscan_hand_case_counts_the_point_itself():
    # 0-1-2 on a line with spacing 1, 3 alone, eps = 1: point 1 has |N| = 3 (itself included)
    X = np.array([[0.0, 0], [1, 0], [2, 0], [10, 0]])
    db = DBSCAN(eps=1.0, min_samples=3).fit(X)
    np.testing.assert_array_equal(db.core_sample_indices_, [1])
    np.testing.assert_array_equal(db.labels_, [0, 0, 0, -1])  # 0 and 2 are border points
    # with min_samples = 4 nobody is core: everything is noise
    assert (DBSCAN(eps=1.0, min_samples=4).fit(X).labels_ == -1).all()
    # min_samples = 1: every point is core, the isolated one is a cluster of its own
    np.testing.assert_array_equal(DBSCAN(eps=1.0, min_samples=1).fit_predict(X), [0, 0, 0, 1])


def test_dbscan_all_noise_when_nobody_has_neighbours():
    X = np.random.default_rng(0).normal(size=(20, 2))
    db = DBSCAN(eps=1e-6, min_samples=2).fit(X)
    assert db.core_sample_indices_.size == 0
    assert (db.labels_ == -1).all()


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("eps,min_samples", [(0.3, 4), (0.5, 5), (0.8, 10)])
def test_dbscan_equals_sklearn(seed, eps, min_samples):
    rng = np.random.default_rng(seed)
    X = np.vstack([blobs(seed, n=150, k=3, spread=0.5), rng.uniform(-8, 8, size=(30, 2))])
    ours = DBSCAN(eps, min_samples).fit(X)
    ref = skc.DBSCAN(eps=eps, min_samples=min_samples).fit(X)
    np.testing.assert_array_equal(ours.core_sample_indices_, ref.core_sample_indices_)
    # same numbering rule (clusters in order of their first core point, border → lowest cluster)
    np.testing.assert_array_equal(ours.labels_, ref.labels_)


# --- hierarchical ----------------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("seed", range(5))
def test_linkage_equals_scipy(method, seed):
    X = np.random.default_rng(seed).normal(size=(40, 3))  # continuous data: no ties
    np.testing.assert_allclose(linkage(X, method), scipy_linkage(X, method), rtol=1e-12, atol=1e-12)


def test_linkage_hand_case():
    # points 0, 1, 4 on a line: merge {0,1} at 1 (id 3), then with 4
    X = np.array([[0.0], [1.0], [4.0]])
    expected_last = {"single": 3.0, "complete": 4.0, "average": 3.5,
                     "ward": np.sqrt(2 * 2 * 1 / 3) * 3.5}
    for method, height in expected_last.items():
        Z = linkage(X, method)
        np.testing.assert_allclose(Z[0], [0, 1, 1.0, 2])
        np.testing.assert_allclose(Z[1], [2, 3, height, 3])


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(METHODS), st.integers(3, 25))
def test_linkage_invariants(seed, method, n):
    X = np.random.default_rng(seed).normal(size=(n, 2))
    Z = linkage(X, method)
    assert np.all(np.diff(Z[:, 2]) >= 0)  # monotone heights
    assert Z[-1, 3] == n
    assert np.all(Z[:, 0] < Z[:, 1])
    # each id is used once, and only after it was created
    ids = Z[:, :2].ravel()
    assert len(np.unique(ids)) == len(ids)
    assert np.all(Z[:, :2] < n + np.arange(n - 1)[:, None])


def test_ward_height_formula():
    # Ward height = sqrt(2 na nb / (na + nb)) * ||mu_a - mu_b|| for the last merge
    X = blobs(4, n=30, k=2, spread=0.3)
    Z = linkage(X, "ward")
    labels = cut_tree_labels(Z, 2)
    a, b = X[labels == 0], X[labels == 1]
    expected = np.sqrt(2 * len(a) * len(b) / (len(a) + len(b))) * np.linalg.norm(a.mean(0) - b.mean(0))
    assert Z[-1, 2] == pytest.approx(expected)


def test_linkage_rejects_bad_input():
    with pytest.raises(ValueError):
        linkage(np.zeros((1, 2)))
    with pytest.raises(ValueError):
        linkage(np.zeros((4, 2)), "centroid")


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_cut_equals_scipy_fcluster(method, k):
    X = np.random.default_rng(k).normal(size=(30, 2))
    ours = cut_tree_labels(linkage(X, method), k)
    ref = fcluster(scipy_linkage(X, method), k, criterion="maxclust")
    assert len(np.unique(ours)) == k
    assert adjusted_rand_score(ours, ref) == 1.0
    assert ours[0] == 0


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("k", [2, 3, 4])
def test_agglomerative_equals_sklearn(method, k):
    X = blobs(k, n=60, k=3, spread=1.0)
    ours = AgglomerativeClustering(k, linkage=method).fit(X)
    ref = skc.AgglomerativeClustering(k, linkage=method).fit(X)
    assert adjusted_rand_score(ours.labels_, ref.labels_) == 1.0
    np.testing.assert_array_equal(ours.fit_predict(X), ours.labels_)
    assert ours.children_.shape == (59, 2) and ours.distances_.shape == (59,)
