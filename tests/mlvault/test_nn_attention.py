"""Scaled dot-product attention vs torch.nn.functional.scaled_dot_product_attention (float64)."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from mlvault.nn.attention import scaled_dot_product_attention

F = torch.nn.functional


def test_seed_example():
    Q = np.array([[1.0, 0], [0, 1]])
    K = np.array([[1.0, 1], [1, 0]])
    V = np.array([[0.0, 1], [1, 0]])
    out, w = scaled_dot_product_attention(Q, K, V)
    e = np.exp(1 / np.sqrt(2))
    np.testing.assert_allclose(out, [[0.5, 0.5], [1 / (1 + e), e / (1 + e)]])
    np.testing.assert_allclose(out, [[0.5, 0.5], [0.3302, 0.6698]], atol=5e-5)


@pytest.mark.parametrize("lead", [(), (3,), (2, 4)])
@pytest.mark.parametrize("L, S, d, dv", [(1, 1, 1, 1), (5, 7, 4, 3), (8, 8, 16, 16)])
def test_matches_torch(lead, L, S, d, dv):
    rng = np.random.default_rng(0)
    Q, K, V = rng.normal(size=lead + (L, d)), rng.normal(size=lead + (S, d)), rng.normal(size=lead + (S, dv))
    out, w = scaled_dot_product_attention(Q, K, V)
    ref = F.scaled_dot_product_attention(torch.tensor(Q), torch.tensor(K), torch.tensor(V))
    np.testing.assert_allclose(out, ref.numpy(), rtol=1e-12, atol=1e-13)
    assert w.shape == lead + (L, S)


@pytest.mark.parametrize("kind", ["causal", "random"])
def test_boolean_mask_matches_torch(kind):
    rng = np.random.default_rng(1)
    Q, K, V = rng.normal(size=(2, 6, 4)), rng.normal(size=(2, 6, 4)), rng.normal(size=(2, 6, 5))
    if kind == "causal":
        mask = np.tril(np.ones((6, 6), bool))
    else:
        mask = rng.random((2, 6, 6)) < 0.5
        mask[..., 0] = True  # every query attends to something
    out, w = scaled_dot_product_attention(Q, K, V, mask=mask)
    ref = F.scaled_dot_product_attention(torch.tensor(Q), torch.tensor(K), torch.tensor(V),
                                         attn_mask=torch.tensor(mask))
    np.testing.assert_allclose(out, ref.numpy(), rtol=1e-12, atol=1e-13)
    assert np.all(w[np.broadcast_to(~mask, w.shape)] == 0)
    if kind == "causal":
        ref_causal = F.scaled_dot_product_attention(torch.tensor(Q), torch.tensor(K), torch.tensor(V),
                                                    is_causal=True)
        np.testing.assert_allclose(out, ref_causal.numpy(), rtol=1e-12, atol=1e-13)


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 6), st.integers(1, 6), st.integers(1, 5), st.integers(0, 2**32 - 1))
def test_weights_are_distributions_and_output_is_convex_combination(L, S, d, seed):
    rng = np.random.default_rng(seed)
    Q, K, V = rng.normal(size=(L, d)) * 10, rng.normal(size=(S, d)), rng.normal(size=(S, 2))
    out, w = scaled_dot_product_attention(Q, K, V)
    np.testing.assert_allclose(w.sum(axis=-1), 1.0)
    assert np.all(w >= 0)
    assert np.all(out <= V.max(axis=0) + 1e-12) and np.all(out >= V.min(axis=0) - 1e-12)
