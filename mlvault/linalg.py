"""Linear algebra from scratch: matrix product, vector norms, rank and pseudo-inverse, eigenpairs, SVD.

Each function is the textbook definition written in numpy, next to the LAPACK routine that numpy and scipy
use for the same job (the tests compare the two). ``matmul_naive`` is the one deliberate Python loop: the
triple sum *is* the lesson.
"""

from __future__ import annotations

import warnings

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "squared_distances",
    "matmul_naive",
    "lp_norm",
    "matrix_rank",
    "pinv",
    "power_iteration",
    "svd_via_eigh",
    "low_rank_approx",
]


def _as_matrix(A: ArrayLike, name: str = "A") -> np.ndarray:
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError(f"{name} must be 2-D, got shape {A.shape}")
    return A


def _default_tol(S: np.ndarray, shape: tuple[int, int]) -> float:
    """numpy's cut-off for 'numerically zero' singular values: ``S.max() * max(m, n) * eps``."""
    return (S.max(initial=0.0)) * max(shape) * np.finfo(float).eps


# --8<-- [start:matmul_naive]
def matmul_naive(A: ArrayLike, B: ArrayLike) -> np.ndarray:
    r"""Matrix product by the definition: three nested loops (for teaching; use ``A @ B`` in practice).

    Parameters
    ----------
    A : array_like of shape (l, m)
        Left factor.
    B : array_like of shape (m, n)
        Right factor; its number of rows must equal the number of columns of ``A``.

    Returns
    -------
    C : ndarray of shape (l, n)
        The product :math:`AB`.

    Raises
    ------
    ValueError
        If the inner dimensions differ.

    Notes
    -----
    Entry :math:`(i, j)` is the dot product of row :math:`i` of :math:`A` with column :math:`j` of :math:`B`:

    .. math:: (AB)_{ij} = \sum_{k=1}^{m} A_{ik} B_{kj}

    笔记：[[矩阵乘法]]
    """
    A, B = _as_matrix(A, "A"), _as_matrix(B, "B")
    (l, m), (m2, n) = A.shape, B.shape
    if m != m2:
        raise ValueError(f"inner dimensions differ: ({l}, {m}) @ ({m2}, {n})")
    C = np.zeros((l, n))
    for i in range(l):
        for j in range(n):
            for k in range(m):
                C[i, j] += A[i, k] * B[k, j]
    return C
# --8<-- [end:matmul_naive]


def lp_norm(x: ArrayLike, p: float = 2, *, axis: int = -1) -> np.ndarray | float:
    r"""The :math:`L_p` norm of a vector (or of each vector along ``axis``).

    Parameters
    ----------
    x : array_like of shape (n,) or (..., n)
        Vector(s); the norm is taken along ``axis``.
    p : float or ``np.inf``, default 2
        Order, :math:`p \ge 1` (for :math:`p < 1` the formula is not a norm: the triangle inequality fails).
    axis : int, default -1
        Axis holding the vector components.

    Returns
    -------
    float or ndarray of shape x.shape without ``axis``
        :math:`\lVert x\rVert_p`.

    Notes
    -----
    .. math::
        \lVert x\rVert_p = \Bigl(\sum_{i=1}^n \lvert x_i\rvert^p\Bigr)^{1/p}, \qquad
        \lVert x\rVert_\infty = \max_i \lvert x_i\rvert

    :math:`p = 1` is the Manhattan (L1) norm, :math:`p = 2` the Euclidean (L2) norm. The entries are divided
    by :math:`\lVert x\rVert_\infty` before the power, so that large or tiny entries neither overflow nor
    underflow.

    笔记：[[向量范数]]
    """
    if not p >= 1:
        raise ValueError(f"p must be >= 1 (or np.inf), got {p}")
    a = np.abs(np.asarray(x, dtype=float))
    scale = a.max(axis=axis, keepdims=True, initial=0.0)
    if p == np.inf:
        return np.squeeze(scale, axis=axis)[()]
    safe = np.where(scale > 0, scale, 1.0)
    return (np.squeeze(safe, axis=axis) * ((a / safe) ** p).sum(axis=axis) ** (1.0 / p))[()]


