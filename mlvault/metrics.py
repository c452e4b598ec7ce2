"""Evaluation metrics: classification counts, ROC/AUC, regression errors, and the silhouette of a clustering.

Names, arguments and defaults follow ``sklearn.metrics`` (binary scores with ``pos_label=1`` and
``average="binary"``), so that each function can be checked against its scikit-learn twin one to one.
"""

from __future__ import annotations

import warnings

import numpy as np
from numpy.typing import ArrayLike
from scipy.spatial.distance import cdist
from scipy.stats import rankdata

__all__ = [
    "accuracy_score",
    "confusion_matrix",
    "precision_score",
    "recall_score",
    "f1_score",
    "specificity_score",
    "roc_curve",
    "roc_auc_score",
    "precision_recall_curve",
    "average_precision_score",
    "hinge_loss",
    "mean_squared_error",
    "mean_absolute_error",
    "r2_score",
    "silhouette_samples",
    "silhouette_score",
]

_AVERAGES = ("binary", "macro", "micro", "weighted", None)


class UndefinedMetricWarning(UserWarning):
    """A score had a zero denominator and was set to ``zero_division``."""


# --------------------------------------------------------------------------------------- classification


def _label_pair(y_true: ArrayLike, y_pred: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError(f"y_true {y_true.shape} and y_pred {y_pred.shape} must be 1-D of equal length")
    return y_true, y_pred


def accuracy_score(y_true: ArrayLike, y_pred: ArrayLike, *, normalize: bool = True) -> float:
    r"""Fraction (or number) of correctly classified samples.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        True labels.
    y_pred : array_like of shape (n_samples,)
        Predicted labels.
    normalize : bool, default True
        Return the fraction; with ``False`` the count of correct predictions.

    Returns
    -------
    float

    Notes
    -----
    .. math:: \mathrm{Accuracy} = \frac{1}{n}\sum_{i=1}^{n} \mathbb{1}[\hat y_i = y_i]
              = \frac{TP + TN}{TP + TN + FP + FN}

    笔记：[[模型评估指标]]
    """
    y_true, y_pred = _label_pair(y_true, y_pred)
    correct = y_true == y_pred
    return float(correct.mean()) if normalize else float(correct.sum())


def confusion_matrix(
    y_true: ArrayLike, y_pred: ArrayLike, *, labels: ArrayLike | None = None, normalize: str | None = None
) -> np.ndarray:
    r"""Confusion matrix: ``[i, j]`` counts samples of true class ``labels[i]`` predicted as ``labels[j]``.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        True labels.
    y_pred : array_like of shape (n_samples,)
        Predicted labels.
    labels : array_like of shape (n_classes,), optional
        Row/column order; the sorted union of the labels in ``y_true`` and ``y_pred`` by default.
        Samples whose labels are not listed are ignored.
    normalize : {"true", "pred", "all"}, optional
        Divide by the row sums, the column sums or the total.

    Returns
    -------
    ndarray of shape (n_classes, n_classes)
        For a binary problem with ``labels=[0, 1]``: ``[[TN, FP], [FN, TP]]``.

    Notes
    -----
    .. math:: C_{jk} = \sum_{i=1}^{n} \mathbb{1}[y_i = \ell_j]\,\mathbb{1}[\hat y_i = \ell_k]

    笔记：[[模型评估指标]]
    """
    y_true, y_pred = _label_pair(y_true, y_pred)
    labels = np.union1d(y_true, y_pred) if labels is None else np.asarray(labels)
    k = len(labels)
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]

    def index(y: np.ndarray) -> np.ndarray:
        pos = np.clip(np.searchsorted(sorted_labels, y), 0, k - 1)
        return np.where(sorted_labels[pos] == y, order[pos], -1)

    t, p = index(y_true), index(y_pred)
    keep = (t >= 0) & (p >= 0)
    cm = np.bincount(t[keep] * k + p[keep], minlength=k * k).reshape(k, k)
    if normalize is None:
        return cm
    axis = {"true": 1, "pred": 0, "all": None}[normalize]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.nan_to_num(cm / cm.sum(axis=axis, keepdims=axis is not None))


def _divide(num: np.ndarray, den: np.ndarray, zero_division, what: str) -> np.ndarray:
    """``num / den`` with ``zero_division`` where ``den == 0`` (0 and a warning for ``"warn"``)."""
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    zero = den == 0
    out = num / np.where(zero, 1.0, den)
    if np.any(zero):
        if zero_division == "warn":
            warnings.warn(f"{what} is ill-defined (zero denominator) and set to 0.0", UndefinedMetricWarning)
        out[zero] = 0.0 if zero_division == "warn" else float(zero_division)
    return out


