"""mlvault.base: the shared ``score`` (against scikit-learn's), the estimator protocol, the input check."""

from __future__ import annotations

import pickle
import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse
from numpy.testing import assert_array_equal
from sklearn.metrics import accuracy_score, r2_score

from mlvault.base import DataConversionWarning, NotFittedError, check_array
from mlvault.bayesopt import GaussianProcess
from mlvault.cluster import KMeans
from mlvault.decomposition import PCA, LinearDiscriminantAnalysis
from mlvault.density import GaussianMixture, KernelDensity
from mlvault.linear import Lasso, LinearRegression, LogisticRegression, Ridge
from mlvault.naive_bayes import GaussianNB
from mlvault.neighbors import KNeighborsClassifier, KNeighborsRegressor
from mlvault.preprocessing import MinMaxScaler, StandardScaler
from mlvault.svm import SVC
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


# -- the estimator protocol ---------------------------------------------------------------------------------
def test_get_params_reads_the_init_signature_and_set_params_writes_it():
    model = LogisticRegression(C=0.5)
    expected = {"C": 0.5, "fit_intercept": True, "max_iter": 100, "penalty": "l2", "tol": 1e-4}
    assert model.get_params() == expected
    assert model.set_params(C=2.0, tol=1e-6) is model
    assert (model.C, model.tol) == (2.0, 1e-6)
    with pytest.raises(ValueError, match="Invalid parameter 'c' for estimator LogisticRegression"):
        model.set_params(c=1.0)


def test_repr_shows_the_changed_hyper_parameters_only():
    assert repr(Ridge()) == "Ridge()"
    assert repr(Ridge(alpha=0.5, fit_intercept=False)) == "Ridge(alpha=0.5, fit_intercept=False)"
    assert repr(KMeans(3, init=np.zeros((1, 2)))) == "KMeans(init=array([[0., 0.]]), n_clusters=3)"


def test_importing_and_using_mlvault_never_imports_sklearn():
    code = (
        "import sys, numpy as np\n"
        "import mlvault.base, mlvault.bayesopt, mlvault.cluster, mlvault.decomposition, mlvault.density\n"
        "import mlvault.linear, mlvault.model_selection, mlvault.naive_bayes, mlvault.neighbors\n"
        "import mlvault.preprocessing, mlvault.svm, mlvault.trees\n"
        "X = np.random.default_rng(0).normal(size=(20, 2)); y = (X[:, 0] > 0).astype(int)\n"
        "model = mlvault.linear.LogisticRegression().set_params(C=2.0)\n"
        "repr(model.fit(X, y)); model.predict(X)\n"
        "try:\n"
        "    mlvault.naive_bayes.GaussianNB().predict(X)\n"
        "except mlvault.base.NotFittedError as error:\n"
        "    assert type(error) is mlvault.base.NotFittedError\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'sklearn'], 'scikit-learn was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_not_fitted_error_is_also_sklearns_once_sklearn_is_loaded():
    import sklearn.exceptions

    with pytest.raises(NotFittedError) as caught:
        GaussianNB().predict(np.zeros((2, 2)))
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, AttributeError)
    assert isinstance(error, sklearn.exceptions.NotFittedError)
    assert "This GaussianNB instance is not fitted yet" in str(error)
    restored = pickle.loads(pickle.dumps(error))  # a plain mlvault NotFittedError on the other side
    assert type(restored) is NotFittedError and restored.args == error.args


# -- one input check --------------------------------------------------------------------------------------
def test_check_array_keeps_a_float64_array_and_converts_the_rest():
    X = np.arange(6.0).reshape(3, 2)
    assert check_array(X) is X  # no copy
    assert_array_equal(check_array([[1, 2], [3, 4]]), np.array([[1.0, 2.0], [3.0, 4.0]]))
    assert check_array(np.ones((2, 2), dtype=np.float32)).dtype == np.float64
    assert_array_equal(check_array(np.arange(3.0), ensure_2d=False), [[0.0], [1.0], [2.0]])
    big = np.full((3, 2), 1e200)  # finite, but the sum of squares overflows: the slow path must accept it
    assert check_array(big) is big


@pytest.mark.parametrize(
    "X, error, message",
    [
        ([[1.0, np.nan]], ValueError, r"Input X contains NaN\."),
        ([[1.0, -np.inf]], ValueError, r"Input X contains infinity"),
        (np.empty((0, 3)), ValueError, r"Found array with 0 sample\(s\) \(shape=\(0, 3\)\) while a minimum"),
        (np.empty((4, 0)), ValueError, r"Found array with 0 feature\(s\) \(shape=\(4, 0\)\)"),
        (np.arange(3.0), ValueError, r"got a 1-D array of shape \(3,\) as X\. Reshape your data"),
        (np.zeros((2, 2, 2)), ValueError, r"as X, got shape \(2, 2, 2\)"),
        (np.ones((2, 2)) * 1j, ValueError, "Complex data not supported"),
        (scipy.sparse.csr_array(np.eye(2)), TypeError, r"Sparse data was passed as X.*toarray"),
        (np.array([[1.0, {"a": 1}]], dtype=object), TypeError, "argument must be a string or a real number"),
    ],
    ids=["nan", "inf", "no sample", "no feature", "1-D", "3-D", "complex", "sparse", "object"],
)
def test_check_array_names_the_problem(X, error, message):
    with pytest.raises(error, match=message):
        check_array(X)