def matrix_rank(A: ArrayLike, tol: float | None = None) -> int:
    r"""Rank of a matrix: the number of singular values above a tolerance.

    Parameters
    ----------
    A : array_like of shape (m, n)
        The matrix.
    tol : float, optional
        Singular values :math:`\le` ``tol`` count as zero. Default (numpy's):
        :math:`\sigma_{\max}\cdot\max(m, n)\cdot\varepsilon_{\text{machine}}`.

    Returns
    -------
    int
        :math:`\operatorname{rank} A \le \min(m, n)`.

    Notes
    -----
    The rank is the dimension of the column space (= of the row space), i.e. the number of linearly
    independent columns. With the singular values :math:`\sigma_1 \ge \dots \ge \sigma_{\min(m,n)} \ge 0`:

    .. math:: \operatorname{rank} A = \#\{\, i : \sigma_i > \text{tol} \,\}

    Counting non-zero pivots of Gaussian elimination gives the same number in exact arithmetic, but rounding
    makes "zero" ambiguous; the SVD measures how far each direction is from being dependent.

    笔记：[[矩阵的秩与逆]]
    """
    A = _as_matrix(A)
    S = np.linalg.svd(A, compute_uv=False)
    if tol is None:
        tol = _default_tol(S, A.shape)
    return int(np.count_nonzero(S > tol))


def pinv(A: ArrayLike, rtol: float | None = None) -> np.ndarray:
    r"""Moore–Penrose pseudo-inverse from the SVD.

    Parameters
    ----------
    A : array_like of shape (m, n)
        Any matrix (not necessarily square or of full rank).
    rtol : float, optional
        Singular values below ``rtol * sigma_max`` are treated as zero. Default (numpy's):
        :math:`\max(m, n)\cdot\varepsilon_{\text{machine}}`.

    Returns
    -------
    A_pinv : ndarray of shape (n, m)
        :math:`A^{+}`; equals :math:`A^{-1}` when :math:`A` is square and invertible.

    Notes
    -----
    With the thin SVD :math:`A = U\Sigma V^\top`, invert the non-zero singular values and transpose:

    .. math:: A^{+} = V\,\Sigma^{+}\,U^\top, \qquad \Sigma^{+}_{ii} =
        \begin{cases} 1/\sigma_i & \sigma_i > \text{tol} \\ 0 & \text{otherwise} \end{cases}

    For full column rank :math:`A^{+} = (A^\top A)^{-1}A^\top`, and :math:`x = A^{+}y` is the least-squares
    solution of :math:`Ax \approx y` (the one of minimum norm when several exist).

    笔记：[[矩阵的秩与逆]]
    """
    A = _as_matrix(A)
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    tol = _default_tol(S, A.shape) if rtol is None else rtol * S.max(initial=0.0)
    S_inv = np.divide(1.0, S, out=np.zeros_like(S), where=S > tol)
    return (Vt.T * S_inv) @ U.T


# --8<-- [start:power_iteration]
def power_iteration(
    A: ArrayLike,
    n_iter: int = 1000,
    tol: float = 1e-10,
    random_state: int | np.random.Generator | None = None,
) -> tuple[float, np.ndarray]:
    r"""Dominant eigenpair of a square matrix by power iteration.

    Parameters
    ----------
    A : array_like of shape (n, n)
        Square matrix whose eigenvalue of largest modulus is real and strictly dominant.
    n_iter : int, default 1000
        Maximum number of iterations.
    tol : float, default 1e-10
        Stop when the direction of :math:`v` changes by less than ``tol`` (up to sign).
    random_state : int, Generator or None
        Seed of the random starting vector.

    Returns
    -------
    eigenvalue : float
        The Rayleigh quotient :math:`\lambda = v^\top A v`.
    eigenvector : ndarray of shape (n,)
        Unit vector :math:`v` with :math:`Av \approx \lambda v`.

    Warns
    -----
    UserWarning
        If ``tol`` is not reached in ``n_iter`` iterations (e.g. two eigenvalues of equal modulus).

    Notes
    -----
    Repeated multiplication amplifies the component along the dominant eigenvector by
    :math:`(\lambda_1/\lambda_2)^t` relative to the others:

    .. math:: v_{t+1} = \frac{A v_t}{\lVert A v_t\rVert_2}, \qquad \lambda \approx v_t^\top A v_t

    PageRank is this iteration on the link matrix of the web.

    笔记：[[特征值与特征向量]]
    """
    A = _as_matrix(A)
    if A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    v = np.random.default_rng(random_state).standard_normal(A.shape[0])
    v /= np.linalg.norm(v)
    for _ in range(n_iter):
        w = A @ v
        length = np.linalg.norm(w)
        if length == 0:  # A v = 0: v is an eigenvector for the eigenvalue 0
            return 0.0, v
        w /= length
        change = min(np.linalg.norm(w - v), np.linalg.norm(w + v))  # a negative eigenvalue flips the sign
        v = w
        if change < tol:
            break
    else:
        warnings.warn(f"power iteration did not converge in {n_iter} iterations", stacklevel=2)
    return float(v @ A @ v), v
# --8<-- [end:power_iteration]


