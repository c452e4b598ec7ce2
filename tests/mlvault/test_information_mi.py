"""mlvault.information: mutual information and information gain against scikit-learn and the play-tennis
table; KL divergence and cross-entropy invariants against scipy."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import special, stats
from sklearn.metrics import mutual_info_score
from sklearn.metrics.cluster import contingency_matrix

from mlvault.datasets import play_tennis
from mlvault.information import cross_entropy, entropy, information_gain, kl_divergence, mutual_information


def _labels(seed, n=200, kx=4, ky=3, dependent=True):
    rng = np.random.default_rng(seed)
    x = rng.integers(0, kx, n)
    y = (x + rng.integers(0, 2, n)) % ky if dependent else rng.integers(0, ky, n)
    return x, y


@pytest.mark.parametrize("seed, dependent", [(0, True), (1, True), (2, False)])
@pytest.mark.parametrize("base", [None, 2])
def test_mutual_information_equals_sklearn(seed, dependent, base):
    x, y = _labels(seed, dependent=dependent)
    counts = contingency_matrix(x, y)
    expected = mutual_info_score(x, y) / (np.log(base) if base else 1.0)
    assert mutual_information(counts, base) == pytest.approx(expected, abs=1e-12)
    assert mutual_information(counts / counts.sum(), base) == pytest.approx(expected, abs=1e-12)


def test_mutual_information_hand_cases():
    assert mutual_information([[0.5, 0.0], [0.0, 0.5]], base=2) == pytest.approx(1.0)  # Y = X: 1 bit
    assert mutual_information(np.outer([0.2, 0.8], [0.3, 0.3, 0.4])) == pytest.approx(0.0, abs=1e-15)
    with pytest.raises(ValueError, match="2-D"):
        mutual_information([0.5, 0.5])


@settings(max_examples=50, deadline=None)
@given(
    arrays(float, (3, 4), elements=st.one_of(st.just(0.0), st.floats(1e-3, 10.0))).filter(
        lambda a: a.sum() > 0
    )
)
def test_mutual_information_identities(counts):
    p = counts / counts.sum()
    px, py = p.sum(axis=1), p.sum(axis=0)
    mi = mutual_information(counts)
    assert mi >= -1e-12
    # I(X;Y) = H(X) + H(Y) - H(X,Y) = D_KL(P_XY || P_X P_Y) <= min(H(X), H(Y))
    h_joint = special.entr(p).sum()
    assert mi == pytest.approx(special.entr(px).sum() + special.entr(py).sum() - h_joint, abs=1e-10)
    assert mi == pytest.approx(special.rel_entr(p, np.outer(px, py)).sum(), abs=1e-10)
    assert mi <= min(special.entr(px).sum(), special.entr(py).sum()) + 1e-10
    assert mutual_information(counts.T) == pytest.approx(mi, abs=1e-12)  # symmetric


PLAY_TENNIS_GAIN_BITS = {"Outlook": 0.2467, "Humidity": 0.1518, "Wind": 0.0481, "Temperature": 0.0292}


@pytest.mark.parametrize("feature, gain", PLAY_TENNIS_GAIN_BITS.items())
def test_information_gain_play_tennis(feature, gain):
    data = play_tennis()
    ig = information_gain(data["PlayTennis"], data[feature])
    assert ig == pytest.approx(gain, abs=5e-5)
    assert ig == pytest.approx(mutual_info_score(data["PlayTennis"], data[feature]) / np.log(2), abs=1e-12)


def test_information_gain_by_hand_wind():
    """Wind: Weak 6 Yes / 2 No, Strong 3 Yes / 3 No; H(S) = H(9/14)."""
    def h(p):
        return -p * np.log2(p) - (1 - p) * np.log2(1 - p)

    expected = h(9 / 14) - 8 / 14 * h(6 / 8) - 6 / 14 * 1.0
    data = play_tennis()
    assert information_gain(data["PlayTennis"], data["Wind"]) == pytest.approx(expected, abs=1e-12)


def test_information_gain_picks_outlook_and_checks_shapes():
    data = play_tennis()
    gains = {f: information_gain(data["PlayTennis"], data[f]) for f in PLAY_TENNIS_GAIN_BITS}
    assert max(gains, key=gains.get) == "Outlook"  # the largest gain wins (ER-24)
    assert information_gain(data["PlayTennis"], data["PlayTennis"]) == pytest.approx(entropy([9, 5], base=2))
    with pytest.raises(ValueError, match="same length"):
        information_gain([0, 1, 1], [0, 1])


def _distributions(n):
    return arrays(float, n, elements=st.floats(1e-3, 1.0)).map(lambda a: a / a.sum())


@settings(max_examples=50, deadline=None)
@given(st.integers(2, 8).flatmap(lambda n: st.tuples(_distributions(n), _distributions(n))))
def test_kl_nonnegative_and_cross_entropy_decomposition(pq):
    p, q = pq
    kl = kl_divergence(p, q)
    assert kl >= -1e-12
    assert kl == pytest.approx(stats.entropy(p, q), abs=1e-12)
    assert cross_entropy(p, q) == pytest.approx(entropy(p) + kl, abs=1e-12)  # H(P,Q) = H(P) + KL(P||Q)
    assert kl_divergence(p, p) == pytest.approx(0.0, abs=1e-15)


def test_kl_seed_example_asymmetry_and_zeros():
    p, q = np.array([0.7, 0.3]), np.array([0.5, 0.5])
    assert kl_divergence(p, q) == pytest.approx(0.08228287850505156, rel=1e-12)  # CV-10: isclose, not ==
    assert kl_divergence(q, p) == pytest.approx(0.0871767, abs=1e-7)
    assert kl_divergence(p, q, base=2) == pytest.approx(stats.entropy(p, q, base=2), abs=1e-15)
    # P with a zero: 0 log 0 = 0 (the seed's formula gives nan, CV-11); Q with a zero where P > 0: inf
    assert kl_divergence([0.5, 0.5, 0.0], [0.25, 0.25, 0.5]) == pytest.approx(np.log(2))
    assert kl_divergence([0.5, 0.5], [1.0, 0.0]) == np.inf


def test_mutual_information_sees_nonlinear_dependence_like_sklearn():
    """y = x^2: Pearson r ~ 0, yet the binned MI and sklearn's k-NN estimate both see strong dependence."""
    from sklearn.feature_selection import mutual_info_regression

    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, 2000)
    y = x**2
    shuffled = rng.permutation(y)
    assert abs(stats.pearsonr(x, y).statistic) < 0.05
    binned = mutual_information(np.histogram2d(x, y, bins=10)[0])
    binned_indep = mutual_information(np.histogram2d(x, shuffled, bins=10)[0])
    knn = mutual_info_regression(x[:, None], y, random_state=0)[0]
    knn_indep = mutual_info_regression(x[:, None], shuffled, random_state=0)[0]
    assert binned > 0.5 and knn > 0.5
    assert binned_indep < 0.05 and knn_indep < 0.05
