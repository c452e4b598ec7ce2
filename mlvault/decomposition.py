"""Dimensionality reduction: PCA (variance), Fisher's LDA (class separation), t-SNE (neighbourhoods).

PCA goes through the SVD of the centred data, LDA through the generalised symmetric eigenproblem
:math:`S_Bw=\\lambda S_Ww`, t-SNE through exact gradient descent on :math:`\\mathrm{KL}(P\\Vert Q)` with
dense :math:`n\\times n` matrices (fine up to a few thousand points).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy import linalg
from scipy.spatial.distance import pdist, squareform

from mlvault.base import BaseEstimator, TransformerMixin, check_array, check_is_fitted, validate_data
from mlvault.linalg import squared_distances

__all__ = [
    "svd_flip",
    "PCA",
    "scatter_matrices",
    "LinearDiscriminantAnalysis",
    "conditional_probabilities",
    "joint_probabilities",
    "tsne_kl_gradient",
    "TSNE",
]


def svd_flip(Vt: np.ndarray, U: np.ndarray | None = None):
    """Fix the sign of each singular vector pair so that the largest-magnitude entry of each row of ``Vt``
    is positive (scikit-learn's PCA convention).

    Parameters
    ----------
    Vt : ndarray of shape (k, n_features)
    U : ndarray of shape (n_samples, k), optional
        Flipped with the same signs, so that ``U * S @ Vt`` is unchanged.

    Returns
    -------
    Vt, U : the flipped arrays (``U`` is None if not given)

    Notes
    -----
    An SVD is unique only up to :math:`(u_i,v_i)\\to(-u_i,-v_i)`; the rule makes it deterministic:

    .. math:: s_i=\\operatorname{sign}\\bigl(V_{i,j^*}\\bigr),\\quad j^*=\\arg\\max_j\\lvert V_{ij}\\rvert

    笔记：[[主成分分析]]
    """
    signs = np.sign(Vt[np.arange(Vt.shape[0]), np.argmax(np.abs(Vt), axis=1)])
    return Vt * signs[:, None], (None if U is None else U * signs)


class PCA(TransformerMixin, BaseEstimator):
    """Principal component analysis through the SVD of the centred data.

    Parameters
    ----------
    n_components : int, float in (0, 1) or None
        Number of components; a float keeps the fewest components whose cumulative explained-variance
        ratio exceeds it; None keeps :math:`\\min(n_{samples},n_{features})`.

    Attributes
    ----------
    mean_ : ndarray of shape (n_features,)
    components_ : ndarray of shape (n_components, n_features)
        Principal axes (rows, orthonormal), sorted by decreasing variance.
    explained_variance_ : ndarray of shape (n_components,)
        Eigenvalues of the sample covariance with :math:`\\frac1{n-1}` (as scikit-learn).
    explained_variance_ratio_ : ndarray of shape (n_components,)
        :math:`\\lambda_k/\\sum_i\\lambda_i` (the same with :math:`\\frac1n` or :math:`\\frac1{n-1}`).
    singular_values_ : ndarray of shape (n_components,)
    n_components_ : int

    Notes
    -----
    With :math:`\\tilde X=X-\\bar x` and the thin SVD :math:`\\tilde X=U\\Sigma V^\\top`,

    .. math:: \\frac{1}{n-1}\\tilde X^\\top\\tilde X=V\\,\\frac{\\Sigma^2}{n-1}\\,V^\\top,\\qquad
              Z=\\tilde XV_k=U_k\\Sigma_k,

    so the right singular vectors are the covariance eigenvectors and
    :math:`\\lambda_i=\\sigma_i^2/(n-1)`.

    笔记：[[主成分分析]]
    """

    def __init__(self, n_components=None):
        self.n_components = n_components

    def fit(self, X: ArrayLike, y=None) -> "PCA":
        """Fit on ``X`` of shape (n_samples, n_features).

        笔记：[[主成分分析]]
        """
        self._fit(X, y)
        return self

    def _fit(self, X: ArrayLike, y) -> np.ndarray:
        X, _ = validate_data(self, X, y, min_samples=2)  # the variance divides by n - 1
        n, d = X.shape
        self.mean_ = X.mean(axis=0)
        U, S, Vt = linalg.svd(X - self.mean_, full_matrices=False)
        Vt, U = svd_flip(Vt, U)
        variance = S**2 / (n - 1)
        ratio = variance / variance.sum()
        k = self._n_kept(ratio, min(n, d))
        self.n_components_ = k
        self.components_ = Vt[:k]
        self.explained_variance_ = variance[:k]
        self.explained_variance_ratio_ = ratio[:k]
        self.singular_values_ = S[:k]
        return U[:, :k] * S[:k]

    def _n_kept(self, ratio: np.ndarray, largest: int) -> int:
        k = self.n_components
        if k is None:
            return largest
        if isinstance(k, float) and 0 < k < 1:
            return int(np.searchsorted(np.cumsum(ratio), k, side="right")) + 1
        if not 0 < k <= largest:
            raise ValueError(f"n_components={k} must be in [1, min(n_samples, n_features)={largest}]")
        return int(k)

    def transform(self, X: ArrayLike) -> np.ndarray:
        """Coordinates on the principal axes: (n_samples, n_features) → (n_samples, n_components).

        笔记：[[主成分分析]]
        """
        X = validate_data(self, X, reset=False)
        return (X - self.mean_).dot(self.components_.T)  # .dot is @ without matmul's fixed cost

    def fit_transform(self, X: ArrayLike, y=None) -> np.ndarray:
        """``fit(X).transform(X)``, computed as :math:`U_k\\Sigma_k`.

        笔记：[[主成分分析]]
        """
        return self._fit(X, y)

    def inverse_transform(self, Z: ArrayLike) -> np.ndarray:
        """Back to feature space: (n_samples, n_components) → (n_samples, n_features),
        :math:`\\hat x=\\bar x+V_kz` (exact when all components are kept).

        笔记：[[主成分分析]]
        """
        check_is_fitted(self)
        Z = check_array(Z)
        if Z.shape[1] != self.n_components_:
            raise ValueError(f"Z has {Z.shape[1]} columns, but PCA has {self.n_components_} components.")
        return Z.dot(self.components_) + self.mean_


def _class_means(X: np.ndarray, codes: np.ndarray):
    """Class means (C, n_features) and class sizes (C,) for labels ``codes`` in 0 … C-1."""
    counts = np.bincount(codes)
    one_hot = (codes == np.arange(counts.size)[:, None]).astype(float)
    return (one_hot @ X) / counts[:, None], counts


def scatter_matrices(X: ArrayLike, y: ArrayLike):
    """Between-class and within-class scatter matrices.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
        Class labels.

    Returns
    -------
    S_B, S_W : ndarrays of shape (n_features, n_features)

    Notes
    -----
    .. math::
        S_B=\\sum_k n_k(\\mu_k-\\mu)(\\mu_k-\\mu)^\\top,\\qquad
        S_W=\\sum_k\\sum_{x\\in C_k}(x-\\mu_k)(x-\\mu_k)^\\top,

    and :math:`S_B+S_W=\\sum_i(x_i-\\mu)(x_i-\\mu)^\\top` (total scatter).

    笔记：[[线性判别分析]]
    """
    X = np.asarray(X, dtype=float)
    _, y = np.unique(y, return_inverse=True)
    means, counts = _class_means(X, y)
    within = X - means[y]
    between = (means - X.mean(axis=0)) * np.sqrt(counts)[:, None]
    return between.T @ between, within.T @ within


class LinearDiscriminantAnalysis(TransformerMixin, BaseEstimator):
    """Fisher's linear discriminant analysis as a supervised projection.

    Parameters
    ----------
    n_components : int or None
        At most :math:`\\min(n_{features},n_{classes}-1)`; None takes that maximum.

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
    means_ : ndarray of shape (n_classes, n_features)
    xbar_ : ndarray of shape (n_features,)
    scalings_ : ndarray of shape (n_features, n_features)
        Generalised eigenvectors (columns) by decreasing eigenvalue, normalised so that
        :math:`W^\\top S_WW=I`.
    explained_variance_ratio_ : ndarray of shape (n_components,)
        Share of each eigenvalue in their sum.
    n_components_ : int
        Number of discriminant directions kept by ``transform``.

    Raises
    ------
    ValueError
        If ``n_components`` exceeds :math:`\\min(n_{features},n_{classes}-1)` (like scikit-learn):
        :math:`S_B` is a sum of :math:`C` rank-one terms whose deviations add up to zero, so its rank is
        at most :math:`C-1`. Also if :math:`S_W` is singular (collinear features, or fewer samples than
        features), when the generalised eigenproblem has no solution.

    Notes
    -----
    Maximise the Fisher ratio :math:`J(w)=\\frac{w^\\top S_Bw}{w^\\top S_Ww}`; its stationary points solve
    the generalised eigenproblem

    .. math:: S_Bw=\\lambda S_Ww,

    and :math:`\\lambda=J(w)`. Solved by ``scipy.linalg.eigh(S_B, S_W)``.

    笔记：[[线性判别分析]]
    """

    _y_kind = "classes"

    def __init__(self, n_components=None):
        self.n_components = n_components

    def fit(self, X: ArrayLike, y: ArrayLike) -> "LinearDiscriminantAnalysis":
        """Fit on ``X`` (n_samples, n_features) with labels ``y`` (n_samples,).

        笔记：[[线性判别分析]]
        """
        X, y = validate_data(self, X, y, min_classes=2)
        self.classes_, codes = np.unique(y, return_inverse=True)
        largest = min(X.shape[1], self.classes_.size - 1)
        k = largest if self.n_components is None else self.n_components
        if not 0 < k <= largest:
            raise ValueError(
                f"n_components={k} cannot be larger than min(n_features, n_classes - 1)={largest}"
            )
        self.n_components_ = int(k)
        S_B, S_W = scatter_matrices(X, codes)
        try:
            evals, evecs = linalg.eigh(S_B, S_W)
        except linalg.LinAlgError:
            raise ValueError(
                "the within-class scatter S_W is singular (some features are linear combinations of others, "
                "or there are fewer samples than features): drop the redundant features or reduce them with "
                "PCA first"
            ) from None
        order = np.argsort(evals)[::-1]
        self.scalings_ = evecs[:, order]
        evals = np.clip(evals[order], 0.0, None)
        self.explained_variance_ratio_ = (evals / evals.sum())[:k]
        self.xbar_ = X.mean(axis=0)
        self.means_, _ = _class_means(X, codes)
        return self

    def transform(self, X: ArrayLike) -> np.ndarray:
        """Project (n_samples, n_features) → (n_samples, n_components): :math:`(x-\\bar x)^\\top W_k`.

        笔记：[[线性判别分析]]
        """
        X = validate_data(self, X, reset=False)
        return (X - self.xbar_).dot(self.scalings_[:, : self.n_components_])  # .dot: @ without its fixed cost


def _entropy_and_probabilities(D: np.ndarray, beta: np.ndarray):
    """Rows of :math:`\\exp(-\\beta_iD_{ij})` normalised, and their entropies (nats).

    ``D`` has the row minimum (over :math:`j\\ne i`) already subtracted and ``inf`` on the diagonal.
    """
    P = np.exp(-D * beta[:, None])
    total = P.sum(axis=1)
    P /= total[:, None]
    H = np.log(total) + beta * np.einsum("ij,ij->i", np.where(P > 0, D, 0.0), P)
    return P, H


def conditional_probabilities(
    D: ArrayLike, perplexity: float = 30.0, tol: float = 1e-5, max_steps: int = 100
):
    """Binary search of each point's Gaussian width so that its neighbour distribution has the given
    perplexity.

    Parameters
    ----------
    D : ndarray of shape (n_samples, n_samples)
        Squared Euclidean distances.
    perplexity : float
        Target :math:`\\mathrm{Perp}(P_i)=e^{H(P_i)}` (= :math:`2^{H}` with :math:`H` in bits).
    tol : float
        Tolerance on the entropy, in nats.
    max_steps : int

    Returns
    -------
    P : ndarray of shape (n_samples, n_samples)
        :math:`p_{j\\mid i}` in row :math:`i`, zero diagonal, rows sum to 1.
    beta : ndarray of shape (n_samples,)
        :math:`\\beta_i=1/(2\\sigma_i^2)`.

    Notes
    -----
    .. math:: p_{j\\mid i}=\\frac{\\exp(-\\lVert x_i-x_j\\rVert^2/2\\sigma_i^2)}
              {\\sum_{k\\ne i}\\exp(-\\lVert x_i-x_k\\rVert^2/2\\sigma_i^2)}

    All rows are searched at once (a loop over bisection steps, vectorised over points), like
    scikit-learn's search: double or halve :math:`\\beta_i` until bracketed, then bisect.

    笔记：[[t-SNE]]
    """
    D = np.array(D, dtype=float)
    n = D.shape[0]
    np.fill_diagonal(D, np.inf)
    D -= D.min(axis=1, keepdims=True)  # cancels in the normalisation; avoids exp underflow
    target = np.log(perplexity)
    beta = np.ones(n)
    lo = np.full(n, -np.inf)
    hi = np.full(n, np.inf)
    P = np.empty_like(D)
    active = np.arange(n)
    for _ in range(max_steps):
        P_a, H = _entropy_and_probabilities(D[active], beta[active])
        P[active] = P_a
        diff = H - target
        done = np.abs(diff) <= tol
        b = beta[active]
        up = diff > 0  # entropy too high: narrower Gaussian, larger beta
        lo[active[up]] = b[up]
        hi[active[~up]] = b[~up]
        l, h = lo[active], hi[active]
        b = np.where(up, np.where(np.isinf(h), b * 2, (b + h) / 2), np.where(np.isinf(l), b / 2, (b + l) / 2))
        beta[active[~done]] = b[~done]
        active = active[~done]
        if active.size == 0:
            break
    return P, beta


def joint_probabilities(X: ArrayLike, perplexity: float = 30.0) -> np.ndarray:
    """Symmetrised t-SNE affinities of the rows of ``X``.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    perplexity : float

    Returns
    -------
    P : ndarray of shape (n_samples, n_samples)
        Symmetric, zero diagonal, sums to 1.

    Notes
    -----
    .. math:: p_{ij}=\\frac{p_{j\\mid i}+p_{i\\mid j}}{2n}

    笔记：[[t-SNE]]
    """
    X = np.asarray(X, dtype=float)
    P, _ = conditional_probabilities(squareform(pdist(X, "sqeuclidean")), perplexity)
    return (P + P.T) / (2 * X.shape[0])


def tsne_kl_gradient(Y: ArrayLike, P: ArrayLike):
    """Cost and exact gradient of t-SNE for an embedding ``Y`` (Student-t with one degree of freedom).

    Parameters
    ----------
    Y : ndarray of shape (n_samples, n_components)
    P : ndarray of shape (n_samples, n_samples)
        Joint affinities (symmetric, zero diagonal, sum 1).

    Returns
    -------
    kl : float
        :math:`C=\\mathrm{KL}(P\\Vert Q)`, in nats.
    grad : ndarray of shape (n_samples, n_components)
    Q : ndarray of shape (n_samples, n_samples)

    Notes
    -----
    .. math::
        q_{ij}=\\frac{(1+\\lVert y_i-y_j\\rVert^2)^{-1}}
                    {\\sum_{k\\ne l}(1+\\lVert y_k-y_l\\rVert^2)^{-1}},\\qquad
        \\frac{\\partial C}{\\partial y_i}=4\\sum_j(p_{ij}-q_{ij})(y_i-y_j)(1+\\lVert y_i-y_j\\rVert^2)^{-1}

    Vectorised with :math:`M=(P-Q)\\odot W`, :math:`W_{ij}=(1+\\lVert y_i-y_j\\rVert^2)^{-1}`:
    :math:`\\nabla=4(\\operatorname{diag}(M\\mathbf 1)-M)Y`.

    笔记：[[t-SNE]]
    """
    Y = np.asarray(Y, dtype=float)
    P = np.asarray(P, dtype=float)
    W = squared_distances(Y, Y)
    W += 1.0
    np.reciprocal(W, out=W)
    np.fill_diagonal(W, 0.0)
    Q = W / W.sum()
    tiny = np.finfo(float).tiny
    kl = float(np.sum(P * np.log(np.maximum(P, tiny) / np.maximum(Q, tiny))))
    M = (P - Q) * W
    grad = 4.0 * (M.sum(axis=1)[:, None] * Y - M @ Y)
    return kl, grad, Q


class TSNE(BaseEstimator):
    """t-distributed stochastic neighbour embedding, exact gradient (scikit-learn's ``method="exact"``).

    Parameters
    ----------
    n_components : int
    perplexity : float
        Effective number of neighbours, typically 5–50.
    max_iter : int
        Total gradient steps, the first 250 with early exaggeration.
    learning_rate : float or "auto"
        "auto" is :math:`\\max(n/\\text{early\\_exaggeration}/4,\\ 50)`.
    early_exaggeration : float
        :math:`P` is multiplied by this during the first 250 steps (tight, well-separated clusters).
    random_state : int, numpy.random.Generator or None
    init : {"pca", "random"}
        PCA coordinates scaled to a standard deviation of 1e-4, or :math:`\\mathcal N(0,10^{-8})`.

    Attributes
    ----------
    embedding_ : ndarray of shape (n_samples, n_components)
    kl_divergence_ : float
        :math:`\\mathrm{KL}(P\\Vert Q)` at the end (without exaggeration).
    n_iter_ : int
    learning_rate_ : float

    Notes
    -----
    Minimises :math:`C=\\mathrm{KL}(P\\Vert Q)=\\sum_{i\\ne j}p_{ij}\\log\\frac{p_{ij}}{q_{ij}}` by gradient
    descent with momentum (0.5, then 0.8) and per-coordinate gains (+0.2 when the gradient changes sign
    against the last update, ×0.8 otherwise, at least 0.01):

    .. math:: u\\leftarrow\\alpha u-\\eta\\,(g\\odot\\nabla C),\\qquad y\\leftarrow y+u

    The low-dimensional kernel always has one degree of freedom (scikit-learn uses
    ``max(n_components - 1, 1)``, the same for 2-D embeddings), and all ``max_iter`` steps are taken
    (scikit-learn may stop early when the KL divergence stalls for 300 steps).

    笔记：[[t-SNE]]
    """

    _EXAGGERATION_STEPS = 250

    def __init__(
        self,
        n_components=2,
        perplexity=30.0,
        max_iter=1000,
        learning_rate="auto",
        early_exaggeration=12.0,
        random_state=None,
        init="pca",
    ):
        self.n_components = n_components
        self.perplexity = perplexity
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.early_exaggeration = early_exaggeration
        self.random_state = random_state
        self.init = init

    def fit(self, X: ArrayLike, y=None) -> "TSNE":
        """Embed ``X`` of shape (n_samples, n_features).

        笔记：[[t-SNE]]
        """
        X, _ = validate_data(self, X, y, min_samples=2)
        n = X.shape[0]
        if not self.perplexity < n:
            raise ValueError("perplexity must be less than n_samples")
        rng = np.random.default_rng(self.random_state)
        P = joint_probabilities(X, self.perplexity)
        if self.learning_rate == "auto":
            self.learning_rate_ = max(n / self.early_exaggeration / 4, 50.0)
        else:
            self.learning_rate_ = float(self.learning_rate)
        if self.init == "pca":
            Y = PCA(self.n_components).fit_transform(X)
            Y *= 1e-4 / np.std(Y[:, 0])
        elif self.init == "random":
            Y = 1e-4 * rng.standard_normal((n, self.n_components))
        else:
            raise ValueError(f"init must be 'pca' or 'random', got {self.init!r}")
        stage_one = min(self._EXAGGERATION_STEPS, self.max_iter)
        Y = self._descend(Y, P * self.early_exaggeration, stage_one, momentum=0.5)
        Y = self._descend(Y, P, self.max_iter - stage_one, momentum=0.8)
        self.kl_divergence_, _, _ = tsne_kl_gradient(Y, P)
        self.embedding_ = Y
        self.n_iter_ = self.max_iter
        return self

    def _descend(self, Y, P, steps, momentum):
        update = np.zeros_like(Y)
        gains = np.ones_like(Y)
        for _ in range(steps):
            _, grad, _ = tsne_kl_gradient(Y, P)
            same_direction = update * grad < 0.0
            gains = np.where(same_direction, gains + 0.2, gains * 0.8)
            np.maximum(gains, 0.01, out=gains)
            update = momentum * update - self.learning_rate_ * gains * grad
            Y = Y + update
        return Y

    def fit_transform(self, X: ArrayLike, y=None) -> np.ndarray:
        """``fit(X).embedding_``.

        笔记：[[t-SNE]]
        """
        return self.fit(X).embedding_