# --8<-- [start:svd_via_eigh]
def svd_via_eigh(A: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Thin SVD from the symmetric eigen-decomposition of :math:`A^\top A` (or :math:`AA^\top`).

    Parameters
    ----------
    A : array_like of shape (m, n)
        Any real matrix; let :math:`k = \min(m, n)`.

    Returns
    -------
    U : ndarray of shape (m, k)
        Left singular vectors (orthonormal columns).
    S : ndarray of shape (k,)
        Singular values in decreasing order, :math:`\sigma_i \ge 0`.
    Vt : ndarray of shape (k, n)
        Right singular vectors as rows (orthonormal rows).

    Notes
    -----
    For :math:`m \ge n`: the eigenvectors of the :math:`n\times n` matrix :math:`A^\top A` are the right
    singular vectors and its eigenvalues the squared singular values; the left ones follow from
    :math:`Av_i=\sigma_iu_i`:

    .. math::
        A^\top A = V\Lambda V^\top,\quad \sigma_i = \sqrt{\lambda_i},\quad u_i = \frac{A v_i}{\sigma_i},
        \quad A = U\Sigma V^\top

    For :math:`m < n` the same is done on :math:`A^\top`. The columns :math:`Av_i` are orthogonal, so a QR
    factorisation normalises them and also completes :math:`U` where :math:`\sigma_i = 0`. Forming
    :math:`A^\top A` squares the condition number: singular values below about
    :math:`\sqrt{\varepsilon}\,\sigma_1` lose their accuracy, which is why LAPACK (``numpy.linalg.svd``)
    never forms it. This function shows *what* the SVD is; use numpy's for *computing* it.

    笔记：[[奇异值分解]]
    """
    A = _as_matrix(A)
    m, n = A.shape
    if m < n:
        U, S, Vt = svd_via_eigh(A.T)
        return Vt.T, S, U.T
    eigenvalues, V = np.linalg.eigh(A.T @ A)
    order = np.argsort(eigenvalues)[::-1]
    S = np.sqrt(np.clip(eigenvalues[order], 0.0, None))
    V = V[:, order]
    Q, R = np.linalg.qr(A @ V)  # A V = U diag(S): QR recovers U up to the signs on R's diagonal
    signs = np.where(np.diag(R) < 0, -1.0, 1.0)
    return Q * signs, S, V.T
# --8<-- [end:svd_via_eigh]


def low_rank_approx(A: ArrayLike, k: int) -> np.ndarray:
    r"""Best rank-``k`` approximation of a matrix (truncated SVD).

    Parameters
    ----------
    A : array_like of shape (m, n)
        The matrix.
    k : int
        Target rank, :math:`0 \le k \le \min(m, n)`.

    Returns
    -------
    A_k : ndarray of shape (m, n)
        :math:`\sum_{i=1}^k \sigma_i u_i v_i^\top`.

    Notes
    -----
    Keeping the :math:`k` largest singular values (LAPACK's SVD, ``numpy.linalg.svd``):

    .. math:: A_k = U_{:, :k}\,\Sigma_{:k, :k}\,V_{:, :k}^\top, \qquad
        \min_{\operatorname{rank} B \le k} \lVert A - B\rVert_2 = \lVert A - A_k\rVert_2 = \sigma_{k+1}

    (Eckart–Young–Mirsky; in the Frobenius norm the error is :math:`\sqrt{\sum_{i>k}\sigma_i^2}`).

    笔记：[[奇异值分解]]
    """
    A = _as_matrix(A)
    if not 0 <= k <= min(A.shape):
        raise ValueError(f"k must be in [0, {min(A.shape)}], got {k}")
    U, S, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * S[:k]) @ Vt[:k]


def squared_distances(
    X: ArrayLike, Y: ArrayLike, X_sq: np.ndarray | None = None, Y_sq: np.ndarray | None = None
) -> np.ndarray:
    r"""Squared Euclidean distances between the rows of ``X`` and the rows of ``Y``.

    Parameters
    ----------
    X : array_like of shape (n_x, n_features)
    Y : array_like of shape (n_y, n_features)
    X_sq, Y_sq : ndarray of shape (n_x,) and (n_y,), optional
        Precomputed squared row norms (k-means and KDE reuse them across calls).

    Returns
    -------
    ndarray of shape (n_x, n_y)
        :math:`D_{ij}=\lVert x_i-y_j\rVert^2`, clipped at 0 (rounding can make it slightly negative).

    Notes
    -----
    One matrix product (BLAS), built in place, instead of an ``(n_x, n_y, d)`` broadcast:

    .. math:: \lVert x-y\rVert^2=\lVert x\rVert^2-2\,x^\top y+\lVert y\rVert^2

    Used by k-means, KDE, t-SNE and the RBF kernels. 笔记：[[向量范数]]
    """
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    D = X @ Y.T
    D *= -2.0
    D += (np.einsum("ij,ij->i", X, X) if X_sq is None else X_sq)[:, None]
    D += np.einsum("ij,ij->i", Y, Y) if Y_sq is None else Y_sq
    return np.maximum(D, 0.0, out=D)
