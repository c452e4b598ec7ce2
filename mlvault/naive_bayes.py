"""Gaussian naive Bayes, computed in log space.

The class score is a sum of log-densities, never a product of densities: a product of small densities
underflows to 0 in float64, its log is ``-inf`` for every class, and ``argmax`` then silently returns the
first class (the bug of the seed's ``SimpleGaussianNB``, ER-45).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy.special import logsumexp

from mlvault.base import BaseEstimator, ClassifierMixin, validate_data

__all__ = ["GaussianNB"]


class GaussianNB(ClassifierMixin, BaseEstimator):
    r"""Naive Bayes classifier with one Gaussian per class and feature.

    Parameters
    ----------
    var_smoothing : float
        ``var_smoothing`` times the largest feature variance is added to every variance (scikit-learn's
        rule), so that a feature that is constant within a class does not give a zero variance.

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    class_count_ : ndarray, shape (n_classes,)
    class_prior_ : ndarray, shape (n_classes,)
        :math:`P(c) = n_c / n`.
    theta_ : ndarray, shape (n_classes, n_features)
        Per-class feature means :math:`\mu_{cj}`.
    var_ : ndarray, shape (n_classes, n_features)
        Per-class feature variances :math:`\sigma_{cj}^2` (maximum likelihood, divided by :math:`n_c`),
        plus ``epsilon_``.
    epsilon_ : float
        The absolute amount added to the variances.

    Notes
    -----
    The "naive" assumption: features are conditionally independent given the class, so

    .. math:: \hat y = \arg\max_c \Bigl[\log P(c)
              + \sum_{j=1}^{d} \log \mathcal{N}(x_j; \mu_{cj}, \sigma_{cj}^2)\Bigr],
              \qquad \log \mathcal{N}(x; \mu, \sigma^2) = -\tfrac12 \log(2\pi\sigma^2)
              - \frac{(x-\mu)^2}{2\sigma^2}

    笔记：[[朴素贝叶斯分类器]]
    """

    def __init__(self, var_smoothing: float = 1e-9):
        self.var_smoothing = var_smoothing

    def fit(self, X: ArrayLike, y: ArrayLike) -> "GaussianNB":
        """Estimate the class priors and the per-class means and variances.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)
        y : array_like, shape (n_samples,)
            Class labels.

        Returns
        -------
        self
        """
        X, y = validate_data(self, X, y)
        self.classes_, codes = np.unique(y, return_inverse=True)
        self.epsilon_ = self.var_smoothing * X.var(axis=0).max()
        groups = [X[codes == c] for c in range(len(self.classes_))]  # loop over classes, not samples
        self.theta_ = np.array([g.mean(axis=0) for g in groups])
        self.var_ = np.array([g.var(axis=0) for g in groups]) + self.epsilon_
        self.class_count_ = np.bincount(codes).astype(float)
        self.class_prior_ = self.class_count_ / len(X)
        return self

    def _joint_log_likelihood(self, X: ArrayLike) -> np.ndarray:
        """``log P(c) + sum_j log N(x_j; mu_cj, var_cj)`` per sample and class, shape (n, n_classes)."""
        X = validate_data(self, X, reset=False)
        log_norm = -0.5 * np.sum(np.log(2 * np.pi * self.var_), axis=1)  # (n_classes,)
        # loop over classes (as scikit-learn does): each term is one vectorised pass over all samples
        sq = np.stack([np.sum((X - mu) ** 2 / var, axis=1) for mu, var in zip(self.theta_, self.var_)], 1)
        return np.log(self.class_prior_) + log_norm - 0.5 * sq

    def predict_log_proba(self, X: ArrayLike) -> np.ndarray:
        """Log posterior :math:`\\log P(c \\mid \\mathbf{x})`, normalised with log-sum-exp.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)

        Returns
        -------
        ndarray, shape (n_samples, n_classes)
        """
        jll = self._joint_log_likelihood(X)
        return jll - logsumexp(jll, axis=1, keepdims=True)

    def predict_proba(self, X: ArrayLike) -> np.ndarray:
        """Posterior class probabilities; each row sums to 1.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)

        Returns
        -------
        ndarray, shape (n_samples, n_classes)
        """
        return np.exp(self.predict_log_proba(X))

    def predict(self, X: ArrayLike) -> np.ndarray:
        """The class with the largest posterior (an exact tie goes to the first class in ``classes_``).

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)

        Returns
        -------
        ndarray, shape (n_samples,)
        """
        jll = self._joint_log_likelihood(X)
        return self.classes_[np.argmax(jll, axis=1)]

