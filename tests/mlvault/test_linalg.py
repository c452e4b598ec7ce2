"""mlvault.linalg against numpy.linalg / scipy.linalg, hand-computed cases and invariants."""

import numpy as np
import pytest
import scipy.linalg
import scipy.spatial.distance
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlvault.linalg import (
    low_rank_approx,
    lp_norm,
    matmul_naive,
    matrix_rank,
    pinv,
    power_iteration,
    svd_via_eigh,
)

finite = st.floats(-100, 100, allow_nan=False, allow_infinity=False)
vectors = arrays(np.float64, st.integers(1, 8), elements=finite)
shapes = st.tuples(st.integers(1, 6), st.integers(1, 6))
matrices = arrays(np.float64, shapes, elements=finite)
int_matrices = arrays(np.float64, shapes, elements=st.integers(-9, 9).map(float))  # not nearly singular


def align_signs(reference, other, axis):
    """Flip each singular/eigen vector of ``other`` to point like ``reference`` (vectors along ``axis``)."""
    signs = np.sign(np.sum(reference * other, axis=axis, keepdims=True))
    return other * np.where(signs == 0, 1.0, signs)


# --- matmul_naive ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "A, B, expected",
    [
        ([[10, 20]], [[5], [2]], [[90]]),  # apples and pears: 10*5 + 20*2
        ([[10], [20]], [[5, 2]], [[50, 20], [100, 40]]),
        ([[1, 2]], [[10], [20]], [[50]]),
        ([[10], [20]], [[1, 2]], [[10, 20], [20, 40]]),
        ([[1, 2], [3, 4]], [[10, 20], [30, 40]], [[70, 100], [150, 220]]),
    ],
)
def test_matmul_naive_seed_examples(A, B, expected):
    np.testing.assert_array_equal(matmul_naive(A, B), expected)


def test_matmul_naive_matches_numpy_and_is_not_commutative():
    rng = np.random.default_rng(0)
    A, B = rng.standard_normal((3, 4)), rng.standard_normal((4, 2))
    np.testing.assert_allclose(matmul_naive(A, B), np.matmul(A, B), rtol=1e-12, atol=1e-12)
    S, T = rng.standard_normal((3, 3)), rng.standard_normal((3, 3))
    assert not np.allclose(matmul_naive(S, T), matmul_naive(T, S))


def test_matmul_naive_rejects_bad_shapes():
    with pytest.raises(ValueError, match="inner dimensions"):
        matmul_naive(np.ones((2, 3)), np.ones((2, 3)))
    with pytest.raises(ValueError, match="2-D"):
        matmul_naive(np.ones(3), np.ones((3, 1)))


# --- lp_norm ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("p", [1, 1.5, 2, 3, 10, np.inf])
def test_lp_norm_matches_numpy_and_scipy(p):
    x = np.random.default_rng(1).standard_normal(7)
    assert lp_norm(x, p) == pytest.approx(np.linalg.norm(x, ord=p), rel=1e-12)
    if np.isfinite(p):
        y = np.random.default_rng(2).standard_normal(7)
        assert lp_norm(x - y, p) == pytest.approx(scipy.spatial.distance.minkowski(x, y, p), rel=1e-12)


def test_lp_norm_hand_values_and_axis():
    x = [3.0, -4.0]
    assert lp_norm(x, 1) == 7.0 and lp_norm(x, 2) == 5.0 and lp_norm(x, np.inf) == 4.0
    X = np.array([[3.0, -4.0], [0.0, 0.0], [1.0, 1.0]])
    np.testing.assert_allclose(lp_norm(X, 2), [5.0, 0.0, np.sqrt(2)])
    np.testing.assert_allclose(lp_norm(X, 1, axis=0), np.linalg.norm(X, ord=1, axis=0))


def test_lp_norm_no_overflow_or_underflow():
    assert lp_norm([3e200, 4e200], 2) == pytest.approx(5e200)
    assert lp_norm([3e-200, 4e-200], 2) == pytest.approx(5e-200)


def test_lp_norm_rejects_p_below_one():
    with pytest.raises(ValueError):
        lp_norm([1.0, 2.0], 0.5)


@settings(max_examples=50, deadline=None)
@given(vectors, st.sampled_from([1, 2, 3, np.inf]), st.floats(-10, 10))
def test_lp_norm_is_a_norm(x, p, c):
    y = np.roll(x, 1)[::-1]
    assert lp_norm(x + y, p) <= lp_norm(x, p) + lp_norm(y, p) + 1e-9  # triangle inequality
    assert lp_norm(c * x, p) == pytest.approx(abs(c) * lp_norm(x, p), rel=1e-9, abs=1e-9)  # homogeneity
    assert (lp_norm(x, p) == 0) == (not np.any(x))  # definiteness


