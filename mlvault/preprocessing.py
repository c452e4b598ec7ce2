"""Feature scaling: Z-score standardisation and min-max normalisation, learned on the training set only."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from mlvault.base import BaseEstimator, TransformerMixin, validate_data

__all__ = ["StandardScaler", "MinMaxScaler"]


class StandardScaler(TransformerMixin, BaseEstimator):
    r"""Z-score standardisation: every feature gets mean 0 and standard deviation 1 on the training set.

    Parameters
    ----------
    with_mean : bool, default True
        Subtract the mean.
    with_std : bool, default True
        Divide by the standard deviation.

    Attributes
    ----------
    mean_ : ndarray of shape (n_features,)
        Training mean per feature.
    var_ : ndarray of shape (n_features,)
        Training variance per feature, with the :math:`1/n` (``ddof=0``) normalisation.
    scale_ : ndarray of shape (n_features,)
        :math:`\sqrt{\text{var\_}}`, with 1 for a constant feature (so it maps to 0 instead of dividing by 0).
    n_samples_seen_ : int

    Notes
    -----
    .. math:: x' = \frac{x - \mu}{\sigma},\qquad \mu = \frac1n\sum_{i=1}^n x_i,\quad
              \sigma = \sqrt{\frac1n\sum_{i=1}^n (x_i - \mu)^2}

    笔记：[[特征缩放与标准化]]
    """

    def __init__(self, *, with_mean: bool = True, with_std: bool = True):
        self.with_mean = with_mean
        self.with_std = with_std

    def fit(self, X: ArrayLike, y=None) -> "StandardScaler":
        """Learn ``mean_``, ``var_`` and ``scale_`` from ``X`` of shape (n_samples, n_features)."""
        X, _ = validate_data(self, X, y)
        self.n_samples_seen_ = X.shape[0]
        self.mean_ = X.mean(axis=0)
        self.var_ = X.var(axis=0)
        # a variance at the level of rounding error counts as 0 (scikit-learn's bound), so scale 1
        eps, n = np.finfo(float).eps, X.shape[0]
        constant = self.var_ <= n * eps * self.var_ + (n * self.mean_ * eps) ** 2
        self.scale_ = np.where(constant, 1.0, np.sqrt(self.var_))
        return self

    def transform(self, X: ArrayLike) -> np.ndarray:
        """Standardise ``X`` of shape (n_samples, n_features) with the training statistics."""
        X = validate_data(self, X, reset=False)
        if self.with_mean:
            X = X - self.mean_
        return X / self.scale_ if self.with_std else X

    def inverse_transform(self, X: ArrayLike) -> np.ndarray:
        """Map standardised ``X`` of shape (n_samples, n_features) back to the original units."""
        X = validate_data(self, X, reset=False)
        if self.with_std:
            X = X * self.scale_
        return X + self.mean_ if self.with_mean else X


class MinMaxScaler(TransformerMixin, BaseEstimator):
    r"""Min-max normalisation: every feature is mapped linearly onto ``feature_range`` on the training set.

    Parameters
    ----------
    feature_range : tuple (min, max), default (0, 1)
        Target interval.
    clip : bool, default False
        Clip transformed values of new data to ``feature_range``.

    Attributes
    ----------
    data_min_ : ndarray of shape (n_features,)
        Training minimum per feature.
    data_max_ : ndarray of shape (n_features,)
        Training maximum per feature.
    data_range_ : ndarray of shape (n_features,)
        ``data_max_ - data_min_``.
    scale_ : ndarray of shape (n_features,)
        :math:`(b - a) / (x_{max} - x_{min})`, with a range of 1 for a constant feature.
    min_ : ndarray of shape (n_features,)
        :math:`a - x_{min}\cdot\text{scale\_}`, so that ``X' = X * scale_ + min_``.

    Notes
    -----
    .. math:: x' = a + \frac{(x - x_{min})(b - a)}{x_{max} - x_{min}}

    With the default range :math:`[a, b] = [0, 1]`: :math:`x' = (x - x_{min}) / (x_{max} - x_{min})`.

    笔记：[[特征缩放与标准化]]
    """

    def __init__(self, feature_range: tuple[float, float] = (0, 1), *, clip: bool = False):
        self.feature_range = feature_range
        self.clip = clip

    def fit(self, X: ArrayLike, y=None) -> "MinMaxScaler":
        """Learn the per-feature minimum and maximum of ``X`` of shape (n_samples, n_features)."""
        X, _ = validate_data(self, X, y)
        low, high = self.feature_range
        if not low < high:
            raise ValueError(f"feature_range must be increasing, got {self.feature_range}")
        self.data_min_ = X.min(axis=0)
        self.data_max_ = X.max(axis=0)
        self.data_range_ = self.data_max_ - self.data_min_
        self.scale_ = (high - low) / np.where(self.data_range_ == 0, 1.0, self.data_range_)
        self.min_ = low - self.data_min_ * self.scale_
        return self

    def transform(self, X: ArrayLike) -> np.ndarray:
        """Scale ``X`` of shape (n_samples, n_features) with the training minimum and range."""
        X = validate_data(self, X, reset=False) * self.scale_ + self.min_
        return np.clip(X, *self.feature_range) if self.clip else X

    def inverse_transform(self, X: ArrayLike) -> np.ndarray:
        """Map scaled ``X`` of shape (n_samples, n_features) back to the original units."""
        return (validate_data(self, X, reset=False) - self.min_) / self.scale_