def _one_vs_rest_counts(y_true, y_pred, labels, pos_label, average):
    """Per-label true positives, predicted-positive and true-positive counts (sklearn's label rules)."""
    if average not in _AVERAGES:
        raise ValueError(f"average must be one of {_AVERAGES}, got {average!r}")
    y_true, y_pred = _label_pair(y_true, y_pred)
    present = np.union1d(y_true, y_pred)
    if average == "binary":
        if len(present) > 2:
            raise ValueError(f"average='binary' needs at most 2 labels, got {len(present)}")
        if len(present) == 2 and pos_label not in present:
            raise ValueError(f"pos_label={pos_label!r} is not a valid label: {present}")
        labels = np.asarray([pos_label])
    elif labels is None:
        labels = present
    labels = np.asarray(labels)
    truth = y_true == labels[:, None]  # (n_labels, n_samples)
    guess = y_pred == labels[:, None]
    tp = (truth & guess).sum(axis=1)
    pred = guess.sum(axis=1)
    true = truth.sum(axis=1)
    if average == "micro":
        tp, pred, true = tp.sum(keepdims=True), pred.sum(keepdims=True), true.sum(keepdims=True)
    return tp, pred, true


def _average(scores: np.ndarray, true: np.ndarray, average):
    if average is None:
        return scores
    weights = true if average == "weighted" else None
    if weights is not None and weights.sum() == 0:
        return 0.0
    return float(np.average(scores, weights=weights))


def _prf(y_true, y_pred, labels, pos_label, average, zero_division, metric):
    tp, pred, true = _one_vs_rest_counts(y_true, y_pred, labels, pos_label, average)
    if metric == "precision":
        scores = _divide(tp, pred, zero_division, "precision")
    elif metric == "recall":
        scores = _divide(tp, true, zero_division, "recall")
    else:  # F1 = 2TP / (2TP + FP + FN) = 2TP / (true + pred): the harmonic mean of P and R
        scores = _divide(2 * tp, true + pred, zero_division, "F1")
    return _average(scores, true, average)


_PRF_PARAMETERS = """
    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        True labels.
    y_pred : array_like of shape (n_samples,)
        Predicted labels.
    labels : array_like of shape (n_labels,), optional
        Labels to score when ``average != "binary"``; all labels present by default.
    pos_label : label, default 1
        The positive class when ``average="binary"``.
    average : {"binary", "macro", "micro", "weighted"} or None, default "binary"
        ``"binary"``: the score of ``pos_label`` only. Otherwise one score per label (one-vs-rest), then
        ``"macro"``: plain mean; ``"weighted"``: mean weighted by each label's support (true count);
        ``"micro"``: computed from the summed counts; ``None``: the per-label array.
    zero_division : "warn", 0, 1 or nan, default "warn"
        Value of a score whose denominator is 0; ``"warn"`` gives 0 and an ``UndefinedMetricWarning``.

    Returns
    -------
    float, or ndarray of shape (n_labels,) when ``average=None``
"""


def precision_score(y_true, y_pred, *, labels=None, pos_label=1, average="binary", zero_division="warn"):
    r"""Precision: of the samples predicted positive, the fraction that are positive.
    {params}
    Notes
    -----
    .. math:: \mathrm{Precision} = \frac{TP}{TP + FP}

    笔记：[[模型评估指标]]
    """
    return _prf(y_true, y_pred, labels, pos_label, average, zero_division, "precision")


def recall_score(y_true, y_pred, *, labels=None, pos_label=1, average="binary", zero_division="warn"):
    r"""Recall (sensitivity, true-positive rate): of the positive samples, the fraction found.
    {params}
    Notes
    -----
    .. math:: \mathrm{Recall} = \frac{TP}{TP + FN}

    笔记：[[模型评估指标]]
    """
    return _prf(y_true, y_pred, labels, pos_label, average, zero_division, "recall")


def f1_score(y_true, y_pred, *, labels=None, pos_label=1, average="binary", zero_division="warn"):
    r"""F1 score: the harmonic mean of precision and recall.
    {params}
    Notes
    -----
    .. math:: F_1 = \frac{2PR}{P + R} = \frac{2\,TP}{2\,TP + FP + FN}

    笔记：[[模型评估指标]]
    """
    return _prf(y_true, y_pred, labels, pos_label, average, zero_division, "f1")


