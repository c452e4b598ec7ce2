"""mlvault.trees against scikit-learn's CART (oracle), the hand-worked play-tennis table, and invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.testing import assert_allclose, assert_array_equal
from scipy.stats import entropy as scipy_entropy
from sklearn import tree as sk
from sklearn.metrics import mutual_info_score

from mlvault.datasets import load_iris, play_tennis
from mlvault.information import information_gain
from mlvault.trees import (
    DecisionTreeClassifier,
    DecisionTreeRegressor,
    export_text,
    gain_ratio,
    gini_impurity,
    split_information,
)

TENNIS = play_tennis()
ATTRIBUTES = ["Outlook", "Temperature", "Humidity", "Wind"]
X_TENNIS = np.column_stack([TENNIS[a] for a in ATTRIBUTES])
Y_TENNIS = TENNIS["PlayTennis"]


def _tie_free(seed, n=300, d=4):
    """Continuous features and a non-linear 3-class target: no two candidate splits score exactly alike.

    The features are float32 numbers because scikit-learn's trees compare in float32.
    """
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)).astype(np.float32).astype(float)
    y = (X[:, 0] + X[:, 1] ** 2 + 0.3 * rng.normal(size=n) > 1).astype(int) + (X[:, 2] > 1)
    return X, y, rng.normal(size=(200, d))


# ---------------------------------------------------------------- hand-computed play-tennis values (bits)


def test_play_tennis_root_entropy_and_gains():
    counts = np.unique(Y_TENNIS, return_counts=True)[1]
    assert scipy_entropy(counts, base=2) == pytest.approx(0.9403, abs=5e-5)
    gains = {a: information_gain(Y_TENNIS, TENNIS[a]) for a in ATTRIBUTES}
    expected = {"Outlook": 0.2467, "Humidity": 0.1518, "Wind": 0.0481, "Temperature": 0.0292}
    for a, g in expected.items():
        assert gains[a] == pytest.approx(g, abs=5e-5)
        assert gains[a] == pytest.approx(mutual_info_score(Y_TENNIS, TENNIS[a]) / np.log(2), rel=1e-12)
    assert max(gains, key=gains.get) == "Outlook"  # the largest gain wins (ER-24)


def test_play_tennis_gain_ratio_and_split_information():
    assert split_information(TENNIS["Outlook"]) == pytest.approx(scipy_entropy([5, 4, 5], base=2))
    assert split_information(TENNIS["Outlook"]) == pytest.approx(1.5774, abs=5e-5)
    assert gain_ratio(Y_TENNIS, TENNIS["Outlook"]) == pytest.approx(0.1564, abs=5e-5)
    assert gain_ratio(Y_TENNIS, np.zeros(14)) == 0.0


@pytest.mark.parametrize("criterion", ["entropy", "gain_ratio"])
def test_id3_c45_tree_on_play_tennis(criterion):
    model = DecisionTreeClassifier(criterion, categorical=True).fit(X_TENNIS, Y_TENNIS)
    t = model.tree_
    assert t.impurity[0] == pytest.approx(0.9403, abs=5e-5)
    assert ATTRIBUTES[t.feature[0]] == "Outlook"
    assert list(t.categories[0]) == ["Overcast", "Rain", "Sunny"]
    # Quinlan's tree: Overcast -> Yes; Rain -> Wind; Sunny -> Humidity
    overcast, rain, sunny = t.children[0]
    assert t.feature[overcast] == -1
    assert ATTRIBUTES[t.feature[rain]] == "Wind" and ATTRIBUTES[t.feature[sunny]] == "Humidity"
    assert (model.n_leaves_, model.depth_) == (5, 2)
    assert_array_equal(model.predict(X_TENNIS), Y_TENNIS)
    text = export_text(model, ATTRIBUTES)
    assert text.splitlines()[0] == "|--- Outlook = Overcast" and "Humidity = Normal" in text


def test_unseen_category_stops_at_its_node():
    model = DecisionTreeClassifier("entropy", categorical=True).fit(X_TENNIS, Y_TENNIS)
    proba = model.predict_proba([["Foggy", "Hot", "High", "Weak"]])
    assert_allclose(proba, [[5 / 14, 9 / 14]])  # the root's distribution: classes_ = [No, Yes]
    assert model.apply([["Foggy", "Hot", "High", "Weak"]])[0] == 0


# ---------------------------------------------------------------- impurity functions


def test_gini_hand_values_and_sklearn_root():
    assert gini_impurity([0.5, 0.5]) == pytest.approx(0.5)
    assert gini_impurity([3, 0]) == 0.0
    assert_allclose(gini_impurity([[1, 1, 1], [2, 2, 0]]), [2 / 3, 0.5])
    model = sk.DecisionTreeClassifier(criterion="gini").fit(np.arange(16)[:, None], [0] * 12 + [1] * 4)
    assert gini_impurity([12, 4]) == pytest.approx(model.tree_.impurity[0]) == pytest.approx(0.375)


@settings(max_examples=50, deadline=None)
@given(arrays(float, st.integers(1, 6), elements=st.floats(0.01, 100)))
def test_gini_bounds(counts):
    g = gini_impurity(counts)
    assert -1e-12 <= g <= 1 - 1 / len(counts) + 1e-12


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 3), min_size=2, max_size=40), st.integers(0, 10**6))
def test_gain_ratio_bounds(labels, seed):
    y = np.array(labels)
    groups = np.random.default_rng(seed).integers(0, 3, len(y))
    gain = information_gain(y, groups)
    assert gain >= -1e-12
    assert gain <= split_information(groups) + 1e-12  # IG = I(Y;A) <= H(A)
    assert -1e-12 <= gain_ratio(y, groups) <= 1 + 1e-12


# ---------------------------------------------------------------- CART against scikit-learn


@pytest.mark.parametrize("criterion", ["gini", "entropy"])
@pytest.mark.parametrize("max_depth", [1, 3, 4])  # deeper nodes get exact ties (one odd sample)
@pytest.mark.parametrize("seed", [0, 1])
def test_cart_classifier_equals_sklearn(criterion, max_depth, seed):
    X, y, X_new = _tie_free(seed)
    ours = DecisionTreeClassifier(criterion, max_depth=max_depth, min_samples_split=10).fit(X, y)
    ref = sk.DecisionTreeClassifier(criterion=criterion, max_depth=max_depth, min_samples_split=10,
                                    random_state=0).fit(X, y)
    assert ours.tree_.node_count == ref.tree_.node_count
    assert_array_equal(ours.tree_.feature, np.maximum(ref.tree_.feature, -1))
    assert_allclose(ours.tree_.threshold, np.where(ref.tree_.feature < 0, np.nan, ref.tree_.threshold))
    assert_allclose(ours.tree_.impurity, ref.tree_.impurity, atol=1e-12)
    assert_array_equal(ours.tree_.n_node_samples, ref.tree_.n_node_samples)
    assert (ours.n_leaves_, ours.depth_) == (ref.get_n_leaves(), ref.get_depth())
    assert_array_equal(ours.predict(X_new), ref.predict(X_new))
    assert_allclose(ours.predict_proba(X_new), ref.predict_proba(X_new), atol=1e-12)
    assert_array_equal(ours.apply(X_new), ref.apply(X_new))


def test_iris_root_split_equals_sklearn():
    iris = load_iris()
    ours = DecisionTreeClassifier(max_depth=2).fit(iris.data, iris.target)
    ref = sk.DecisionTreeClassifier(max_depth=2, random_state=0).fit(iris.data, iris.target)
    assert ours.tree_.impurity[0] == pytest.approx(2 / 3)
    # petal length <= 2.45 and petal width <= 0.8 both isolate setosa: an exact tie, either is right
    assert (ours.tree_.feature[0], ours.tree_.threshold[0]) in [(2, 2.45), (3, 0.8)]
    assert_array_equal(ours.predict(iris.data), ref.predict(iris.data))


@pytest.mark.parametrize("max_depth", [1, 3, 6])
def test_regressor_equals_sklearn(max_depth):
    rng = np.random.default_rng(3)
    X = rng.uniform(-2, 2, size=(200, 3)).astype(np.float32).astype(float)
    y = np.sin(X[:, 0]) + X[:, 1] ** 2 + 0.1 * rng.normal(size=200)
    X_new = rng.uniform(-2, 2, size=(100, 3))
    ours = DecisionTreeRegressor(max_depth=max_depth, min_samples_split=10).fit(X, y)
    ref = sk.DecisionTreeRegressor(max_depth=max_depth, min_samples_split=10, random_state=0).fit(X, y)
    assert ours.tree_.impurity[0] == pytest.approx(np.var(y))
    assert_allclose(ours.tree_.impurity, ref.tree_.impurity, atol=1e-10)
    assert_allclose(ours.predict(X_new), ref.predict(X_new), atol=1e-12)
    assert ours.score(X, y) == pytest.approx(ref.score(X, y))


def test_gain_ratio_numeric_tree_runs_and_is_pure():
    X, y, _ = _tie_free(4, n=120)
    model = DecisionTreeClassifier("gain_ratio").fit(X, y)
    assert model.score(X, y) == 1.0
    assert model.tree_.impurity[0] == pytest.approx(scipy_entropy(np.bincount(y), base=2))


# ---------------------------------------------------------------- invariants


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(["gini", "entropy", "gain_ratio"]))
def test_full_tree_fits_distinct_points_and_impurity_decreases(seed, criterion):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(30, 2))
    y = rng.integers(0, 3, 30)
    model = DecisionTreeClassifier(criterion).fit(X, y)
    assert_array_equal(model.predict(X), y)  # distinct points: a full tree interpolates
    t = model.tree_
    assert model.n_leaves_ == sum(f == -1 for f in t.feature)
    for node, children in enumerate(t.children):
        if children:
            sizes = np.array([t.n_node_samples[c] for c in children])
            assert sizes.sum() == t.n_node_samples[node]
            weighted = np.dot(sizes, [t.impurity[c] for c in children]) / sizes.sum()
            if criterion != "gain_ratio":  # the best split never increases the weighted impurity
                assert weighted <= t.impurity[node] + 1e-12
    assert_allclose(model.predict_proba(X).sum(axis=1), 1.0)


def test_max_depth_and_min_samples_split_limit_the_tree():
    X, y, _ = _tie_free(5)
    assert DecisionTreeClassifier(max_depth=0).fit(X, y).n_leaves_ == 1
    assert DecisionTreeClassifier(max_depth=2).fit(X, y).depth_ <= 2
    big = DecisionTreeClassifier(min_samples_split=50).fit(X, y)
    t = big.tree_
    assert all(t.n_node_samples[i] >= 50 for i, f in enumerate(t.feature) if f != -1)


def test_constant_features_give_a_leaf_and_random_state_is_reproducible():
    X = np.ones((6, 2))
    model = DecisionTreeClassifier().fit(X, [0, 1, 0, 1, 0, 1])
    assert model.n_leaves_ == 1 and model.depth_ == 0
    X2, y2, X_new = _tie_free(6)
    a = DecisionTreeClassifier(random_state=7).fit(X2, y2).predict(X_new)
    b = DecisionTreeClassifier(random_state=7).fit(X2, y2).predict(X_new)
    assert_array_equal(a, b)


def test_bad_input_raises():
    with pytest.raises(ValueError):
        DecisionTreeClassifier("mse").fit([[0.0], [1.0]], [0, 1])
    with pytest.raises(ValueError):
        DecisionTreeClassifier().fit([[0.0], [1.0]], [0, 1, 1])
    model = DecisionTreeRegressor().fit([[0.0], [1.0]], [0.0, 1.0])
    with pytest.raises(ValueError):
        model.predict([[0.0, 1.0]])
    assert export_text(model).splitlines() == [
        "|--- feature_0 <= 0.50", "|   |--- value: 0.00", "|--- feature_0 >  0.50", "|   |--- value: 1.00"]
