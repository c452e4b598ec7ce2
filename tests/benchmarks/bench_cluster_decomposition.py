"""Speed of mlvault.cluster and mlvault.decomposition against their scikit-learn/scipy twins, single-threaded.

Run: ``OMP_NUM_THREADS=1 .venv/bin/python tests/benchmarks/bench_cluster_decomposition.py``. Both sides get
the same data and the same work (same initial centres and iterations for k-means, the same solver route for
PCA/LDA, the same number of t-SNE iterations). Prints a table and exits non-zero if a ratio (mlvault time /
reference time) misses its target.
"""

from __future__ import annotations

import sys

import numpy as np
from ratios import best_times, report
from scipy.cluster.hierarchy import linkage as scipy_linkage
from sklearn.cluster import DBSCAN as SkDBSCAN
from sklearn.cluster import KMeans as SkKMeans
from sklearn.decomposition import PCA as SkPCA
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis as SkLDA
from sklearn.manifold import TSNE as SkTSNE
from threadpoolctl import threadpool_limits

from mlvault.cluster import DBSCAN, KMeans, linkage
from mlvault.decomposition import PCA, TSNE, LinearDiscriminantAnalysis


def blobs(rng: np.random.Generator, n: int, d: int, k: int, spread: float = 2.0):
    centres = rng.uniform(-10, 10, size=(k, d))
    labels = rng.integers(k, size=n)
    return centres[labels] + spread * rng.standard_normal((n, d)), labels


def main() -> int:
    rng = np.random.default_rng(0)
    rows = []
    with threadpool_limits(1):
        # k-means: 5000 × 10, K = 5, same initial centres; Lloyd runs until labels stop changing
        X = rng.normal(size=(5000, 10))
        init = X[rng.choice(len(X), 5, replace=False)]
        ours = KMeans(5, init=init, tol=0.0).fit(X)
        ref = SkKMeans(5, init=init, n_init=1, tol=0.0, algorithm="lloyd").fit(X)
        assert ours.n_iter_ == ref.n_iter_, (ours.n_iter_, ref.n_iter_)
        rows.append((
            f"KMeans fit (5000×10, K=5, {ours.n_iter_} iterations)",
            *best_times(
                lambda: KMeans(5, init=init, tol=0.0).fit(X),
                lambda: SkKMeans(5, init=init, n_init=1, tol=0.0, algorithm="lloyd").fit(X),
            ),
            1.5,
        ))

        # PCA: 5000 × 50, 10 components, full SVD on both sides
        X = rng.normal(size=(5000, 50)) @ rng.normal(size=(50, 50))
        rows.append((
            "PCA fit (5000×50, 10 components, full SVD)",
            *best_times(lambda: PCA(10).fit(X), lambda: SkPCA(10, svd_solver="full").fit(X)),
            1.5,
        ))

        # LDA: 5000 × 20, 5 classes, generalised eigenproblem on both sides
        X, y = blobs(rng, 5000, 20, 5)
        rows.append((
            "LinearDiscriminantAnalysis fit (5000×20, 5 classes, eigen)",
            *best_times(
                lambda: LinearDiscriminantAnalysis().fit(X, y), lambda: SkLDA(solver="eigen").fit(X, y)
            ),
            1.5,
        ))

        # DBSCAN: 5000 × 2
        X, _ = blobs(rng, 5000, 2, 8, spread=1.0)
        rows.append((
            "DBSCAN fit (5000×2, eps=0.3, min_samples=10)",
            *best_times(lambda: DBSCAN(0.3, 10).fit(X), lambda: SkDBSCAN(eps=0.3, min_samples=10).fit(X)),
            5.0,
        ))

        # linkage: n = 1000, every method, observations in, linkage matrix out
        X = rng.normal(size=(1000, 10))
        for method in ("single", "complete", "average", "ward"):
            rows.append((
                f"linkage {method} (n=1000, d=10)",
                *best_times(lambda: linkage(X, method), lambda: scipy_linkage(X, method)),
                5.0,
            ))

        # t-SNE exact: n = 1000, 300 iterations on both sides (sklearn's exact method at 1000 iterations
        # would take half a minute per run; the work per iteration is what is compared)
        X, _ = blobs(rng, 1000, 10, 5)
        iterations = 300
        ref = SkTSNE(method="exact", max_iter=iterations, init="pca", random_state=0).fit(X)
        assert ref.n_iter_ >= iterations - 1, ref.n_iter_  # no early stop: the same number of steps
        rows.append((
            f"TSNE exact (n=1000, {iterations} iterations)",
            *best_times(
                lambda: TSNE(max_iter=iterations, random_state=0).fit(X),
                lambda: SkTSNE(method="exact", max_iter=iterations, init="pca", random_state=0).fit(X),
                repeats=3,
            ),
            3.0,
        ))

    return report(rows)


if __name__ == "__main__":
    sys.exit(main())
