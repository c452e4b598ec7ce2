"""mlvault.decomposition against scikit-learn, scipy and numpy.linalg, plus invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import approx_fprime
from scipy.spatial.distance import pdist, squareform
from sklearn.datasets import load_iris
from sklearn.decomposition import PCA as SkPCA
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis as SkLDA
from sklearn.manifold import TSNE as SkTSNE
from sklearn.manifold import trustworthiness

from mlvault.decomposition import (
    PCA,
    TSNE,
    LinearDiscriminantAnalysis,
    conditional_probabilities,
    joint_probabilities,
    scatter_matrices,
    svd_flip,
    tsne_kl_gradient,
)

X_IRIS, Y_IRIS = load_iris(return_X_y=True)


def clustered(seed, n_per=20, d=5, k=3, spread=0.5):
    rng = np.random.default_rng(seed)
    centres = rng.normal(scale=5, size=(k, d))
    y = np.repeat(np.arange(k), n_per)
    return centres[y] + spread * rng.standard_normal((k * n_per, d)), y


# --- PCA ------------------------------------------------------------------------------------------


def test_pca_hand_case():
    # points on the line y = x: one component along (1, 1)/sqrt 2 carries all the variance
    X = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    pca = PCA(1).fit(X)
    np.testing.assert_allclose(pca.components_, [[1 / np.sqrt(2), 1 / np.sqrt(2)]])
    np.testing.assert_allclose(pca.explained_variance_, [2 * np.var([0, 1, 2, 3], ddof=1)])
    np.testing.assert_allclose(pca.explained_variance_ratio_, [1.0])
    np.testing.assert_allclose(pca.inverse_transform(pca.transform(X)), X, atol=1e-12)


@pytest.mark.parametrize("n_components", [1, 2, 3, 4])
def test_pca_equals_sklearn_on_iris(n_components):
    ours = PCA(n_components).fit(X_IRIS)
    ref = SkPCA(n_components, svd_solver="full").fit(X_IRIS)
    names = ["components_", "explained_variance_", "explained_variance_ratio_", "singular_values_", "mean_"]
    for name in names:
        np.testing.assert_allclose(getattr(ours, name), getattr(ref, name), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(ours.transform(X_IRIS), ref.transform(X_IRIS), atol=1e-10)
    np.testing.assert_allclose(PCA(n_components).fit_transform(X_IRIS), ref.transform(X_IRIS), atol=1e-10)
    np.testing.assert_allclose(ours.inverse_transform(ours.transform(X_IRIS)),
                               ref.inverse_transform(ref.transform(X_IRIS)), atol=1e-10)


def test_pca_eigen_route_and_cv15_factor():
    # covariance with 1/n has the same eigenvectors; eigenvalues smaller by (n-1)/n, ratios equal
    Xc = X_IRIS - X_IRIS.mean(0)
    n = len(X_IRIS)
    lam, V = np.linalg.eigh(Xc.T @ Xc / n)
    lam, V = lam[::-1], V[:, ::-1]
    pca = PCA().fit(X_IRIS)
    np.testing.assert_allclose(pca.explained_variance_ / lam, n / (n - 1))
    np.testing.assert_allclose(pca.explained_variance_ratio_, lam / lam.sum())
    np.testing.assert_allclose(np.abs(pca.components_), np.abs(V.T), atol=1e-10)
    cumulative = np.cumsum(pca.explained_variance_ratio_)
    np.testing.assert_allclose(cumulative, [0.9246, 0.9777, 0.9948, 1.0], atol=1e-4)  # content map EX-43


@pytest.mark.parametrize("fraction", [0.5, 0.9, 0.95, 0.99])
def test_pca_fractional_n_components_like_sklearn(fraction):
    ref = SkPCA(fraction, svd_solver="full").fit(X_IRIS)
    assert PCA(fraction).fit(X_IRIS).n_components_ == ref.n_components_


def test_pca_rejects_too_many_components():
    with pytest.raises(ValueError):
        PCA(5).fit(X_IRIS)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10_000), st.integers(3, 12), st.integers(2, 6))
def test_pca_invariants(seed, n, d):
    X = np.random.default_rng(seed).normal(size=(n, d)) * np.arange(1, d + 1)
    pca = PCA().fit(X)
    V = pca.components_
    np.testing.assert_allclose(V @ V.T, np.eye(len(V)), atol=1e-10)
    assert np.all(np.diff(pca.explained_variance_) <= 1e-12)
    # total variance is kept (1/(n-1) variances)
    assert pca.explained_variance_.sum() == pytest.approx(np.var(X, axis=0, ddof=1).sum(), rel=1e-10)
    np.testing.assert_allclose(pca.inverse_transform(pca.transform(X)), X, atol=1e-9)
    # scores are uncorrelated, with the explained variances on the diagonal
    Z = pca.transform(X)
    np.testing.assert_allclose(np.cov(Z.T, ddof=1).reshape(len(V), len(V)), np.diag(pca.explained_variance_),
                               atol=1e-9 * pca.explained_variance_[0])


def test_svd_flip_largest_loading_positive_and_product_unchanged():
    rng = np.random.default_rng(0)
    U, S, Vt = np.linalg.svd(rng.normal(size=(6, 4)), full_matrices=False)
    Vf, Uf = svd_flip(-Vt, -U)
    rows = np.arange(4)
    assert np.all(Vf[rows, np.argmax(np.abs(Vf), axis=1)] > 0)
    np.testing.assert_allclose((Uf * S) @ Vf, (U * S) @ Vt, atol=1e-12)
    np.testing.assert_array_equal(svd_flip(Vf)[0], Vf)
    assert svd_flip(Vt)[1] is None


# --- LDA ------------------------------------------------------------------------------------------


def test_scatter_matrices_definition():
    X = np.array([[0.0, 0.0], [2.0, 0.0], [4.0, 2.0], [6.0, 2.0]])
    y = np.array([0, 0, 1, 1])
    S_B, S_W = scatter_matrices(X, y)
    # class means (1, 0) and (5, 2), overall mean (3, 1): S_B = 2*[(-2,-1)(-2,-1)^T + (2,1)(2,1)^T]
    np.testing.assert_allclose(S_B, [[16, 8], [8, 4]])
    np.testing.assert_allclose(S_W, [[4, 0], [0, 0]])  # deviations (±1, 0) in both classes
    Xc = X - X.mean(0)
    np.testing.assert_allclose(S_B + S_W, Xc.T @ Xc)


def test_lda_equals_sklearn_on_iris():
    ours = LinearDiscriminantAnalysis().fit(X_IRIS, Y_IRIS)
    ref = SkLDA(solver="eigen").fit(X_IRIS, Y_IRIS)
    Z, Zr = ours.transform(X_IRIS), ref.transform(X_IRIS)
    assert Z.shape == Zr.shape == (150, 2)
    for i in range(2):
        assert abs(np.corrcoef(Z[:, i], Zr[:, i])[0, 1]) == pytest.approx(1.0, abs=1e-10)
    np.testing.assert_allclose(ours.explained_variance_ratio_, ref.explained_variance_ratio_, rtol=1e-8)
    # also the default (svd) solver spans the same discriminant directions
    Zs = SkLDA().fit(X_IRIS, Y_IRIS).transform(X_IRIS)
    for i in range(2):
        assert abs(np.corrcoef(Z[:, i], Zs[:, i])[0, 1]) == pytest.approx(1.0, abs=1e-8)


def test_lda_solves_generalised_eigenproblem_and_maximises_fisher_ratio():
    lda = LinearDiscriminantAnalysis().fit(X_IRIS, Y_IRIS)
    S_B, S_W = scatter_matrices(X_IRIS, Y_IRIS)
    W = lda.scalings_
    np.testing.assert_allclose(W.T @ S_W @ W, np.eye(4), atol=1e-9)
    lam = np.diag(W.T @ S_B @ W)
    np.testing.assert_allclose(S_B @ W, S_W @ W * lam, atol=1e-8 * np.abs(S_B).max())
    fisher = lambda w: (w @ S_B @ w) / (w @ S_W @ w)
    rng = np.random.default_rng(0)
    assert all(fisher(w) <= fisher(W[:, 0]) + 1e-9 for w in rng.normal(size=(500, 4)))


@pytest.mark.parametrize("n_classes,n_features,bad", [(3, 4, 3), (2, 5, 2), (5, 2, 3)])
def test_lda_component_bound_like_sklearn(n_classes, n_features, bad):
    rng = np.random.default_rng(n_classes)
    X = rng.normal(size=(40, n_features))
    y = np.arange(40) % n_classes
    with pytest.raises(ValueError):
        SkLDA(n_components=bad).fit(X, y)
    with pytest.raises(ValueError, match="min\\(n_features, n_classes - 1\\)"):
        LinearDiscriminantAnalysis(n_components=bad).fit(X, y)
    ok = min(n_features, n_classes - 1)
    assert LinearDiscriminantAnalysis().fit_transform(X, y).shape == (40, ok)


# --- t-SNE ----------------------------------------------------------------------------------------


def _row_entropies(P):
    logs = np.log(np.where(P > 0, P, 1.0))
    return -(P * logs).sum(axis=1)


@pytest.mark.parametrize("perplexity", [2.0, 5.0, 10.0, 30.0])
def test_conditional_probabilities_hit_the_perplexity(perplexity):
    X, _ = clustered(0, n_per=20)
    D = squareform(pdist(X, "sqeuclidean"))
    P, beta = conditional_probabilities(D, perplexity)
    np.testing.assert_allclose(P.sum(axis=1), 1.0)
    assert np.all(np.diag(P) == 0)
    np.testing.assert_allclose(_row_entropies(P), np.log(perplexity), atol=1e-5)
    # the row is the Gaussian kernel with the found beta = 1/(2 sigma^2)
    K = np.exp(-D[0] * beta[0])
    K[0] = 0
    np.testing.assert_allclose(P[0], K / K.sum(), rtol=1e-8, atol=1e-300)


def test_conditional_probabilities_survive_huge_distances():
    # unscaled distances (1e6) would underflow exp(-D) without the row-minimum shift
    X, _ = clustered(1, n_per=10)
    P, _ = conditional_probabilities(squareform(pdist(1e3 * X, "sqeuclidean")), 5.0)
    np.testing.assert_allclose(_row_entropies(P), np.log(5.0), atol=1e-5)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10_000), st.integers(8, 30))
def test_joint_p_and_q_are_distributions(seed, n):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 4))
    P = joint_probabilities(X, perplexity=min(5.0, n - 2))
    assert P.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(P, P.T)
    assert np.all(np.diag(P) == 0)
    kl, _, Q = tsne_kl_gradient(rng.normal(size=(n, 2)), P)
    assert Q.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(Q, Q.T)
    assert kl >= 0


def test_joint_probabilities_symmetrise_conditionals():
    X, _ = clustered(2, n_per=8)
    Pc, _ = conditional_probabilities(squareform(pdist(X, "sqeuclidean")), 5.0)
    np.testing.assert_allclose(joint_probabilities(X, 5.0), (Pc + Pc.T) / (2 * len(X)))


@pytest.mark.parametrize("seed", range(3))
def test_tsne_gradient_matches_finite_differences(seed):
    rng = np.random.default_rng(seed)
    X, _ = clustered(seed, n_per=5)
    P = joint_probabilities(X, 4.0)
    Y = rng.normal(size=(len(X), 2))
    kl, grad, Q = tsne_kl_gradient(Y, P)

    def cost(y):
        return tsne_kl_gradient(y.reshape(Y.shape), P)[0]

    numeric = approx_fprime(Y.ravel(), cost, 1e-7)
    np.testing.assert_allclose(grad.ravel(), numeric, rtol=1e-4, atol=1e-6)
    # the cost is the KL divergence computed directly
    mask = ~np.eye(len(X), dtype=bool)
    assert kl == pytest.approx(np.sum(P[mask] * np.log(P[mask] / Q[mask])))


def test_tsne_keeps_neighbourhoods():
    X, y = clustered(3, n_per=25, d=8, k=4)
    tsne = TSNE(perplexity=10, max_iter=400, random_state=0)
    Y = tsne.fit_transform(X)
    assert Y.shape == (100, 2)
    assert trustworthiness(X, Y, n_neighbors=5) > 0.9
    assert 0 <= tsne.kl_divergence_ < 1.0
    assert tsne.learning_rate_ == 50.0
    # random init, reproducible from the seed
    a = TSNE(perplexity=10, max_iter=260, init="random", random_state=1).fit(X).embedding_
    b = TSNE(perplexity=10, max_iter=260, init="random", random_state=1).fit(X).embedding_
    np.testing.assert_array_equal(a, b)


def test_tsne_kl_decreases_with_iterations():
    X, _ = clustered(4, n_per=15)
    kls = [TSNE(perplexity=8, max_iter=m, random_state=0).fit(X).kl_divergence_ for m in (250, 400, 600)]
    assert kls[0] >= kls[1] >= kls[2]


def test_tsne_defaults_are_sklearns():
    ours, ref = TSNE(), SkTSNE()
    for name in ["n_components", "perplexity", "max_iter", "learning_rate", "early_exaggeration", "init"]:
        assert getattr(ours, name) == getattr(ref, name), name
    assert ours.perplexity == 30.0 and ours.max_iter == 1000


def test_tsne_rejects_bad_arguments():
    X, _ = clustered(5, n_per=3)
    with pytest.raises(ValueError):
        TSNE(perplexity=30).fit(X)
    with pytest.raises(ValueError):
        TSNE(perplexity=2, init="spectral").fit(X)
