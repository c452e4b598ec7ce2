"""What every estimator shares: hyper-parameters read from ``__init__``, a readable ``repr``, one input check,
and scikit-learn's default ``score``.

The estimator protocol is scikit-learn's: ``__init__`` only stores its keyword arguments, ``get_params`` /
``set_params`` read and write them by name, ``fit`` learns attributes with a trailing underscore and returns
``self``. ``__sklearn_tags__`` describes a model to scikit-learn, which is imported there and only there: this
module never imports it, and scikit-learn (when present) takes the models in ``Pipeline``, ``GridSearchCV``,
``cross_val_score`` and ``clone``.

笔记：[[机器学习算法总览]]
"""

from __future__ import annotations

import inspect
import math
import sys
import warnings
from functools import cache

import numpy as np
from numpy.typing import ArrayLike

from mlvault.metrics import accuracy_score, r2_score

__all__ = [
    "NotFittedError",
    "DataConversionWarning",
    "BaseEstimator",
    "ClassifierMixin",
    "RegressorMixin",
    "TransformerMixin",
    "ClusterMixin",
    "check_array",
    "check_is_fitted",
    "validate_data",
]


class NotFittedError(ValueError, AttributeError):
    """A model was used (``predict``, ``transform``, ...) before ``fit``.

    Both a ``ValueError`` and an ``AttributeError``, like ``sklearn.exceptions.NotFittedError``; once
    scikit-learn is imported, the error raised is an instance of that class too.

    笔记：[[机器学习算法总览]]
    """


class DataConversionWarning(UserWarning):
    """An input was converted silently otherwise, e.g. a column vector ``y`` of shape (n, 1) flattened.

    笔记：[[机器学习算法总览]]
    """


@cache
def _joint(ours: type, theirs: type) -> type:
    """A subclass of both ``ours`` and scikit-learn's class of the same name (pickled as ``ours``)."""
    return type(ours.__name__, (ours, theirs), {
        "__module__": ours.__module__, "__reduce__": lambda self: (ours, self.args)
    })


def _twin(ours: type) -> type:
    """``ours``, or, once scikit-learn is loaded, a subclass of it that scikit-learn recognises too."""
    sklearn_exceptions = sys.modules.get("sklearn.exceptions")  # loaded by whoever catches its classes
    return ours if sklearn_exceptions is None else _joint(ours, getattr(sklearn_exceptions, ours.__name__))


# -- hyper-parameters -------------------------------------------------------------------------------------
class BaseEstimator:
    """Hyper-parameters from the ``__init__`` signature, a ``repr`` of the changed ones, scikit-learn's tags.

    A subclass's ``__init__`` stores every argument under its own name and does nothing else (no checks, no
    copies): checks belong to ``fit``, so that ``set_params`` and ``clone`` behave. A few class attributes
    describe a model to :func:`validate_data` and to scikit-learn; the mixins set the first two.

    笔记：[[机器学习算法总览]]
    """

    _estimator_type: str | None = None  # "classifier", "regressor", "clusterer" or None
    _y_kind: str | None = None  # what fit needs in y: "classes", "values", or None (unsupervised)
    _multi_output = False  # y may also be (n_samples, n_targets)
    _binary_only = False  # a classifier of exactly two classes
    _X_1d_as_column = False  # a 1-D X of shape (n_samples,) is read as one feature

    @classmethod
    def _get_param_names(cls) -> list[str]:
        """Names of the ``__init__`` arguments, sorted (as scikit-learn lists them)."""
        init = cls.__init__
        if init is object.__init__:
            return []
        parameters = list(inspect.signature(init).parameters.values())[1:]
        if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
            raise TypeError(f"{cls.__name__}.__init__ must name every hyper-parameter (no *args, **kwargs)")
        return sorted(p.name for p in parameters)

    def get_params(self, deep: bool = True) -> dict:
        """Hyper-parameters by name; with ``deep``, also ``name__sub`` for those that are estimators.

        笔记：[[机器学习算法总览]]
        """
        params = {name: getattr(self, name) for name in self._get_param_names()}
        if deep:
            for name, value in list(params.items()):
                if hasattr(value, "get_params") and not isinstance(value, type):
                    params.update((f"{name}__{k}", v) for k, v in value.get_params(deep=True).items())
        return params

    def set_params(self, **params) -> BaseEstimator:
        """Set hyper-parameters by name (``name__sub`` reaches into a nested estimator); returns ``self``.

        笔记：[[机器学习算法总览]]
        """
        valid = self._get_param_names()
        nested: dict[str, dict] = {}
        for key, value in params.items():
            name, _, sub = key.partition("__")
            if name not in valid:
                raise ValueError(
                    f"Invalid parameter {name!r} for estimator {self!r}. Valid parameters: {valid}."
                )
            if sub:
                nested.setdefault(name, {})[sub] = value
            else:
                setattr(self, name, value)
        for name, sub_params in nested.items():
            getattr(self, name).set_params(**sub_params)
        return self

    def __repr__(self) -> str:
        defaults = {
            name: p.default for name, p in inspect.signature(type(self).__init__).parameters.items()
        }
        changed = [
            f"{name}={value!r}" for name, value in self.get_params(deep=False).items()
            if value is not defaults[name] and repr(value) != repr(defaults[name])
        ]
        return f"{type(self).__name__}({', '.join(changed)})"

    def __sklearn_tags__(self):
        """Describe the model to scikit-learn (called by scikit-learn only, so it may import it here)."""
        from sklearn.utils import ClassifierTags, RegressorTags, Tags, TargetTags, TransformerTags

        kind = self._estimator_type
        return Tags(
            estimator_type=kind,
            target_tags=TargetTags(required=self._y_kind is not None, multi_output=self._multi_output),
            transformer_tags=TransformerTags() if hasattr(self, "transform") else None,
            classifier_tags=(ClassifierTags(multi_class=not self._binary_only)
                             if kind == "classifier" else None),
            regressor_tags=RegressorTags() if kind == "regressor" else None,
        )


