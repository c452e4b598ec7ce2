"""The shared ``score`` of classifiers (accuracy) and regressors (R²) against scikit-learn's."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, r2_score

from mlvault.linear import LinearRegression, LogisticRegression
from mlvault.naive_bayes import GaussianNB
from mlvault.neighbors import KNeighborsClassifier, KNeighborsRegressor
from mlvault.trees import DecisionTreeClassifier, DecisionTreeRegressor


@pytest.fixture
def data():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 3))
    y_class = (X[:, 0] + 0.5 * rng.normal(size=60) > 0).astype(int)
    y_value = X @ np.array([1.0, -2.0, 0.5]) + 0.3 * rng.normal(size=60)
    return X, y_class, y_value


@pytest.mark.parametrize("make", [LogisticRegression, GaussianNB, KNeighborsClassifier, DecisionTreeClassifier])
def test_classifier_score_is_accuracy(make, data):
    X, y, _ = data
    model = make().fit(X[:40], y[:40])
    assert model.score(X[40:], y[40:]) == pytest.approx(accuracy_score(y[40:], model.predict(X[40:])))


@pytest.mark.parametrize("make", [LinearRegression, KNeighborsRegressor, DecisionTreeRegressor])
def test_regressor_score_is_r2(make, data):
    X, _, y = data
    model = make().fit(X[:40], y[:40])
    assert model.score(X[40:], y[40:]) == pytest.approx(r2_score(y[40:], model.predict(X[40:])))