for _f in (precision_score, recall_score, f1_score):
    _f.__doc__ = _f.__doc__.replace("    {params}", _PRF_PARAMETERS.rstrip("\n"))


def specificity_score(y_true: ArrayLike, y_pred: ArrayLike, *, pos_label=1, zero_division="warn") -> float:
    r"""Specificity (true-negative rate): of the negative samples, the fraction predicted negative.

    Every label other than ``pos_label`` counts as negative. For a binary problem this equals the recall of
    the negative class, ``recall_score(y_true, y_pred, pos_label=<negative label>)``.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        True labels.
    y_pred : array_like of shape (n_samples,)
        Predicted labels.
    pos_label : label, default 1
        The positive class.
    zero_division : "warn", 0, 1 or nan, default "warn"
        Value when there are no negative samples.

    Returns
    -------
    float

    Notes
    -----
    .. math:: \mathrm{Specificity} = \frac{TN}{TN + FP}

    笔记：[[模型评估指标]]
    """
    y_true, y_pred = _label_pair(y_true, y_pred)
    negative = y_true != pos_label
    tn = np.sum(negative & (y_pred != pos_label))
    return float(_divide(tn, negative.sum(), zero_division, "specificity"))


# -------------------------------------------------------------------------------------------- ROC / AUC


def _binary_targets(y_true: ArrayLike, pos_label) -> np.ndarray:
    y_true = np.asarray(y_true)
    classes = np.unique(y_true)
    if pos_label is None:
        if not (np.all(np.isin(classes, [0, 1])) or np.all(np.isin(classes, [-1, 1]))):
            raise ValueError(f"y_true has labels {classes}: give pos_label unless {{0,1}} or {{-1,1}}")
        pos_label = 1
    return (y_true == pos_label).astype(float)


