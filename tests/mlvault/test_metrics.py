"""mlvault.metrics against sklearn.metrics (oracle), scipy's Mann–Whitney U, hand-counted tables, invariants."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal
from scipy.stats import mannwhitneyu
from sklearn import metrics as sk

from mlvault import metrics as mv

# a hand-counted binary table: TP = 3, FN = 1, FP = 2, TN = 4
Y_TRUE = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
Y_PRED = np.array([1, 1, 1, 0, 1, 1, 0, 0, 0, 0])


def test_hand_counted_binary_table():
    assert_array_equal(mv.confusion_matrix(Y_TRUE, Y_PRED), [[4, 2], [1, 3]])
    assert mv.accuracy_score(Y_TRUE, Y_PRED) == pytest.approx(7 / 10)
    assert mv.accuracy_score(Y_TRUE, Y_PRED, normalize=False) == 7
    assert mv.precision_score(Y_TRUE, Y_PRED) == pytest.approx(3 / 5)
    assert mv.recall_score(Y_TRUE, Y_PRED) == pytest.approx(3 / 4)
    assert mv.f1_score(Y_TRUE, Y_PRED) == pytest.approx(2 * 3 / (2 * 3 + 2 + 1))
    assert mv.specificity_score(Y_TRUE, Y_PRED) == pytest.approx(4 / 6)


def test_specificity_is_recall_of_the_negative_class():
    rng = np.random.default_rng(1)
    y_true, y_pred = rng.integers(0, 2, 40), rng.integers(0, 2, 40)
    assert mv.specificity_score(y_true, y_pred) == pytest.approx(sk.recall_score(y_true, y_pred, pos_label=0))
    assert mv.specificity_score(y_true, y_pred, pos_label=0) == pytest.approx(sk.recall_score(y_true, y_pred))


@pytest.mark.parametrize("metric", ["precision_score", "recall_score", "f1_score"])
@pytest.mark.parametrize("average", ["macro", "micro", "weighted", None])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_multiclass_averages_match_sklearn(metric, average, seed):
    rng = np.random.default_rng(seed)
    y_true, y_pred = rng.integers(0, 4, 60), rng.integers(0, 4, 60)
    assert_allclose(getattr(mv, metric)(y_true, y_pred, average=average),
                    getattr(sk, metric)(y_true, y_pred, average=average), rtol=1e-12)


@pytest.mark.parametrize("metric", ["precision_score", "recall_score", "f1_score"])
def test_string_labels_pos_label_and_label_subset(metric):
    y_true = np.array(["cat", "dog", "dog", "cat", "bird", "dog"])
    y_pred = np.array(["cat", "cat", "dog", "bird", "bird", "dog"])
    labels = ["dog", "cat"]
    assert_allclose(getattr(mv, metric)(y_true, y_pred, labels=labels, average=None),
                    getattr(sk, metric)(y_true, y_pred, labels=labels, average=None))
    binary_true, binary_pred = y_true[y_true != "bird"], y_pred[y_true != "bird"]
    binary_pred = np.where(binary_pred == "bird", "cat", binary_pred)
    assert getattr(mv, metric)(binary_true, binary_pred, pos_label="dog") == pytest.approx(
        getattr(sk, metric)(binary_true, binary_pred, pos_label="dog"))


def test_binary_average_rejects_multiclass_and_bad_pos_label():
    with pytest.raises(ValueError):
        mv.precision_score([0, 1, 2], [0, 1, 2])
    with pytest.raises(ValueError):
        mv.recall_score([0, 2, 2], [0, 2, 0], pos_label=1)


@pytest.mark.parametrize("zero_division", [0, 1, np.nan])
def test_zero_division_matches_sklearn(zero_division):
    y_true, y_pred = [0, 0, 1, 1], [0, 0, 0, 0]  # nothing predicted positive
    for metric in ("precision_score", "f1_score"):
        assert_allclose(getattr(mv, metric)(y_true, y_pred, zero_division=zero_division),
                        getattr(sk, metric)(y_true, y_pred, zero_division=zero_division))
    with pytest.warns(mv.UndefinedMetricWarning):
        assert mv.precision_score(y_true, y_pred) == 0.0


@pytest.mark.parametrize("normalize", [None, "true", "pred", "all"])
def test_confusion_matrix_matches_sklearn(normalize):
    rng = np.random.default_rng(3)
    y_true, y_pred = rng.integers(0, 3, 50), rng.integers(0, 3, 50)
    assert_allclose(mv.confusion_matrix(y_true, y_pred, normalize=normalize),
                    sk.confusion_matrix(y_true, y_pred, normalize=normalize))


def test_confusion_matrix_label_order_and_unlisted_labels():
    y_true, y_pred = ["a", "b", "c", "a", "c"], ["b", "b", "c", "a", "a"]
    for labels in (["c", "a"], ["b", "a", "c"], ["a", "z"]):
        assert_array_equal(mv.confusion_matrix(y_true, y_pred, labels=labels),
                           sk.confusion_matrix(y_true, y_pred, labels=labels))


@pytest.mark.parametrize("drop_intermediate", [True, False])
@pytest.mark.parametrize("seed", [0, 1])
def test_roc_curve_matches_sklearn_with_ties(drop_intermediate, seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 80)
    score = rng.normal(size=80).round(1) + 0.5 * y  # rounding creates tied scores
    for ours, ref in zip(mv.roc_curve(y, score, drop_intermediate=drop_intermediate),
                         sk.roc_curve(y, score, drop_intermediate=drop_intermediate)):
        assert_allclose(ours, ref)


def test_roc_curve_pos_label_and_hand_case():
    # sorted by score: 0.8 p, 0.4 n, 0.35 p, 0.1 n
    y, score = ["n", "n", "p", "p"], [0.1, 0.4, 0.35, 0.8]
    fpr, tpr, thr = mv.roc_curve(y, score, pos_label="p", drop_intermediate=False)
    assert_allclose(fpr, [0, 0, 0.5, 0.5, 1])
    assert_allclose(tpr, [0, 0.5, 0.5, 1, 1])
    assert_allclose(thr, [np.inf, 0.8, 0.4, 0.35, 0.1])
    with pytest.raises(ValueError):
        mv.roc_curve(["n", "p"], [0.1, 0.4])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_roc_auc_is_mann_whitney_and_matches_sklearn(seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 70)
    score = rng.normal(size=70).round(1) + y
    auc = mv.roc_auc_score(y, score)
    u = mannwhitneyu(score[y == 1], score[y == 0]).statistic
    assert auc == pytest.approx(u / ((y == 1).sum() * (y == 0).sum()), rel=1e-12)
    assert auc == pytest.approx(sk.roc_auc_score(y, score), rel=1e-12)
    fpr, tpr, _ = mv.roc_curve(y, score)
    assert auc == pytest.approx(np.trapezoid(tpr, fpr), rel=1e-12)


def test_roc_auc_hand_case_and_string_labels():
    # pairs (pos, neg): (0.4 > 0.1), (0.4 > 0.35), (0.8 > both) -> 4 of 4; with a tie 3.5 of 4
    assert mv.roc_auc_score([0, 1, 0, 1], [0.1, 0.4, 0.35, 0.8]) == 1.0
    assert mv.roc_auc_score(["a", "b", "a", "b"], [0.1, 0.35, 0.35, 0.8]) == pytest.approx(3.5 / 4)
    with pytest.raises(ValueError):
        mv.roc_auc_score([1, 1, 1], [0.1, 0.2, 0.3])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(-5, 5)), min_size=2, max_size=40))
def test_auc_is_invariant_to_monotone_score_transforms(pairs):
    y = np.array([p[0] for p in pairs], dtype=int)
    score = np.array([p[1] for p in pairs], dtype=float)
    if y.min() == y.max():
        return
    auc = mv.roc_auc_score(y, score)
    assert 0.0 <= auc <= 1.0
    assert mv.roc_auc_score(y, np.exp(score / 3) + 7) == pytest.approx(auc)
    assert mv.roc_auc_score(y, -score) == pytest.approx(1 - auc)


def test_regression_hand_case():
    y, y_hat = [1, 2, 3], [1.1, 1.9, 3.2]
    assert mv.mean_squared_error(y, y_hat) == pytest.approx(0.02)
    assert mv.mean_absolute_error(y, y_hat) == pytest.approx(0.4 / 3)
    assert mv.r2_score(y, y_hat) == pytest.approx(1 - 0.06 / 2)


@pytest.mark.parametrize("multioutput", ["uniform_average", "raw_values"])
@pytest.mark.parametrize("metric", ["mean_squared_error", "mean_absolute_error", "r2_score"])
@pytest.mark.parametrize("shape", [(30,), (30, 3)])
def test_regression_metrics_match_sklearn(metric, multioutput, shape):
    rng = np.random.default_rng(4)
    y, y_hat = rng.normal(size=shape), rng.normal(size=shape)
    assert_allclose(getattr(mv, metric)(y, y_hat, multioutput=multioutput),
                    getattr(sk, metric)(y, y_hat, multioutput=multioutput), rtol=1e-12)


def test_r2_of_constant_target_is_finite_like_sklearn():
    assert mv.r2_score([2.0, 2.0], [2.0, 2.0]) == sk.r2_score([2.0, 2.0], [2.0, 2.0]) == 1.0
    assert mv.r2_score([2.0, 2.0], [1.0, 2.0]) == sk.r2_score([2.0, 2.0], [1.0, 2.0]) == 0.0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(-100, 100), min_size=2, max_size=30), st.randoms(use_true_random=False))
def test_regression_invariants(values, rnd):
    y = np.array(values)
    perm = np.array(rnd.sample(range(len(y)), len(y)))
    y_hat = y[::-1] + 1.0
    assert mv.mean_squared_error(y, y) == 0.0 and mv.r2_score(y, y) == 1.0
    assert mv.mean_squared_error(y[perm], y_hat[perm]) == pytest.approx(mv.mean_squared_error(y, y_hat))
    assert mv.mean_absolute_error(y, y_hat) ** 2 <= mv.mean_squared_error(y, y_hat) * (1 + 1e-12) + 1e-12


@pytest.mark.parametrize("metric", ["euclidean", "cityblock", "cosine"])
def test_silhouette_matches_sklearn(metric):
    rng = np.random.default_rng(5)
    X = rng.normal(size=(90, 3)) + np.repeat(np.eye(3) * 3, 30, axis=0)
    labels = np.repeat([0, 1, 2], 30)
    labels[:5] = 1
    assert_allclose(mv.silhouette_samples(X, labels, metric=metric, chunk_size=16),
                    sk.silhouette_samples(X, labels, metric=metric), atol=1e-12)
    assert mv.silhouette_score(X, labels, metric=metric) == pytest.approx(
        sk.silhouette_score(X, labels, metric=metric), abs=1e-12)


def test_silhouette_hand_case_singletons_and_precomputed():
    X = np.array([[0.0], [1.0], [4.0], [10.0]])
    labels = np.array(["a", "a", "b", "c"])
    # point 0: a = 1, b = min(4, 10) = 4 -> 3/4; point 1: a = 1, b = min(3, 9) = 3 -> 2/3; singletons -> 0
    expected = [3 / 4, 2 / 3, 0.0, 0.0]
    assert_allclose(mv.silhouette_samples(X, labels), expected)
    D = np.abs(X - X.T)
    assert_allclose(mv.silhouette_samples(D, labels, metric="precomputed"), expected)
    assert_allclose(sk.silhouette_samples(X, labels), expected)
    with pytest.raises(ValueError):
        mv.silhouette_samples(X, [0, 0, 0, 0])


def test_silhouette_score_subsample_is_seeded():
    rng = np.random.default_rng(6)
    X, labels = rng.normal(size=(50, 2)), rng.integers(0, 3, 50)
    a = mv.silhouette_score(X, labels, sample_size=20, random_state=0)
    assert a == mv.silhouette_score(X, labels, sample_size=20, random_state=0)
    idx = np.random.default_rng(0).permutation(50)[:20]
    assert a == pytest.approx(sk.silhouette_score(X[idx], labels[idx]))


@settings(max_examples=50, deadline=None)
@given(st.integers(5, 30), st.integers(2, 4), st.integers(0, 2**16))
def test_silhouette_in_range(n, k, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    labels = np.arange(n) % k
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = mv.silhouette_samples(X, labels)
    assert np.all((s >= -1 - 1e-12) & (s <= 1 + 1e-12))


def test_hinge_loss_hand_case_and_sklearn():
    # margins y·f = 2, 0.5, -1 -> losses 0, 0.5, 2
    assert mv.hinge_loss([1, 1, -1], [2.0, 0.5, 1.0]) == pytest.approx(2.5 / 3)
    rng = np.random.default_rng(7)
    y, f = rng.choice(["no", "yes"], 40), rng.normal(size=40)
    assert mv.hinge_loss(y, f) == pytest.approx(sk.hinge_loss(y, f), rel=1e-12)
    with pytest.raises(ValueError):
        mv.hinge_loss([0, 1, 2], [0.1, 0.2, 0.3])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_precision_recall_curve_and_average_precision_match_sklearn_with_ties(seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 90)
    score = rng.normal(size=90).round(1) + 0.8 * y  # rounding creates tied scores
    for ours, ref in zip(mv.precision_recall_curve(y, score), sk.precision_recall_curve(y, score)):
        assert_allclose(ours, ref, rtol=1e-12)
    # same counts, same sum: only rounding separates the two (relative 1e-12 is ~ 1e4 ulp of a sum of 90 terms)
    assert mv.average_precision_score(y, score) == pytest.approx(sk.average_precision_score(y, score), rel=1e-12)


def test_precision_recall_hand_case_pos_label_and_prevalence_identity():
    # sklearn's doc example: sorted by score 0.8 p, 0.4 n, 0.35 p, 0.1 n
    precision, recall, thr = mv.precision_recall_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    assert_allclose(precision, [0.5, 2 / 3, 0.5, 1, 1])
    assert_allclose(recall, [1, 1, 0.5, 0.5, 0])
    assert_allclose(thr, [0.1, 0.35, 0.4, 0.8])
    # AP = 0.5·1 (at 0.8) + 0.5·(2/3) (at 0.35)
    assert mv.average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == pytest.approx(0.5 + 1 / 3)
    assert mv.average_precision_score(["n", "n", "p", "p"], [0.1, 0.4, 0.35, 0.8], pos_label="p") == \
        pytest.approx(0.5 + 1 / 3)
    # P = πR / (πR + (1-π)FPR) at every threshold, from the ROC counts
    rng = np.random.default_rng(5)
    y = rng.integers(0, 2, 60)
    score = rng.normal(size=60) + y
    precision, recall, thr = mv.precision_recall_curve(y, score)
    pi = y.mean()
    fpr = np.array([(score[y == 0] >= t).mean() for t in thr])
    assert_allclose(precision[:-1], pi * recall[:-1] / (pi * recall[:-1] + (1 - pi) * fpr), rtol=1e-12)
    with pytest.raises(ValueError):
        mv.precision_recall_curve([0, 0], [0.1, 0.2])
