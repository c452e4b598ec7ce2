"""mlvault.datasets against scikit-learn's copy of iris and the textbook play-tennis counts."""

import numpy as np
import pytest
from sklearn.datasets import load_iris as sk_load_iris

from mlvault.datasets import Bunch, load_iris, play_tennis


def test_iris_equals_sklearn():
    ours, ref = load_iris(), sk_load_iris()
    assert ours.data.shape == (150, 4) and ours.data.dtype == np.float64
    np.testing.assert_array_equal(ours.data, ref.data)
    np.testing.assert_array_equal(ours.target, ref.target)
    assert ours.target.dtype.kind == "i"
    assert list(ours.feature_names) == list(ref.feature_names)
    assert list(ours.target_names) == list(ref.target_names)


def test_iris_class_balance_and_known_row():
    iris = load_iris()
    np.testing.assert_array_equal(np.bincount(iris.target), [50, 50, 50])
    np.testing.assert_array_equal(iris.data[0], [5.1, 3.5, 1.4, 0.2])
    assert iris["data"] is iris.data
    X, y = load_iris(return_X_y=True)
    np.testing.assert_array_equal(X, iris.data)
    np.testing.assert_array_equal(y, iris.target)


def test_bunch_missing_attribute_raises():
    with pytest.raises(AttributeError):
        Bunch(a=1).b


def test_play_tennis_table():
    t = play_tennis()
    assert list(t) == ["Outlook", "Temperature", "Humidity", "Wind", "PlayTennis"]
    assert all(col.shape == (14,) for col in t.values())
    assert (t["PlayTennis"] == "Yes").sum() == 9
    # every Overcast day is a Yes day (the pure branch of the textbook tree)
    assert set(t["PlayTennis"][t["Outlook"] == "Overcast"]) == {"Yes"}
    values, counts = np.unique(t["Outlook"], return_counts=True)
    assert dict(zip(values, counts)) == {"Overcast": 4, "Rain": 5, "Sunny": 5}
    # Mitchell's day 14
    assert [t[k][13] for k in t] == ["Rain", "Mild", "High", "Strong", "No"]
