"""Speed of mlvault.density against scikit-learn, single-threaded, on 5,000 × 10 data.

Run: ``OMP_NUM_THREADS=1 .venv/bin/python tests/benchmarks/bench_density.py``. Prints a table and exits
non-zero if a ratio (mlvault time / reference time) misses its target.
"""

from __future__ import annotations

import sys
import warnings

import numpy as np
from ratios import best_time, report
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture as SkGaussianMixture
from sklearn.neighbors import KernelDensity as SkKernelDensity
from threadpoolctl import threadpool_limits

from mlvault.density import GaussianMixture, KernelDensity

N, D, K = 5000, 10, 5


def make_data(rng: np.random.Generator) -> np.ndarray:
    centres = rng.uniform(-10, 10, size=(K, D))
    labels = rng.integers(K, size=N)
    return centres[labels] + 2.0 * rng.standard_normal((N, D))


def gmm_per_iteration(cls, X: np.ndarray, init: dict, iterations: int = 20) -> float:
    """Seconds per EM iteration: (fit with 1 + m iterations − fit with 1 iteration) / m, same start."""

    def fit(max_iter):
        return lambda: cls(K, max_iter=max_iter, tol=0.0, reg_covar=1e-6, **init).fit(X)

    return (best_time(fit(iterations + 1)) - best_time(fit(1))) / iterations


def main() -> int:
    rng = np.random.default_rng(0)
    X = make_data(rng)
    start = X[rng.choice(N, K, replace=False)]
    init = dict(
        weights_init=np.full(K, 1.0 / K),
        means_init=start,
        precisions_init=np.repeat(np.eye(D)[None] / 4.0, K, axis=0),
    )
    rows = []
    with threadpool_limits(1), warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        rows.append(
            (
                "GaussianMixture, per EM iteration (K=5, full)",
                gmm_per_iteration(GaussianMixture, X, init),
                gmm_per_iteration(SkGaussianMixture, X, init),
                2.0,
            )
        )
        for kernel in ("gaussian", "epanechnikov"):
            ours = KernelDensity(bandwidth=2.0, kernel=kernel).fit(X)
            ref = SkKernelDensity(bandwidth=2.0, kernel=kernel).fit(X)
            rows.append(
                (
                    f"KernelDensity.score_samples ({kernel}, 5000 queries)",
                    best_time(lambda: ours.score_samples(X)),
                    best_time(lambda: ref.score_samples(X)),
                    2.0,
                )
            )

    return report(rows)


if __name__ == "__main__":
    sys.exit(main())