# -- kinds of estimators ----------------------------------------------------------------------------------
class ClassifierMixin:
    """For classifiers with ``predict``: ``score`` is the accuracy, as in scikit-learn."""

    _estimator_type = "classifier"
    _y_kind = "classes"

    def score(self, X: ArrayLike, y: ArrayLike) -> float:
        """Accuracy on ``(X, y)``; X shape (n_samples, n_features), y shape (n_samples,).

        笔记：[[模型评估指标]]
        """
        return accuracy_score(y, self.predict(X))


class RegressorMixin:
    """For regressors with ``predict``: ``score`` is the coefficient of determination R², as in scikit-learn."""

    _estimator_type = "regressor"
    _y_kind = "values"

    def score(self, X: ArrayLike, y: ArrayLike) -> float:
        """R² on ``(X, y)``; X shape (n_samples, n_features), y shape (n_samples,).

        笔记：[[模型评估指标]]
        """
        return r2_score(y, self.predict(X))


class TransformerMixin:
    """For transformers with ``fit`` and ``transform``: ``fit_transform`` is the two in a row."""

    def fit_transform(self, X: ArrayLike, y: ArrayLike | None = None) -> np.ndarray:
        """``fit(X, y).transform(X)``; X shape (n_samples, n_features).

        笔记：[[特征缩放与标准化]]
        """
        return self.fit(X, y).transform(X)


class ClusterMixin:
    """For clusterers whose ``fit`` sets ``labels_``: ``fit_predict`` returns them."""

    _estimator_type = "clusterer"

    def fit_predict(self, X: ArrayLike, y: ArrayLike | None = None) -> np.ndarray:
        """``fit(X).labels_``, shape (n_samples,), for X of shape (n_samples, n_features).

        笔记：[[机器学习算法总览]]
        """
        return self.fit(X, y).labels_


# -- input validation -------------------------------------------------------------------------------------
_NO_Y = object()  # validate_data(X) without a y argument: return X alone
# looked up once: the short path below runs on every predict, where a few attribute lookups are a few percent
_FLOAT64, _ndarray, _vdot, _isfinite = np.dtype(np.float64), np.ndarray, np.vdot, math.isfinite


def _finite_or_raise(X: np.ndarray, name: str) -> None:
    """Raise if ``X`` holds NaN or ±inf (the slow path: the sum of squares was not finite)."""
    if np.isnan(X).any():
        raise ValueError(f"Input {name} contains NaN.")
    if np.isinf(X).any():
        raise ValueError(f"Input {name} contains infinity or a value too large for dtype('float64').")