def roc_curve(
    y_true: ArrayLike, y_score: ArrayLike, *, pos_label=None, drop_intermediate: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Receiver operating characteristic: false- and true-positive rate at every score threshold.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        Binary labels; {0, 1} or {-1, 1} unless ``pos_label`` is given.
    y_score : array_like of shape (n_samples,)
        Scores, larger meaning "more positive" (probabilities or decision values).
    pos_label : label, optional
        The positive class.
    drop_intermediate : bool, default True
        Drop thresholds that lie on a straight segment of the curve (they do not change its shape or area).

    Returns
    -------
    fpr : ndarray of shape (n_thresholds,)
        False-positive rate of ``score >= thresholds[i]``.
    tpr : ndarray of shape (n_thresholds,)
        True-positive rate of ``score >= thresholds[i]``.
    thresholds : ndarray of shape (n_thresholds,)
        Decreasing; ``thresholds[0] = inf`` (nothing predicted positive, the point (0, 0)).

    Notes
    -----
    .. math:: \mathrm{TPR}(t) = \frac{\#\{i : y_i = 1,\ s_i \ge t\}}{\#\{i : y_i = 1\}},\qquad
              \mathrm{FPR}(t) = \frac{\#\{i : y_i = 0,\ s_i \ge t\}}{\#\{i : y_i = 0\}}

    笔记：[[模型评估指标]]
    """
    y = _binary_targets(y_true, pos_label)
    score = np.asarray(y_score, dtype=float)
    order = np.argsort(score, kind="mergesort")[::-1]
    score, y = score[order], y[order]
    # the last index of every run of equal scores: one threshold per distinct score
    ends = np.r_[np.flatnonzero(np.diff(score)), y.size - 1]
    tps = np.cumsum(y)[ends]
    fps = ends + 1 - tps
    thresholds = score[ends]
    if drop_intermediate and tps.size > 2:
        corner = np.r_[True, np.logical_or(np.diff(fps, 2), np.diff(tps, 2)), True]
        tps, fps, thresholds = tps[corner], fps[corner], thresholds[corner]
    tps, fps, thresholds = np.r_[0.0, tps], np.r_[0.0, fps], np.r_[np.inf, thresholds]
    with np.errstate(invalid="ignore"):
        if fps[-1] == 0:
            warnings.warn("no negative samples: the false-positive rate is undefined", UndefinedMetricWarning)
        if tps[-1] == 0:
            warnings.warn("no positive samples: the true-positive rate is undefined", UndefinedMetricWarning)
        return fps / fps[-1], tps / tps[-1], thresholds


def roc_auc_score(y_true: ArrayLike, y_score: ArrayLike) -> float:
    r"""Area under the ROC curve of a binary problem, via the Mann–Whitney rank statistic.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        Two distinct labels; the larger one is the positive class (as in scikit-learn).
    y_score : array_like of shape (n_samples,)
        Scores, larger meaning "more positive".

    Returns
    -------
    float
        The probability that a random positive scores above a random negative (ties count one half).

    Notes
    -----
    .. math:: \mathrm{AUC} = P(s^+ > s^-) + \tfrac12 P(s^+ = s^-)
              = \frac{R_+ - n_+(n_+ + 1)/2}{n_+\,n_-}

    where :math:`R_+` is the sum of the (tie-averaged) ranks of the positive scores among all scores.

    笔记：[[模型评估指标]]
    """
    y_true = np.asarray(y_true)
    classes = np.unique(y_true)
    if len(classes) != 2:
        raise ValueError(f"ROC AUC needs exactly two classes in y_true, got {len(classes)}")
    positive = y_true == classes[1]
    ranks = rankdata(np.asarray(y_score, dtype=float))
    n_pos = positive.sum()
    n_neg = positive.size - n_pos
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def _counts_at_thresholds(y: np.ndarray, score: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """True- and false-positive counts of ``score >= t`` for every distinct score ``t``, decreasing ``t``."""
    order = np.argsort(score, kind="mergesort")[::-1]
    score, y = score[order], y[order]
    ends = np.r_[np.flatnonzero(np.diff(score)), y.size - 1]  # last index of every run of equal scores
    tps = np.cumsum(y)[ends]
    return tps, ends + 1 - tps, score[ends]


def precision_recall_curve(
    y_true: ArrayLike, y_score: ArrayLike, *, pos_label=None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Precision and recall of ``score >= t`` at every distinct score ``t``.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        Binary labels; {0, 1} or {-1, 1} unless ``pos_label`` is given.
    y_score : array_like of shape (n_samples,)
        Scores, larger meaning "more positive".
    pos_label : label, optional
        The positive class.

    Returns
    -------
    precision : ndarray of shape (n_thresholds + 1,)
        ``precision[i]`` is the precision of ``score >= thresholds[i]``; the last entry is 1 by convention
        (nothing predicted positive).
    recall : ndarray of shape (n_thresholds + 1,)
        Decreasing; the last entry is 0.
    thresholds : ndarray of shape (n_thresholds,)
        The distinct scores, increasing (scikit-learn's order).

    Notes
    -----
    .. math:: P(t) = \frac{TP(t)}{TP(t) + FP(t)},\qquad R(t) = \frac{TP(t)}{TP(t) + FN(t)}

    Unlike the ROC curve, the precision depends on the share of positives :math:`\pi`:
    :math:`P = \frac{\pi R}{\pi R + (1-\pi)\,\mathrm{FPR}}`.

    笔记：[[模型评估指标]]
    """
    y = _binary_targets(y_true, pos_label)
    tps, fps, thresholds = _counts_at_thresholds(y, np.asarray(y_score, dtype=float))
    if tps[-1] == 0:
        raise ValueError("no positive samples: the recall is undefined")
    precision = tps / (tps + fps)  # tps + fps >= 1 at every distinct score
    recall = tps / tps[-1]
    return np.r_[precision[::-1], 1.0], np.r_[recall[::-1], 0.0], thresholds[::-1]


def average_precision_score(y_true: ArrayLike, y_score: ArrayLike, *, pos_label=None) -> float:
    r"""Average precision: the precision at each threshold, weighted by the recall it adds.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        Binary labels; {0, 1} or {-1, 1} unless ``pos_label`` is given.
    y_score : array_like of shape (n_samples,)
        Scores, larger meaning "more positive".
    pos_label : label, optional
        The positive class.

    Returns
    -------
    float
        A step-wise area under the precision–recall curve (no interpolation), in [0, 1].

    Notes
    -----
    .. math:: \mathrm{AP} = \sum_n (R_n - R_{n-1})\,P_n

    over the thresholds in decreasing order, :math:`R_0 = 0`. A random ranking has
    :math:`\mathrm{AP} \approx \pi`, the share of positives.

    笔记：[[模型评估指标]]
    """
    precision, recall, _ = precision_recall_curve(y_true, y_score, pos_label=pos_label)
    return float(max(0.0, -np.sum(np.diff(recall) * precision[:-1])))


def hinge_loss(y_true: ArrayLike, pred_decision: ArrayLike) -> float:
    r"""Mean hinge loss of decision values for a binary problem (the loss the SVM minimises).

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        Two distinct labels; the larger one is coded :math:`+1`, the other :math:`-1` (as in scikit-learn).
    pred_decision : array_like of shape (n_samples,)
        Decision values :math:`f(x_i)`, e.g. ``SVC.decision_function``.

    Returns
    -------
    float

    Notes
    -----
    .. math:: L = \frac1n\sum_{i=1}^n \max\bigl(0,\ 1 - y_i f(x_i)\bigr),\qquad y_i \in \{-1, +1\}

    笔记：[[损失函数]]
    """
    y_true = np.asarray(y_true)
    classes = np.unique(y_true)
    if len(classes) != 2:
        raise ValueError(f"hinge_loss here is binary; y_true has {len(classes)} labels")
    y = np.where(y_true == classes[1], 1.0, -1.0)
    return float(np.mean(np.maximum(0.0, 1.0 - y * np.asarray(pred_decision, dtype=float))))


# ------------------------------------------------------------------------------------------- regression


def _regression_pair(y_true: ArrayLike, y_pred: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if y_true.shape != y_pred.shape or y_true.ndim not in (1, 2):
        raise ValueError(f"y_true {y_true.shape} and y_pred {y_pred.shape} must share one 1-D or 2-D shape")
    return y_true.reshape(len(y_true), -1), y_pred.reshape(len(y_pred), -1)


def _multioutput(per_output: np.ndarray, multioutput: str):
    if multioutput == "raw_values":
        return per_output
    if multioutput == "uniform_average":
        return float(per_output.mean())
    raise ValueError(f"multioutput must be 'raw_values' or 'uniform_average', got {multioutput!r}")


def mean_squared_error(y_true: ArrayLike, y_pred: ArrayLike, *, multioutput: str = "uniform_average"):
    r"""Mean squared error.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,) or (n_samples, n_outputs)
        Targets.
    y_pred : array_like of shape (n_samples,) or (n_samples, n_outputs)
        Predictions.
    multioutput : {"uniform_average", "raw_values"}, default "uniform_average"
        Average over outputs, or return one value per output.

    Returns
    -------
    float, or ndarray of shape (n_outputs,)

    Notes
    -----
    .. math:: \mathrm{MSE} = \frac{1}{n}\sum_{i=1}^{n} (y_i - \hat y_i)^2

    The root mean squared error is :math:`\mathrm{RMSE} = \sqrt{\mathrm{MSE}}`.

    笔记：[[损失函数]]
    """
    y_true, y_pred = _regression_pair(y_true, y_pred)
    return _multioutput(np.mean((y_true - y_pred) ** 2, axis=0), multioutput)


def mean_absolute_error(y_true: ArrayLike, y_pred: ArrayLike, *, multioutput: str = "uniform_average"):
    r"""Mean absolute error.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,) or (n_samples, n_outputs)
        Targets.
    y_pred : array_like of shape (n_samples,) or (n_samples, n_outputs)
        Predictions.
    multioutput : {"uniform_average", "raw_values"}, default "uniform_average"
        Average over outputs, or return one value per output.

    Returns
    -------
    float, or ndarray of shape (n_outputs,)

    Notes
    -----
    .. math:: \mathrm{MAE} = \frac{1}{n}\sum_{i=1}^{n} \lvert y_i - \hat y_i \rvert

    笔记：[[模型评估指标]]
    """
    y_true, y_pred = _regression_pair(y_true, y_pred)
    return _multioutput(np.mean(np.abs(y_true - y_pred), axis=0), multioutput)


def r2_score(y_true: ArrayLike, y_pred: ArrayLike, *, multioutput: str = "uniform_average"):
    r"""Coefficient of determination :math:`R^2`: the fraction of the variance of ``y`` explained.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,) or (n_samples, n_outputs)
        Targets.
    y_pred : array_like of shape (n_samples,) or (n_samples, n_outputs)
        Predictions.
    multioutput : {"uniform_average", "raw_values"}, default "uniform_average"
        Average over outputs, or return one value per output.

    Returns
    -------
    float, or ndarray of shape (n_outputs,)
        1 for a perfect fit, 0 for predicting the mean, negative for worse. A constant ``y_true`` gives 1 if
        predicted exactly and 0 otherwise (scikit-learn's ``force_finite=True``).

    Notes
    -----
    .. math:: R^2 = 1 - \frac{SS_{res}}{SS_{tot}}
              = 1 - \frac{\sum_i (y_i - \hat y_i)^2}{\sum_i (y_i - \bar y)^2}

    笔记：[[模型评估指标]]
    """
    y_true, y_pred = _regression_pair(y_true, y_pred)
    ss_res = np.sum((y_true - y_pred) ** 2, axis=0)
    ss_tot = np.sum((y_true - y_true.mean(axis=0)) ** 2, axis=0)
    constant = ss_tot == 0
    r2 = np.where(constant, np.where(ss_res == 0, 1.0, 0.0), 1 - ss_res / np.where(constant, 1.0, ss_tot))
    return _multioutput(r2, multioutput)


# ------------------------------------------------------------------------------------------- clustering


def silhouette_samples(X: ArrayLike, labels: ArrayLike, *, metric: str = "euclidean", chunk_size: int = 2048):
    r"""Silhouette coefficient of every sample.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features), or (n_samples, n_samples) if ``metric="precomputed"``
        Samples, or their pairwise distance matrix.
    labels : array_like of shape (n_samples,)
        Cluster label of each sample; between 2 and ``n_samples - 1`` distinct labels.
    metric : str, default "euclidean"
        Any metric of ``scipy.spatial.distance.cdist``, or ``"precomputed"``.
    chunk_size : int, default 2048
        Rows of the distance matrix held in memory at once.

    Returns
    -------
    ndarray of shape (n_samples,)
        Values in [-1, 1]; 0 for a sample alone in its cluster.

    Notes
    -----
    .. math:: s(i) = \frac{b(i) - a(i)}{\max\{a(i), b(i)\}}

    :math:`a(i)` is the mean distance from :math:`i` to the other members of its cluster, :math:`b(i)` the
    smallest mean distance from :math:`i` to the members of another cluster.

    笔记：[[聚类评估与轮廓系数]]
    """
    X = np.asarray(X, dtype=float)
    _, codes = np.unique(np.asarray(labels), return_inverse=True)
    n, k = codes.size, codes.max() + 1
    if not 2 <= k <= n - 1:
        raise ValueError(f"silhouette needs 2 <= n_labels <= n_samples - 1, got {k} labels for {n} samples")
    members = np.zeros((n, k))
    members[np.arange(n), codes] = 1.0
    sizes = members.sum(axis=0)
    own_size = sizes[codes]
    a, b = np.empty(n), np.empty(n)
    for start in range(0, n, chunk_size):
        rows = slice(start, min(start + chunk_size, n))
        D = X[rows] if metric == "precomputed" else cdist(X[rows], X, metric=metric)
        mean_to = (D @ members) / sizes  # (chunk, k): mean distance from each row to each cluster
        own = codes[rows]
        idx = np.arange(len(own))
        a[rows] = mean_to[idx, own] * sizes[own] / np.maximum(sizes[own] - 1, 1)  # exclude d(i, i) = 0
        mean_to[idx, own] = np.inf
        b[rows] = mean_to.min(axis=1)
    with np.errstate(invalid="ignore"):
        s = (b - a) / np.maximum(a, b)
    return np.where((own_size > 1) & np.isfinite(s), s, 0.0)


def silhouette_score(
    X: ArrayLike,
    labels: ArrayLike,
    *,
    metric: str = "euclidean",
    sample_size: int | None = None,
    random_state: int | np.random.Generator | None = None,
) -> float:
    r"""Mean silhouette coefficient over all samples (or a random subset of ``sample_size`` samples).

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features), or (n_samples, n_samples) if ``metric="precomputed"``
        Samples, or their pairwise distance matrix.
    labels : array_like of shape (n_samples,)
        Cluster label of each sample.
    metric : str, default "euclidean"
        Any metric of ``scipy.spatial.distance.cdist``, or ``"precomputed"``.
    sample_size : int, optional
        Score a random subset of this size (seeded by ``random_state``) instead of all samples.
    random_state : int or numpy.random.Generator, optional
        Seed of the subset.

    Returns
    -------
    float
        In [-1, 1]; larger means tighter, better separated clusters.

    Notes
    -----
    .. math:: S = \frac{1}{n}\sum_{i=1}^{n} s(i)

    笔记：[[聚类评估与轮廓系数]]
    """
    X, labels = np.asarray(X), np.asarray(labels)
    if sample_size is not None:
        idx = np.random.default_rng(random_state).permutation(len(labels))[:sample_size]
        X = X[idx][:, idx] if metric == "precomputed" else X[idx]
        labels = labels[idx]
    return float(np.mean(silhouette_samples(X, labels, metric=metric)))
