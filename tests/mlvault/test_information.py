"""mlvault.information against scipy/scikit-learn/torch, hand-computed values and invariants."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import special, stats
from sklearn.metrics import log_loss

from mlvault.information import (
    binary_cross_entropy,
    cross_entropy,
    entropy,
    kl_divergence,
    self_information,
)


def distributions(n_min=1, n_max=8, allow_zeros=True):
    """Probability vectors (possibly with exact zeros), normalised."""
    low = 0.0 if allow_zeros else 1e-3
    return st.integers(n_min, n_max).flatmap(
        lambda n: arrays(float, n, elements=st.floats(low, 1.0)).filter(lambda a: a.sum() > 1e-3)
    ).map(lambda a: a / a.sum())


def pairs(allow_zeros_in_q=False):
    return st.integers(1, 8).flatmap(
        lambda n: st.tuples(
            arrays(float, n, elements=st.floats(0.0, 1.0)).filter(lambda a: a.sum() > 1e-3),
            arrays(float, n, elements=st.floats(0.0 if allow_zeros_in_q else 1e-3, 1.0)).filter(lambda a: a.sum() > 1e-3),
        )
    ).map(lambda pq: (pq[0] / pq[0].sum(), pq[1] / pq[1].sum()))


@pytest.mark.parametrize(
    ("p", "expected_nats"),
    [
        ([0.5, 0.5], np.log(2)),
        ([1.0, 0.0], 0.0),
        ([0.25] * 4, np.log(4)),
        ([0.9, 0.1], -(0.9 * np.log(0.9) + 0.1 * np.log(0.1))),
    ],
)
def test_entropy_hand_computed(p, expected_nats):
    assert entropy(p) == pytest.approx(expected_nats, abs=1e-15)
    assert entropy(p, base=2) == pytest.approx(expected_nats / np.log(2), abs=1e-15)


def test_seed_biased_coin_value_is_corrected():
    # ER-31: the seed printed 0.4698716731013394; ln gives 0.3250829733914482 nats.
    assert entropy([0.9, 0.1]) == pytest.approx(0.3250829733914482, rel=1e-15)
    assert entropy([0.9, 0.1], base=2) == pytest.approx(0.4689955935892812, rel=1e-15)


@given(distributions())
def test_entropy_matches_scipy(p):
    assert entropy(p) == pytest.approx(stats.entropy(p), abs=1e-12)
    assert entropy(p, base=2) == pytest.approx(stats.entropy(p, base=2), abs=1e-12)
    assert entropy(p) == pytest.approx(special.entr(p).sum(), abs=1e-12)


@given(distributions())
def test_entropy_bounds(p):
    h = entropy(p)
    assert -1e-12 <= h <= np.log(len(p)) + 1e-12


def test_zero_probability_contributes_nothing():
    assert entropy([0.5, 0.5, 0.0, 0.0]) == entropy([0.5, 0.5])
    with np.errstate(all="raise"):  # no log(0) evaluated unmasked
        entropy(np.array([0.0, 1.0]))


def test_entropy_is_batched_along_last_axis():
    batch = np.array([[0.5, 0.5], [0.9, 0.1], [1.0, 0.0]])
    np.testing.assert_allclose(entropy(batch), [stats.entropy(row) for row in batch], atol=1e-15)


def test_self_information_expectation_is_entropy():
    p = np.array([0.9, 0.1])
    np.testing.assert_allclose(self_information(p), -np.log(p))
    assert np.sum(p * self_information(p)) == pytest.approx(entropy(p))
    assert self_information(0.5, base=2) == pytest.approx(1.0)


@given(pairs())
def test_kl_matches_scipy_and_is_non_negative(pq):
    p, q = pq
    kl = kl_divergence(p, q)
    assert kl >= -1e-12
    assert kl == pytest.approx(stats.entropy(p, q), abs=1e-10)
    assert kl == pytest.approx(special.rel_entr(p, q).sum(), abs=1e-10)


@given(pairs())
def test_cross_entropy_decomposes_into_entropy_plus_kl(pq):
    p, q = pq
    assert cross_entropy(p, q) == pytest.approx(entropy(p) + kl_divergence(p, q), abs=1e-10)


def test_kl_asymmetry_seed_example():
    p, q = [0.7, 0.3], [0.5, 0.5]
    assert kl_divergence(p, q) == pytest.approx(0.08228287850505175, rel=1e-12)
    assert kl_divergence(q, p) == pytest.approx(stats.entropy(q, p), rel=1e-12)
    assert kl_divergence(q, p) != pytest.approx(kl_divergence(p, q))


def test_kl_is_zero_iff_equal_and_infinite_off_support():
    assert kl_divergence([0.2, 0.8], [0.2, 0.8]) == 0.0
    assert kl_divergence([0.5, 0.5], [1.0, 0.0]) == np.inf
    assert cross_entropy([0.5, 0.5], [1.0, 0.0]) == np.inf
    assert kl_divergence([1.0, 0.0], [0.5, 0.5]) == pytest.approx(np.log(2))


def test_binary_cross_entropy_seed_example_is_corrected():
    # ER-33: the seed printed 0.164252033486018.
    y, p = [1, 0, 1], [0.9, 0.1, 0.8]
    assert binary_cross_entropy(y, p) == pytest.approx(0.14462152754328741, rel=1e-15)
    assert binary_cross_entropy(y, p) == pytest.approx(log_loss(y, p), rel=1e-15)


@given(
    st.integers(1, 30).flatmap(
        lambda n: st.tuples(arrays(np.int64, n, elements=st.integers(0, 1)), arrays(float, n, elements=st.floats(0.0, 1.0)))
    )
)
def test_binary_cross_entropy_matches_sklearn_and_torch(data):
    y, p = data
    ours = binary_cross_entropy(y, p)
    assert ours == pytest.approx(log_loss(y, p, labels=[0, 1]), rel=1e-12, abs=1e-12)
    eps = np.finfo(float).eps
    clipped = torch.tensor(np.clip(p, eps, 1 - eps))
    reference = F.binary_cross_entropy(clipped, torch.tensor(y, dtype=torch.float64)).item()
    assert ours == pytest.approx(reference, rel=1e-9, abs=1e-12)


def test_categorical_cross_entropy_matches_torch_on_logits():
    rng = np.random.default_rng(0)
    logits = rng.normal(size=(5, 4))
    labels = rng.integers(0, 4, size=5)
    probs = special.softmax(logits, axis=1)
    ours = cross_entropy(np.eye(4)[labels], probs).mean()
    assert ours == pytest.approx(F.cross_entropy(torch.tensor(logits), torch.tensor(labels)).item(), rel=1e-12)


@pytest.mark.parametrize(
    ("y", "p", "message"),
    [([1, 0], [0.5], "shape"), ([2, 0], [0.5, 0.5], "only 0 and 1")],
)
def test_binary_cross_entropy_rejects_bad_input(y, p, message):
    with pytest.raises(ValueError, match=message):
        binary_cross_entropy(y, p)


def test_negative_probabilities_are_rejected():
    with pytest.raises(ValueError, match="negative"):
        entropy([-0.1, 1.1])


# --- cross-entropy from logits and the Gaussian KL closed form -------------------------------------------

from mlvault.information import binary_cross_entropy_with_logits, gaussian_kl_divergence  # noqa: E402


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("scale", [1.0, 10.0])
def test_bce_with_logits_matches_torch(seed, scale):
    rng = np.random.default_rng(seed)
    z = scale * rng.normal(size=20)
    y = rng.integers(0, 2, size=20).astype(float)
    reference = F.binary_cross_entropy_with_logits(torch.tensor(z), torch.tensor(y)).item()
    # both are softplus(z) - y z in float64; a few ulps of the O(scale) terms
    assert binary_cross_entropy_with_logits(y, z) == pytest.approx(reference, rel=1e-12, abs=1e-12)


@given(st.floats(-30, 30), st.sampled_from([0.0, 1.0]))
def test_bce_with_logits_equals_probability_form(z, y):
    # The probability form rounds p = sigma(z) to float64 first. An absolute error eps in p becomes a relative
    # error of about eps / min(p, 1 - p) <= eps (1 + e^{|z|}) in the smaller of p, 1 - p, hence an absolute
    # error of that size in the loss -log(.) -- the cancellation the logits form avoids.
    p = special.expit(z)
    tol = 4 * np.finfo(float).eps * (1 + np.exp(abs(z)))
    assert binary_cross_entropy_with_logits([y], [z]) == pytest.approx(
        binary_cross_entropy([y], [p], eps=1e-300), rel=1e-12, abs=tol
    )


@pytest.mark.parametrize("z", [40.0, 100.0, 800.0])
def test_bce_with_logits_is_exact_where_probabilities_saturate(z):
    # y = 1 with logit -z: the true loss softplus(z) = z + log(1 + e^{-z}) is z to double precision
    assert binary_cross_entropy_with_logits([1.0], [-z]) == pytest.approx(z + np.log1p(np.exp(-z)), rel=1e-15)
    # the probability form has to clip: sigma(-z) < eps is raised to eps, so the loss is capped at -log(eps) < z
    capped = -np.log(np.finfo(float).eps)
    assert binary_cross_entropy([1], [special.expit(-z)]) == pytest.approx(capped, rel=1e-15)
    assert capped < z


def test_bce_with_logits_hand_cases_and_checks():
    assert binary_cross_entropy_with_logits([1.0, 0.0], [0.0, 0.0]) == pytest.approx(np.log(2), abs=1e-15)
    with pytest.raises(ValueError, match="shape"):
        binary_cross_entropy_with_logits([1.0], [0.0, 1.0])
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        binary_cross_entropy_with_logits([2.0], [0.0])


@pytest.mark.parametrize(
    ("mu_p", "s_p", "mu_q", "s_q"),
    [(0.0, 1.0, 1.0, 2.0), (0.5, 0.8, 0.0, 1.0), (-1.0, 1.5, 0.0, 1.0), (3.0, 0.1, -2.0, 4.0)],
)
def test_gaussian_kl_matches_torch_and_quadrature(mu_p, s_p, mu_q, s_q):
    ours = gaussian_kl_divergence(mu_p, s_p, mu_q, s_q)
    f64 = torch.float64
    reference = torch.distributions.kl_divergence(
        torch.distributions.Normal(torch.tensor(mu_p, dtype=f64), torch.tensor(s_p, dtype=f64)),
        torch.distributions.Normal(torch.tensor(mu_q, dtype=f64), torch.tensor(s_q, dtype=f64)),
    ).item()
    assert ours == pytest.approx(reference, rel=1e-12, abs=1e-14)
    from scipy import integrate

    def integrand(x):
        return stats.norm.pdf(x, mu_p, s_p) * (stats.norm.logpdf(x, mu_p, s_p) - stats.norm.logpdf(x, mu_q, s_q))

    numeric, _ = integrate.quad(integrand, mu_p - 12 * s_p, mu_p + 12 * s_p, limit=200)
    assert ours == pytest.approx(numeric, rel=1e-8, abs=1e-10)  # quad's error estimate is far below this


def test_gaussian_kl_vae_term_zero_and_broadcast():
    mu, sigma = np.array([0.5, -1.0]), np.array([0.8, 1.5])
    np.testing.assert_allclose(
        gaussian_kl_divergence(mu, sigma, 0.0, 1.0), 0.5 * (mu**2 + sigma**2 - 1 - np.log(sigma**2)), rtol=1e-14
    )
    assert gaussian_kl_divergence(2.0, 3.0, 2.0, 3.0) == 0.0
    with pytest.raises(ValueError, match="positive"):
        gaussian_kl_divergence(0.0, 0.0, 0.0, 1.0)
