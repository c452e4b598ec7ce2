"""Speed of mlvault.linear and mlvault.svm against scikit-learn, single-threaded, same data and same work.

Run: ``OMP_NUM_THREADS=1 .venv/bin/python tests/benchmarks/bench_linear_svm.py``. Prints a table and exits
non-zero if a ratio (mlvault time / reference time) misses its target. Both sides solve the same problem to
the same tolerance; the iteration counts are printed so that "same work" can be checked.
"""

from __future__ import annotations

import sys

import numpy as np
from ratios import best_time, report
from sklearn import linear_model as sk_linear
from sklearn.svm import SVC as SkSVC
from threadpoolctl import threadpool_limits

from mlvault.linear import Lasso, LinearRegression, LogisticRegression, Ridge
from mlvault.svm import SVC


def regression_data(rng, n=20_000, p=20):
    X = rng.standard_normal((n, p)) * rng.uniform(0.5, 3, p)
    w = rng.standard_normal(p) * (rng.random(p) < 0.5)
    return X, X @ w + 1.0 + rng.standard_normal(n)


def classification_data(rng, n=5000, p=20, classes=2):
    X = rng.standard_normal((n, p))
    score = X @ rng.standard_normal(p) + rng.standard_normal(n)
    return X, np.digitize(score, np.quantile(score, np.linspace(0, 1, classes + 1)[1:-1]))


def svm_data(rng, n=1000):
    X = np.r_[rng.standard_normal((n // 2, 2)) + 1.0, rng.standard_normal((n // 2, 2)) - 1.0]
    return X, np.r_[np.ones(n // 2, dtype=int), np.zeros(n // 2, dtype=int)]


def main() -> int:
    rng = np.random.default_rng(0)
    Xr, yr = regression_data(rng)
    rows = []
    with threadpool_limits(1):
        rows.append(("LinearRegression (normal eq., 20000×20)",
                     best_time(lambda: LinearRegression().fit(Xr, yr)),
                     best_time(lambda: sk_linear.LinearRegression().fit(Xr, yr)), 1.5))
        rows.append(("Ridge (alpha=1, 20000×20)",
                     best_time(lambda: Ridge(1.0).fit(Xr, yr)),
                     best_time(lambda: sk_linear.Ridge(alpha=1.0).fit(Xr, yr)), 1.5))
        ours, ref = Lasso(0.05).fit(Xr, yr), sk_linear.Lasso(alpha=0.05).fit(Xr, yr)
        rows.append((f"Lasso (alpha=0.05, 20000×20; {ours.n_iter_} vs {ref.n_iter_} sweeps)",
                     best_time(lambda: Lasso(0.05).fit(Xr, yr)),
                     best_time(lambda: sk_linear.Lasso(alpha=0.05).fit(Xr, yr)), 3.0))
        for classes in (2, 3):
            Xc, yc = classification_data(rng, classes=classes)
            ours, ref = LogisticRegression().fit(Xc, yc), sk_linear.LogisticRegression().fit(Xc, yc)
            iterations = f"{ours.n_iter_} vs {ref.n_iter_[0]} it."
            rows.append((f"LogisticRegression ({classes} classes, 5000×20; {iterations})",
                         best_time(lambda: LogisticRegression().fit(Xc, yc)),
                         best_time(lambda: sk_linear.LogisticRegression().fit(Xc, yc)), 1.5))
        Xs, ys = svm_data(rng)
        for kernel in ("linear", "rbf"):
            ours, ref = SVC(kernel=kernel).fit(Xs, ys), SkSVC(kernel=kernel).fit(Xs, ys)
            rows.append((f"SVC SMO ({kernel}, n=1000; {ours.n_iter_} vs {ref.n_iter_[0]} steps)",
                         best_time(lambda: SVC(kernel=kernel).fit(Xs, ys)),
                         best_time(lambda: SkSVC(kernel=kernel).fit(Xs, ys)), 20.0))

    return report(rows)


if __name__ == "__main__":
    sys.exit(main())