def check_array(
    X: ArrayLike, *, name: str = "X", ensure_2d: bool = True, numeric: bool = True, min_samples: int = 1
) -> np.ndarray:
    """``X`` as a 2-D array (float64 and finite if ``numeric``) with at least ``min_samples`` rows, or a
    ``ValueError`` (``TypeError`` for sparse input) that says what is wrong.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
    name : str, default "X"
        Name of the input in the messages.
    ensure_2d : bool, default True
        If False, a 1-D ``X`` of shape (n_samples,) is read as a single feature.
    numeric : bool, default True
        Convert to float64 and reject NaN and ±inf. If False (categorical data), keep the dtype.
    min_samples : int, default 1

    Returns
    -------
    ndarray of shape (n_samples, n_features)
        ``X`` itself when it already is a 2-D float64 array (no copy).

    Notes
    -----
    Finiteness is tested on one BLAS dot product, :math:`s = \\sum_{ij} x_{ij}^2` (``np.vdot``, which does
    not warn on overflow): NaN and ±inf make :math:`s` non-finite, so only then (or on overflow,
    :math:`|x| > 10^{154}`) are the entries searched. A 2-D float64 array takes the short path (no
    conversion): the whole check costs about a microsecond.

    笔记：[[机器学习算法总览]]
    """
    if not (type(X) is _ndarray and X.dtype is _FLOAT64 and X.ndim == 2):
        X = _as_2d(X, name, ensure_2d, numeric)
    n, d = X.shape
    if n < min_samples:
        raise ValueError(
            f"Found array with {n} sample(s) (shape={X.shape}) while a minimum of {min_samples} is required."
        )
    if d < 1:
        raise ValueError(f"Found array with 0 feature(s) (shape={X.shape}) while a minimum of 1 is required.")
    if numeric and not _isfinite(_vdot(X, X)):
        _finite_or_raise(X, name)
    return X


def _as_2d(X: ArrayLike, name: str, ensure_2d: bool, numeric: bool) -> np.ndarray:
    """The slow path of :func:`check_array`: lists, other dtypes, sparse matrices, 1-D arrays."""
    if hasattr(X, "toarray") and hasattr(X, "nnz"):
        raise TypeError(
            f"Sparse data was passed as {name}, but dense data is required: use {name}.toarray()."
        )
    X = np.asarray(X)
    if X.dtype.kind == "c":
        raise ValueError(f"Complex data not supported in {name}.")
    if numeric:
        X = X.astype(float, copy=False)  # dtype=object holding e.g. a dict fails here, with a TypeError
    if X.ndim == 1 and not ensure_2d:
        return X[:, None]
    if X.ndim == 1:
        raise ValueError(
            f"Expected a 2-D array (n_samples, n_features), got a 1-D array of shape {X.shape} as {name}. "
            f"Reshape your data: {name}.reshape(-1, 1) if it has a single feature, {name}.reshape(1, -1) if "
            "it is a single sample."
        )
    if X.ndim != 2:
        raise ValueError(f"Expected a 2-D array (n_samples, n_features) as {name}, got shape {X.shape}.")
    return X


def _not_fitted(estimator: BaseEstimator) -> NotFittedError:
    return _twin(NotFittedError)(
        f"This {type(estimator).__name__} instance is not fitted yet. Call 'fit' with appropriate arguments "
        "before using this estimator."
    )


def check_is_fitted(estimator: BaseEstimator) -> None:
    """Raise :class:`NotFittedError` unless ``fit`` has run (it sets ``n_features_in_``).

    笔记：[[机器学习算法总览]]
    """
    if not hasattr(estimator, "n_features_in_"):
        raise _not_fitted(estimator)


def _inconsistent(X: np.ndarray, y: np.ndarray) -> ValueError:
    return ValueError(
        f"X and y have inconsistent numbers of samples: X has shape {X.shape}, y has shape {y.shape}."
    )


