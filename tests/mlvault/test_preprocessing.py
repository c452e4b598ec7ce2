"""mlvault.preprocessing against sklearn.preprocessing (oracle), a hand-computed case and invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.testing import assert_allclose
from sklearn import preprocessing as sk

from mlvault.preprocessing import MinMaxScaler, StandardScaler

X_HAND = np.array([[1.0, 10.0], [2.0, 10.0], [3.0, 40.0]])


def test_standard_scaler_hand_case_uses_ddof_0_and_scale_1_for_constant():
    X = np.array([[1.0, 5.0], [3.0, 5.0]])
    scaler = StandardScaler().fit(X)
    assert_allclose(scaler.mean_, [2.0, 5.0])
    assert_allclose(scaler.var_, [1.0, 0.0])  # (1 + 1) / 2, not / 1
    assert_allclose(scaler.scale_, [1.0, 1.0])
    assert_allclose(scaler.transform(X), [[-1.0, 0.0], [1.0, 0.0]])


def test_min_max_hand_case():
    scaler = MinMaxScaler().fit(X_HAND)
    assert_allclose(scaler.transform(X_HAND), [[0, 0], [0.5, 0], [1, 1]])
    assert_allclose(MinMaxScaler((-1, 1)).fit_transform(X_HAND), [[-1, -1], [0, -1], [1, 1]])


@pytest.mark.parametrize("with_mean, with_std", [(True, True), (False, True), (True, False)])
def test_standard_scaler_matches_sklearn(with_mean, with_std):
    rng = np.random.default_rng(0)
    train = rng.normal(3, [1, 10, 0.1], size=(40, 3))
    train[:, 2] = 7.0  # a constant feature
    test = rng.normal(size=(5, 3))
    ours = StandardScaler(with_mean=with_mean, with_std=with_std).fit(train)
    ref = sk.StandardScaler(with_mean=with_mean, with_std=with_std).fit(train)
    for name in ("mean_", "var_", "scale_"):
        if getattr(ref, name) is not None:
            assert_allclose(getattr(ours, name), getattr(ref, name), rtol=1e-12)
    assert_allclose(ours.transform(test), ref.transform(test), rtol=1e-12, atol=1e-12)
    assert_allclose(ours.inverse_transform(test), ref.inverse_transform(test), rtol=1e-12)


@pytest.mark.parametrize("feature_range", [(0, 1), (-1, 1), (2, 5)])
@pytest.mark.parametrize("clip", [False, True])
def test_min_max_scaler_matches_sklearn(feature_range, clip):
    rng = np.random.default_rng(1)
    train = rng.uniform(-5, 5, size=(30, 3))
    train[:, 1] = 2.0
    test = rng.uniform(-8, 8, size=(6, 3))  # outside the training range: clip matters
    ours = MinMaxScaler(feature_range, clip=clip).fit(train)
    ref = sk.MinMaxScaler(feature_range=feature_range, clip=clip).fit(train)
    for name in ("data_min_", "data_max_", "data_range_", "scale_", "min_"):
        assert_allclose(getattr(ours, name), getattr(ref, name), rtol=1e-12)
    assert_allclose(ours.transform(test), ref.transform(test), rtol=1e-12, atol=1e-12)
    assert_allclose(ours.inverse_transform(test), ref.inverse_transform(test), rtol=1e-12)


def test_test_set_uses_training_statistics_and_input_checks():
    scaler = StandardScaler().fit([[0.0], [2.0]])
    assert_allclose(scaler.transform([[4.0]]), [[3.0]])  # (4 - 1) / 1, not re-centred on the test set
    with pytest.raises(ValueError):
        StandardScaler().fit([1.0, 2.0])
    with pytest.raises(ValueError):
        MinMaxScaler((1, 0)).fit(X_HAND)


finite = st.floats(-1e3, 1e3, allow_nan=False)


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(2, 20), st.integers(1, 4)), elements=finite))
def test_round_trip_and_moments(X):
    for scaler in (StandardScaler(), MinMaxScaler((-2, 3))):
        Z = scaler.fit_transform(X)
        assert_allclose(scaler.inverse_transform(Z), X, atol=1e-9 * (1 + np.abs(X).max()))
    Z = StandardScaler().fit_transform(X)
    assert_allclose(Z.mean(axis=0), 0, atol=1e-9)
    spread = X.std(axis=0) > 1e-6 * (1 + np.abs(X).max())
    assert_allclose(Z.std(axis=0)[spread], 1, rtol=1e-6)
    M = MinMaxScaler().fit_transform(X)
    assert M.min() >= -1e-12 and M.max() <= 1 + 1e-12
