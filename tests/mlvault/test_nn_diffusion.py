"""Diffusion forward process: schedule, cumulative products, and the closed form vs iterated one-step
kernels (statistical, 4-sigma bounds)."""

import numpy as np
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from mlvault.nn.diffusion import alpha_bar, linear_beta_schedule, q_sample


def test_linear_schedule_endpoints_and_alpha_bar_vs_torch_cumprod():
    b = linear_beta_schedule(1000)
    assert b.shape == (1000,) and b[0] == 1e-4 and np.isclose(b[-1], 0.02)
    np.testing.assert_allclose(np.diff(b), np.diff(b)[0])
    ref = torch.cumprod(1 - torch.linspace(1e-4, 0.02, 1000, dtype=torch.float64), 0).numpy()
    np.testing.assert_allclose(alpha_bar(b), ref, rtol=1e-12)


def test_alpha_bar_hand_case():
    np.testing.assert_allclose(alpha_bar([0.1, 0.5, 0.2]), [0.9, 0.45, 0.36])


def test_t_zero_is_one_step_of_the_seed():
    # 002's code: x_t = sqrt(alpha) x0 + sqrt(1 - alpha) eps with alpha = 0.9
    x0, eps = np.array([1.0]), np.array([0.3])
    np.testing.assert_allclose(q_sample(x0, 0, [0.1], eps), np.sqrt(0.9) * x0 + np.sqrt(0.1) * eps)


def test_per_sample_t_broadcasts():
    betas = linear_beta_schedule(10)
    x0, eps = np.ones((3, 2, 2)), np.zeros((3, 2, 2))
    out = q_sample(x0, np.array([0, 4, 9]), betas, eps)
    np.testing.assert_allclose(out[:, 0, 0], np.sqrt(alpha_bar(betas)[[0, 4, 9]]))


def test_closed_form_equals_iterated_one_step_kernel_statistically():
    # ER-40: 50 iterated steps have variance 1 - alpha_bar_50, not 1 - alpha_50
    rng = np.random.default_rng(0)
    n, T = 200_000, 50
    betas = linear_beta_schedule(1000)[:T]
    x = np.ones(n)
    for beta in betas:
        x = np.sqrt(1 - beta) * x + np.sqrt(beta) * rng.standard_normal(n)
    ab = alpha_bar(betas)[-1]
    closed = q_sample(np.ones(n), T - 1, betas, rng.standard_normal(n))
    var = 1 - ab
    for sample in (x, closed):
        assert abs(sample.mean() - np.sqrt(ab)) < 4 * np.sqrt(var / n)
        assert abs(sample.var() - var) < 4 * var * np.sqrt(2 / n)
    assert abs(x.var() - betas[-1]) > 100 * var * np.sqrt(2 / n)  # the seed's 1 - alpha_t is far off


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 200), st.floats(1e-5, 1e-3), st.floats(1e-3, 0.05), st.data())
def test_alpha_bar_is_prefix_product_and_signal_decreases(T, b0, b1, data):
    betas = linear_beta_schedule(T, b0, b1)
    ab = alpha_bar(betas)
    assert np.all(np.diff(ab) < 0) and np.all((ab > 0) & (ab < 1))
    t = data.draw(st.integers(0, T - 1))
    np.testing.assert_allclose(ab[t], np.prod(1 - betas[: t + 1]), rtol=1e-12)
    # noise-free and signal-free parts of q_sample carry sqrt(ab) and sqrt(1 - ab)
    np.testing.assert_allclose(q_sample(np.ones(1), t, betas, np.zeros(1)), np.sqrt(ab[t]))
    np.testing.assert_allclose(q_sample(np.zeros(1), t, betas, np.ones(1)), np.sqrt(1 - ab[t]))