X_TRAIN = np.random.default_rng(0).normal(size=(20, 3))
Y_CLASS = (X_TRAIN[:, 0] > 0).astype(int)
X_NAN = np.where(np.arange(3) == 1, np.nan, X_TRAIN)


@pytest.mark.parametrize(
    "fit, message",
    [  # the bad inputs of the issue, one a row
        (lambda: KMeans(2).fit(X_NAN), r"Input X contains NaN"),
        (lambda: KNeighborsClassifier().fit(X_NAN, Y_CLASS), r"Input X contains NaN"),
        (lambda: DecisionTreeClassifier().fit(X_NAN, Y_CLASS), r"Input X contains NaN"),
        (lambda: GaussianNB().fit(X_NAN, Y_CLASS), r"Input X contains NaN"),
        (lambda: LinearRegression().fit(X_NAN, Y_CLASS), r"Input X contains NaN"),
        (lambda: LinearRegression().fit(np.empty((0, 3)), []), r"0 sample\(s\)"),
        (lambda: KNeighborsClassifier().fit(np.empty((0, 3)), []), r"0 sample\(s\)"),
        (lambda: GaussianNB().fit(np.empty((0, 3)), []), r"0 sample\(s\)"),
        (lambda: KMeans(2).fit(X_TRAIN, Y_CLASS[:5]), r"X has shape \(20, 3\), y has shape \(5,\)"),
        (lambda: KMeans(2).fit(X_TRAIN[:, 0]), r"got a 1-D array of shape \(20,\) as X\. Reshape your data"),
        (lambda: LinearRegression().fit(X_TRAIN, Y_CLASS).predict(X_TRAIN[:, :2]),
         r"X has 2 features, but LinearRegression is expecting 3 features as input\."),
        (lambda: GaussianNB().fit(X_TRAIN, Y_CLASS).predict(X_TRAIN[:, :2]),
         r"X has 2 features, but GaussianNB is expecting 3 features as input\."),
        (lambda: GaussianNB().fit(X_TRAIN, Y_CLASS + 0.5), r"Unknown label type: continuous"),
        (lambda: LogisticRegression().fit(X_TRAIN, np.ones(20)), r"y needs at least 2 classes, got 1 class"),
        (lambda: SVC().fit(X_TRAIN, np.arange(20) % 3), r"Only binary classification is supported"),
        (lambda: Ridge().fit(X_TRAIN, np.where(Y_CLASS, np.inf, 0.0)), r"Input y contains infinity"),
        (lambda: KMeans(30).fit(X_TRAIN), r"n_samples=20 should be >= n_clusters=30"),
        (lambda: GaussianMixture(2).fit(X_TRAIN).predict(np.zeros(3)), r"Reshape your data"),
    ],
)
def test_bad_input_raises_a_value_error_that_names_it(fit, message):
    with pytest.raises(ValueError, match=message):
        fit()


def test_a_column_vector_y_is_flattened_with_a_warning():
    with pytest.warns(DataConversionWarning, match="A column-vector y was passed"):
        model = GaussianNB().fit(X_TRAIN, Y_CLASS[:, None])
    assert_array_equal(model.predict(X_TRAIN), GaussianNB().fit(X_TRAIN, Y_CLASS).predict(X_TRAIN))


@pytest.mark.parametrize(
    "model",
    [LinearRegression(), Ridge(), Lasso(), LogisticRegression(), SVC(), GaussianNB(), KNeighborsClassifier(),
     KNeighborsRegressor(), DecisionTreeClassifier(), DecisionTreeRegressor(), KMeans(), PCA(),
     LinearDiscriminantAnalysis(), KernelDensity(), GaussianMixture(), StandardScaler(), MinMaxScaler(),
     GaussianProcess()],
    ids=lambda m: type(m).__name__,
)
def test_every_method_of_an_unfitted_model_raises_not_fitted(model):
    methods = ["predict", "predict_proba", "predict_log_proba", "decision_function", "transform",
               "inverse_transform", "score_samples", "kneighbors", "apply"]
    used = [name for name in methods if hasattr(model, name)]
    assert used
    for name in used:
        with pytest.raises(NotFittedError, match=f"This {type(model).__name__} instance is not fitted yet"):
            getattr(model, name)(X_TRAIN)