def _check_y(y: ArrayLike, X: np.ndarray, kind: str, min_classes: int, multi_output: bool) -> np.ndarray:
    """``y`` as labels of at least ``min_classes`` classes, or as finite floats (2-D if ``multi_output``)."""
    if y is None:
        raise ValueError("This estimator requires y to be passed, but the target y is None.")
    y = np.asarray(y)
    if y.dtype.kind == "c":
        raise ValueError("Complex data not supported in y.")
    if y.ndim == 2 and y.shape[1] == 1 and not multi_output:
        warnings.warn(
            "A column-vector y was passed when a 1d array was expected. Please change the shape of y to "
            "(n_samples,), for example using ravel().",
            _twin(DataConversionWarning), stacklevel=3,
        )
        y = y[:, 0]
    if y.ndim != 1 and not (multi_output and y.ndim == 2):
        raise ValueError(f"y should be a 1d array, got an array of shape {y.shape} instead.")
    if len(y) != len(X):
        raise _inconsistent(X, y)
    if kind == "values" or y.dtype.kind == "f":
        y = y.astype(float, copy=False)
        if not _isfinite(_vdot(y, y)):
            _finite_or_raise(y, "y")
    if kind == "classes":
        if y.dtype.kind == "f" and np.any(y != np.round(y)):
            raise ValueError(
                "Unknown label type: continuous. A classifier needs class labels (integers or strings), "
                "not real values."
            )
        if min_classes > 1 and (n_classes := len(np.unique(y))) < min_classes:
            raise ValueError(f"y needs at least {min_classes} classes, got {n_classes} class.")
    return y


def validate_data(
    estimator: BaseEstimator,
    X: ArrayLike,
    y: ArrayLike | None = _NO_Y,
    *,
    reset: bool = True,
    numeric: bool = True,
    min_samples: int = 1,
    min_classes: int = 1,
):
    """The one input check of every model: the first line of ``fit`` (``reset=True``) and of ``predict``.

    Parameters
    ----------
    estimator : BaseEstimator
        ``fit`` stores ``n_features_in_`` on it; ``predict`` (``reset=False``) checks that it is fitted and
        that ``X`` has that many columns. Its class attributes say what else to expect (see
        :class:`BaseEstimator`).
    X : array_like of shape (n_samples, n_features)
        See :func:`check_array` (``numeric``, ``min_samples``).
    y : array_like of shape (n_samples,) or (n_samples, n_targets), optional
        When given, checked against ``estimator._y_kind``: class labels (not real values, at least
        ``min_classes`` classes), finite real values (2-D only for a ``_multi_output`` model), or for an
        unsupervised model anything of the right length (or None). A column vector is flattened with a
        :class:`DataConversionWarning`, unless the model is ``_multi_output``.
    reset : bool, default True
        True in ``fit``, False in every method that uses the fitted model.
    numeric : bool, default True
        False for categorical data: keep the dtype, skip the finiteness test.
    min_samples : int, default 1
        In ``fit``: the fewest samples the model can learn from.
    min_classes : int, default 1
        In ``fit`` of a classifier: the fewest classes it can learn to separate.

    Returns
    -------
    X : ndarray of shape (n_samples, n_features)
        Without ``y``.
    X, y : ndarrays
        With ``y``.

    Raises
    ------
    NotFittedError
        ``reset=False`` before ``fit``.
    ValueError
        With a message naming the problem: shape, NaN/inf, empty input, number of features or of samples,
        label type, number of classes.

    笔记：[[机器学习算法总览]]
    """
    if not reset:  # predict, transform, ...: X must match what fit saw
        try:
            n_features = estimator.n_features_in_
        except AttributeError:
            raise _not_fitted(estimator) from None
        # the common case in one test (2-D float64, right width, not empty, finite); the rest takes the full
        # check, which names the problem
        if (type(X) is _ndarray and X.dtype is _FLOAT64 and X.ndim == 2 and X.shape[1] == n_features
                and X.size and _isfinite(_vdot(X, X))):
            return X
    X = check_array(X, ensure_2d=not estimator._X_1d_as_column, numeric=numeric, min_samples=min_samples)
    if reset:
        estimator.n_features_in_ = X.shape[1]
    elif X.shape[1] != n_features:
        hint = " (a 1-D X is one feature; Reshape your data with X.reshape(1, -1) if it is one sample)"
        raise ValueError(
            f"X has {X.shape[1]} features, but {type(estimator).__name__} is expecting {n_features} features "
            f"as input{hint if estimator._X_1d_as_column and X.shape[1] == 1 else ''}."
        )
    if y is _NO_Y:
        return X
    kind = estimator._y_kind
    if kind is None:  # unsupervised: y is ignored, but one of the wrong length is a mistake
        if y is not None and np.asarray(y).shape[:1] != X.shape[:1]:
            raise _inconsistent(X, np.asarray(y))
        return X, y
    return X, _check_y(y, X, kind, min_classes, estimator._multi_output)
