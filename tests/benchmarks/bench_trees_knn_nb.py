"""Single-threaded speed of mlvault's GaussianNB, CART and KNN against their scikit-learn twins.

Run: ``OMP_NUM_THREADS=1 .venv/bin/python tests/benchmarks/bench_trees_knn_nb.py``. Both sides do the same
work on the same data (best of 5 repeats); the script exits non-zero if a ratio misses its target.
"""

import sys

import numpy as np
from ratios import best_times, report
from sklearn.naive_bayes import GaussianNB as SkGaussianNB
from sklearn.neighbors import KNeighborsClassifier as SkKNN
from sklearn.tree import DecisionTreeClassifier as SkTree
from threadpoolctl import threadpool_limits

from mlvault.naive_bayes import GaussianNB
from mlvault.neighbors import KNeighborsClassifier
from mlvault.trees import DecisionTreeClassifier


def blobs(n, d, k, seed):
    rng = np.random.default_rng(seed)
    centres = rng.normal(scale=3, size=(k, d))
    labels = rng.integers(0, k, n)
    return centres[labels] + 2 * rng.normal(size=(n, d)), labels


def main() -> int:
    X_nb, y_nb = blobs(5000, 10, 3, 0)
    X_tree, y_tree = blobs(2000, 10, 3, 1)
    X_tree = X_tree.astype(np.float32).astype(float)  # the values sklearn's float32 trees see
    X_knn, y_knn = blobs(5000, 10, 5, 2)
    X_train, y_train, X_query = X_knn[:4000], y_knn[:4000], X_knn[4000:]
    cases = [
        ("GaussianNB fit+predict (5000x10, 3 classes)",
         lambda: GaussianNB().fit(X_nb, y_nb).predict(X_nb),
         lambda: SkGaussianNB().fit(X_nb, y_nb).predict(X_nb), 1.5),
        ("CART gini fit, depth 5 (2000x10, 3 classes)",
         lambda: DecisionTreeClassifier("gini", max_depth=5).fit(X_tree, y_tree),
         lambda: SkTree(criterion="gini", max_depth=5, random_state=0).fit(X_tree, y_tree), 3.0),
        ("CART entropy fit, depth 5 (2000x10, 3 classes)",
         lambda: DecisionTreeClassifier("entropy", max_depth=5).fit(X_tree, y_tree),
         lambda: SkTree(criterion="entropy", max_depth=5, random_state=0).fit(X_tree, y_tree), 3.0),
        ("KNN k=5 predict, brute (4000 train, 1000 queries, d=10)",
         lambda: KNeighborsClassifier(5).fit(X_train, y_train).predict(X_query),
         lambda: SkKNN(5, algorithm="brute").fit(X_train, y_train).predict(X_query), 5.0),
    ]
    with threadpool_limits(1):
        return report((name, *best_times(ours, reference), target) for name, ours, reference, target in cases)


if __name__ == "__main__":
    sys.exit(main())
