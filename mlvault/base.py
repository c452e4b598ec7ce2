"""What every estimator of one kind shares: scikit-learn's default ``score``."""

from __future__ import annotations

from numpy.typing import ArrayLike

from mlvault.metrics import accuracy_score, r2_score


class ClassifierMixin:
    """For classifiers with ``predict``: ``score`` is the accuracy, as in scikit-learn."""

    def score(self, X: ArrayLike, y: ArrayLike) -> float:
        """Accuracy on ``(X, y)``; X shape (n_samples, n_features), y shape (n_samples,).

        笔记：[[模型评估指标]]
        """
        return accuracy_score(y, self.predict(X))


class RegressorMixin:
    """For regressors with ``predict``: ``score`` is the coefficient of determination R², as in scikit-learn."""

    def score(self, X: ArrayLike, y: ArrayLike) -> float:
        """R² on ``(X, y)``; X shape (n_samples, n_features), y shape (n_samples,).

        笔记：[[模型评估指标]]
        """
        return r2_score(y, self.predict(X))