# --- matrix_rank and pinv ---------------------------------------------------------------------------------


def test_matrix_rank_of_seed_matrix_is_two():
    A = [[1, 2, 3], [2, 4, 6], [1, 0, 1]]  # row 2 = 2 * row 1
    assert matrix_rank(A) == 2 == np.linalg.matrix_rank(A)


@pytest.mark.parametrize("shape, rank", [((5, 3), 3), ((4, 6), 2), ((6, 6), 1), ((3, 3), 0)])
def test_matrix_rank_of_products_matches_numpy(shape, rank):
    rng = np.random.default_rng(3)
    A = rng.standard_normal((shape[0], rank)) @ rng.standard_normal((rank, shape[1]))
    assert matrix_rank(A) == rank == np.linalg.matrix_rank(A)


def test_matrix_rank_tol():
    A = np.diag([1.0, 1e-3, 1e-12])
    assert matrix_rank(A) == 3
    assert matrix_rank(A, tol=1e-6) == 2 == np.linalg.matrix_rank(A, tol=1e-6)


@pytest.mark.parametrize("shape", [(3, 3), (5, 3), (3, 5)])
def test_pinv_matches_numpy(shape):
    A = np.random.default_rng(4).standard_normal(shape)
    np.testing.assert_allclose(pinv(A), np.linalg.pinv(A), atol=1e-12)


def test_pinv_inverse_and_least_squares():
    rng = np.random.default_rng(5)
    A = rng.standard_normal((4, 4))
    np.testing.assert_allclose(pinv(A), np.linalg.inv(A), atol=1e-10)
    X, y = rng.standard_normal((20, 3)), rng.standard_normal(20)
    np.testing.assert_allclose(pinv(X) @ y, np.linalg.lstsq(X, y, rcond=None)[0], atol=1e-12)
    np.testing.assert_allclose(pinv(X), np.linalg.inv(X.T @ X) @ X.T, atol=1e-12)


@settings(max_examples=50, deadline=None)
@given(int_matrices)
def test_pinv_penrose_conditions(A):
    P = pinv(A)
    scale = 1 + np.abs(A).max()
    np.testing.assert_allclose(A @ P @ A, A, atol=1e-8 * scale)
    np.testing.assert_allclose((A @ P).T, A @ P, atol=1e-8)
    np.testing.assert_allclose(pinv(A), np.linalg.pinv(A), atol=1e-8 * (1 + np.abs(P).max()))


def test_rank_deficient_pinv_matches_numpy():
    A = [[1, 2, 3], [2, 4, 6], [1, 0, 1]]
    np.testing.assert_allclose(pinv(A), np.linalg.pinv(A), atol=1e-12)


# --- power_iteration --------------------------------------------------------------------------------------


def test_power_iteration_seed_matrix():
    A = np.array([[4.0, 2.0], [1.0, 3.0]])
    lam, v = power_iteration(A, random_state=0)
    assert lam == pytest.approx(5.0, rel=1e-9)
    np.testing.assert_allclose(np.abs(v), np.array([2, 1]) / np.sqrt(5), atol=1e-8)
    np.testing.assert_allclose(A @ v, lam * v, atol=1e-8)


def test_power_iteration_matches_eigh_on_symmetric_matrix():
    rng = np.random.default_rng(6)
    M = rng.standard_normal((6, 6))
    A = M @ M.T
    lam, v = power_iteration(A, n_iter=5000, random_state=rng)
    w, V = np.linalg.eigh(A)
    assert lam == pytest.approx(w[-1], rel=1e-8)
    np.testing.assert_allclose(align_signs(V[:, -1], v, 0), V[:, -1], atol=1e-5)
    assert np.linalg.norm(v) == pytest.approx(1.0)


def test_power_iteration_zero_matrix_gives_eigenvalue_zero():
    lam, v = power_iteration(np.zeros((3, 3)), random_state=0)
    assert lam == 0.0 and np.linalg.norm(v) == pytest.approx(1.0)


def test_power_iteration_negative_dominant_eigenvalue():
    lam, v = power_iteration(np.diag([-3.0, 1.0]), random_state=1)
    assert lam == pytest.approx(-3.0)
    assert abs(v[0]) == pytest.approx(1.0)


