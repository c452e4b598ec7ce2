"""Model selection: hold-out splits, K-fold cross-validation, a Monte-Carlo bias–variance decomposition."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike

from mlvault.metrics import accuracy_score, mean_squared_error, r2_score

__all__ = ["KFold", "cross_val_score", "train_test_split", "BiasVariance", "bias_variance_decomposition"]


class KFold:
    r"""K-fold cross-validation splitter: K consecutive folds, each used once as the validation set.

    Parameters
    ----------
    n_splits : int
        K >= 2. ``n_splits = n_samples`` is leave-one-out (LOO).
    shuffle : bool
        Permute the samples before cutting the folds.
    random_state : int or numpy.random.Generator, optional
        Seeds the permutation when ``shuffle=True``.

    Notes
    -----
    The first :math:`n \bmod K` folds have :math:`\lfloor n/K \rfloor + 1` samples, the others
    :math:`\lfloor n/K \rfloor`, so with ``shuffle=False`` the folds are exactly scikit-learn's. With
    ``shuffle=True`` the permutation comes from ``numpy.random.default_rng`` and differs from scikit-learn's.
    The cross-validation estimate is the mean of the K validation scores:

    .. math:: \operatorname{CV}_K
              = \frac{1}{K} \sum_{k=1}^{K} \operatorname{score}\bigl(\hat f^{(-k)}, D_k\bigr)

    笔记：[[交叉验证]]
    """

    def __init__(self, n_splits: int = 5, shuffle: bool = False, random_state=None):
        if n_splits < 2:
            raise ValueError(f"n_splits must be at least 2, got {n_splits}")
        self.n_splits = n_splits
        self.shuffle = shuffle
        self.random_state = random_state

    def get_n_splits(self, X=None, y=None, groups=None) -> int:
        """The number of folds K."""
        return self.n_splits

    def split(self, X: ArrayLike, y=None, groups=None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Yield ``(train_indices, test_indices)`` for each fold.

        Parameters
        ----------
        X : array_like, shape (n_samples, ...)
            Only its length is used.
        y, groups : ignored
            Present for scikit-learn compatibility.

        Yields
        ------
        train : ndarray, shape (n_samples - n_fold,), int
        test : ndarray, shape (n_fold,), int
        """
        n = len(X)
        if self.n_splits > n:
            raise ValueError(f"cannot have n_splits={self.n_splits} greater than n_samples={n}")
        order = np.random.default_rng(self.random_state).permutation(n) if self.shuffle else np.arange(n)
        sizes = np.full(self.n_splits, n // self.n_splits)
        sizes[: n % self.n_splits] += 1
        bounds = np.concatenate([[0], np.cumsum(sizes)])
        for lo, hi in zip(bounds[:-1], bounds[1:]):
            yield np.concatenate([order[:lo], order[hi:]]), order[lo:hi]


def _model_score(model, X, y) -> float:
    return model.score(X, y)


_SCORERS = {
    None: _model_score,
    "accuracy": lambda model, X, y: accuracy_score(y, model.predict(X)),
    "r2": lambda model, X, y: r2_score(y, model.predict(X)),
    "neg_mean_squared_error": lambda model, X, y: -mean_squared_error(y, model.predict(X)),
}


def cross_val_score(model, X: ArrayLike, y: ArrayLike, cv=5, scoring=None) -> np.ndarray:
    r"""Score a model by K-fold cross-validation: fit a fresh copy on K-1 folds, score on the remaining one.

    Parameters
    ----------
    model : estimator
        Anything with ``fit(X, y)`` and ``predict(X)`` (and ``score`` when ``scoring`` is None). It is
        deep-copied for each fold, so it is never fitted itself.
    X : array_like, shape (n_samples, n_features)
    y : array_like, shape (n_samples,)
    cv : int, splitter or iterable
        An int K means ``KFold(K)`` without shuffling — for classifiers scikit-learn would use stratified
        folds instead; pass the same splitter to both to compare. A splitter has ``split(X, y)``; an
        iterable yields ``(train, test)`` index pairs.
    scoring : None, str or callable
        None: ``model.score`` (accuracy for classifiers, :math:`R^2` for regressors). A name among
        ``"accuracy"``, ``"r2"``, ``"neg_mean_squared_error"``, or a callable ``scorer(model, X, y)``.

    Returns
    -------
    ndarray, shape (n_splits,)
        One score per fold; their mean is the cross-validation estimate.

    Notes
    -----
    .. math:: \operatorname{CV}_K
              = \frac{1}{K} \sum_{k=1}^{K} \operatorname{score}\bigl(\hat f^{(-k)}, D_k\bigr)

    笔记：[[交叉验证]]
    """
    X = np.asarray(X)
    y = np.asarray(y)
    if isinstance(cv, int):
        cv = KFold(cv)
    folds = cv.split(X, y) if hasattr(cv, "split") else cv
    scorer = scoring if callable(scoring) else _SCORERS[scoring]
    scores = []
    for train, test in folds:  # loop over folds
        fitted = copy.deepcopy(model).fit(X[train], y[train])
        scores.append(scorer(fitted, X[test], y[test]))
    return np.array(scores, dtype=float)


def train_test_split(*arrays: ArrayLike, test_size: float | int = 0.25, random_state=None, stratify=None):
    r"""Split arrays into random train and test parts (the same rows for every array).

    Parameters
    ----------
    *arrays : array_like, each of shape (n_samples, ...)
    test_size : float or int
        A fraction in (0, 1) (the test set has ``ceil(test_size * n)`` rows, as in scikit-learn) or a count.
    random_state : int or numpy.random.Generator, optional
        Seeds ``numpy.random.default_rng``. The permutation therefore differs from scikit-learn's (which uses
        the legacy ``RandomState``): the same seed gives a different split.
    stratify : array_like, shape (n_samples,), optional
        Class labels whose proportions the test set keeps: each class gets
        :math:`\lfloor n_c \cdot n_{test} / n \rfloor` test rows, and the remaining ones go to the classes
        with the largest remainders.

    Returns
    -------
    list of ndarray, length 2 * len(arrays)
        ``[a_train, a_test, b_train, b_test, ...]``.

    Notes
    -----
    .. math:: n_{\mathrm{test}} = \lceil \mathrm{test\_size} \cdot n \rceil,
              \qquad n_{\mathrm{train}} = n - n_{\mathrm{test}}

    笔记：[[交叉验证]]
    """
    if not arrays:
        raise ValueError("at least one array is required")
    arrays = [np.asarray(a) for a in arrays]
    n = len(arrays[0])
    if any(len(a) != n for a in arrays):
        raise ValueError("all arrays must have the same length")
    n_test = int(np.ceil(test_size * n)) if isinstance(test_size, float) else int(test_size)
    if not 0 < n_test < n:
        raise ValueError(f"test_size={test_size} leaves an empty train or test set for n={n}")
    rng = np.random.default_rng(random_state)
    order = rng.permutation(n)
    if stratify is None:
        test = order[:n_test]
    else:
        classes, codes = np.unique(np.asarray(stratify), return_inverse=True)
        counts = np.bincount(codes)
        quota = counts * n_test / n
        take = np.floor(quota).astype(int)
        remainder_rank = np.argsort(-(quota - take), kind="stable")
        take[remainder_rank[: n_test - take.sum()]] += 1
        by_class = order[np.argsort(codes[order], kind="stable")]  # shuffled rows, grouped by class
        rank_in_class = np.arange(n) - np.repeat(np.cumsum(counts) - counts, counts)
        test = by_class[rank_in_class < take[codes[by_class]]]
    is_test = np.zeros(n, dtype=bool)
    is_test[test] = True
    train = order[~is_test[order]]
    test = order[is_test[order]]
    return [part for a in arrays for part in (a[train], a[test])]


class BiasVariance(NamedTuple):
    """Result of :func:`bias_variance_decomposition`; every quantity is averaged over ``x_test``.

    笔记：[[偏差-方差权衡]]
    """

    bias2: float
    variance: float
    noise: float
    expected_mse: float
    predictions: np.ndarray  # shape (n_datasets, n_test)


def bias_variance_decomposition(
    model_factory: Callable[[], object],
    f: Callable[[np.ndarray], np.ndarray],
    noise_sigma: float,
    x_test: ArrayLike,
    n_train: int,
    n_datasets: int,
    random_state=None,
    x_train: ArrayLike | None = None,
) -> BiasVariance:
    r"""Monte-Carlo bias–variance decomposition of the expected squared error of a learning algorithm.

    ``n_datasets`` training sets are drawn: :math:`x \sim \mathcal{U}[\min x_{test}, \max x_{test}]`
    (per column), :math:`y = f(x) + \varepsilon`, :math:`\varepsilon \sim \mathcal{N}(0, \sigma^2)`. A fresh
    model is fitted on each and predicts at ``x_test``. With ``x_train`` given (fixed design), every
    training set has those inputs and only the noise is redrawn.

    Parameters
    ----------
    model_factory : callable
        ``model_factory()`` returns an unfitted model with ``fit(X, y)`` and ``predict(X)``.
    f : callable
        The true regression function, ``f(X)`` of shape (n,) for ``X`` of shape (n, n_features).
    noise_sigma : float
        Standard deviation σ of the additive Gaussian noise.
    x_test : array_like, shape (n_test,) or (n_test, n_features)
        Where the error is measured (a 1-D array is one feature).
    n_train : int
        Size of each training set.
    n_datasets : int
        Number of training sets (Monte-Carlo repetitions).
    random_state : int or numpy.random.Generator, optional
    x_train : array_like, shape (n_train,) or (n_train, n_features), optional
        Fixed training inputs (fixed design); ``n_train`` is then ignored. For a linear smoother
        :math:`\hat f=S\mathbf{y}` with ``x_test = x_train`` the average variance is
        :math:`\sigma^2\operatorname{tr}(SS^\top)/n` (:math:`\sigma^2 p/n` for least squares with
        :math:`p` coefficients).

    Returns
    -------
    BiasVariance
        ``bias2`` :math:`\overline{(\mathbb{E}_D[\hat f(x)] - f(x))^2}`, ``variance``
        :math:`\overline{\operatorname{Var}_D[\hat f(x)]}`, ``noise`` :math:`\sigma^2`, ``expected_mse``
        (the average squared error against fresh noisy targets :math:`y = f(x) + \varepsilon`, estimated
        independently of the three terms) and the ``predictions``.

    Notes
    -----
    .. math:: \mathbb{E}_{D,\varepsilon}\bigl[(y - \hat f(x))^2\bigr] = \operatorname{Bias}[\hat f(x)]^2
              + \operatorname{Var}[\hat f(x)] + \sigma^2

    笔记：[[偏差-方差权衡]]
    """
    rng = np.random.default_rng(random_state)
    x_test = np.asarray(x_test, dtype=float)
    X_test = x_test.reshape(len(x_test), -1)
    lo, hi = X_test.min(axis=0), X_test.max(axis=0)
    f_test = np.asarray(f(X_test), dtype=float)
    if x_train is not None:
        X_fixed = np.asarray(x_train, dtype=float)
        X_fixed = X_fixed.reshape(len(X_fixed), -1)
        f_fixed = np.asarray(f(X_fixed), dtype=float)
    predictions = np.empty((n_datasets, len(X_test)))
    for r in range(n_datasets):  # loop over training sets
        if x_train is None:
            X = rng.uniform(lo, hi, size=(n_train, X_test.shape[1]))
            y = f(X) + rng.normal(0.0, noise_sigma, n_train)
        else:
            X = X_fixed
            y = f_fixed + rng.normal(0.0, noise_sigma, len(X))
        predictions[r] = model_factory().fit(X, y).predict(X_test)
    y_fresh = f_test + rng.normal(0.0, noise_sigma, predictions.shape)
    return BiasVariance(
        bias2=float(np.mean((predictions.mean(axis=0) - f_test) ** 2)),
        variance=float(np.mean(predictions.var(axis=0))),
        noise=float(noise_sigma**2),
        expected_mse=float(np.mean((y_fresh - predictions) ** 2)),
        predictions=predictions,
    )