def test_power_iteration_reproducible_and_warns_without_dominant_eigenvalue():
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    first, second = power_iteration(A, random_state=7), power_iteration(A, random_state=7)
    np.testing.assert_array_equal(first[1], second[1])
    with pytest.warns(UserWarning, match="did not converge"):
        power_iteration([[0.0, -1.0], [1.0, 0.0]], n_iter=50, random_state=0)  # eigenvalues +-i
    with pytest.raises(ValueError, match="square"):
        power_iteration(np.ones((2, 3)))


# --- svd_via_eigh and low_rank_approx ---------------------------------------------------------------------


def test_svd_seed_matrix_singular_values():
    A = np.array([[1, 2], [3, 4], [5, 6]])
    U, S, Vt = svd_via_eigh(A)
    np.testing.assert_allclose(S, [9.52551809, 0.51430058], atol=1e-8)
    assert U.shape == (3, 2) and Vt.shape == (2, 2)
    np.testing.assert_allclose(U @ np.diag(S) @ Vt, A, atol=1e-10)


@pytest.mark.parametrize("shape", [(6, 4), (4, 6), (5, 5), (7, 1)])
def test_svd_via_eigh_matches_numpy_and_scipy(shape):
    A = np.random.default_rng(8).standard_normal(shape)
    U, S, Vt = svd_via_eigh(A)
    U0, S0, Vt0 = np.linalg.svd(A, full_matrices=False)
    np.testing.assert_allclose(S, S0, rtol=1e-10)
    np.testing.assert_allclose(S, scipy.linalg.svd(A, compute_uv=False), rtol=1e-10)
    np.testing.assert_allclose(align_signs(U0, U, 0), U0, atol=1e-8)
    np.testing.assert_allclose(align_signs(Vt0, Vt, 1), Vt0, atol=1e-8)


def test_svd_via_eigh_rank_deficient_still_orthonormal():
    A = np.outer([1.0, 2.0, 3.0, 4.0], [1.0, -1.0, 2.0])  # rank 1, sigma_1 = sqrt(30 * 6)
    U, S, Vt = svd_via_eigh(A)
    # The documented accuracy: eigh perturbs the eigenvalues of A^T A by about n * eps * sigma_1^2, so a
    # zero singular value comes out below sqrt(n * eps) * sigma_1 (about 3e-7 here), and so does the
    # reconstruction error it causes.
    bound = np.sqrt(A.shape[1] * np.finfo(float).eps) * np.sqrt(180.0)
    np.testing.assert_allclose(S[0], np.sqrt(180.0), rtol=1e-12)
    np.testing.assert_array_less(S[1:], bound)
    np.testing.assert_allclose(U.T @ U, np.eye(3), atol=100 * np.finfo(float).eps)  # QR: orthonormal to rounding
    np.testing.assert_allclose(U @ np.diag(S) @ Vt, A, atol=bound)


@settings(max_examples=50, deadline=None)
@given(matrices)
def test_svd_via_eigh_reconstructs_and_is_orthonormal(A):
    U, S, Vt = svd_via_eigh(A)
    k = min(A.shape)
    scale = 1 + np.abs(A).max()
    np.testing.assert_allclose(U @ np.diag(S) @ Vt, A, atol=1e-6 * scale)
    np.testing.assert_allclose(U.T @ U, np.eye(k), atol=1e-8)
    np.testing.assert_allclose(Vt @ Vt.T, np.eye(k), atol=1e-8)
    assert np.all(np.diff(S) <= 1e-9 * scale) and np.all(S >= 0)
    np.testing.assert_allclose(S, np.linalg.svd(A, compute_uv=False), atol=1e-6 * scale)


@pytest.mark.parametrize("k", [0, 1, 2, 3, 4])
def test_low_rank_approx_eckart_young(k):
    A = np.random.default_rng(9).standard_normal((6, 4))
    S = np.linalg.svd(A, compute_uv=False)
    A_k = low_rank_approx(A, k)
    assert np.linalg.matrix_rank(A_k) == k
    expected = S[k] if k < len(S) else 0.0
    assert np.linalg.norm(A - A_k, 2) == pytest.approx(expected, abs=1e-10)
    assert np.linalg.norm(A - A_k, "fro") == pytest.approx(np.sqrt(np.sum(S[k:] ** 2)), abs=1e-10)


def test_low_rank_approx_beats_other_rank_k_matrices():
    rng = np.random.default_rng(10)
    A = rng.standard_normal((5, 5))
    best = np.linalg.norm(A - low_rank_approx(A, 2), 2)
    for _ in range(20):
        B = rng.standard_normal((5, 2)) @ rng.standard_normal((2, 5))
        assert np.linalg.norm(A - B, 2) >= best


def test_low_rank_approx_rejects_bad_k():
    with pytest.raises(ValueError):
        low_rank_approx(np.ones((3, 2)), 3)
