"""Decision trees: impurity measures, CART binary splits on numeric features, ID3/C4.5 multiway splits on
categorical features, and a regression tree (squared error).

One builder serves every tree. A node is scored by *sufficient statistics* of its samples (class counts for
classification, :math:`(\\sum y, \\sum y^2)` for regression), so the split search of a numeric node is a
sort and a cumulative sum per feature, all features at once: no loop over samples. Node ids are assigned
depth-first, left child first, as in scikit-learn's ``tree_``.

Which kind of split, and why an option: ``categorical=True`` treats every column as categorical (strings
allowed) and splits a node into one child per value present — ID3 with ``criterion="entropy"``, C4.5's
gain ratio with ``criterion="gain_ratio"``. With the default ``categorical=False`` every column is numeric
and splits are CART's binary ``x[j] <= t`` with ``t`` a midpoint between two consecutive distinct values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike
from scipy.special import xlogy

from mlvault.base import BaseEstimator, ClassifierMixin, RegressorMixin, validate_data
from mlvault.information import entropy, information_gain

__all__ = [
    "Tree",
    "gini_impurity",
    "split_information",
    "gain_ratio",
    "DecisionTreeClassifier",
    "DecisionTreeRegressor",
    "export_text",
]

_CRITERIA = ("gini", "entropy", "gain_ratio")
_LEAF = -1
_EPS = np.finfo(float).eps  # a node this impure counts as pure (as in scikit-learn)


def gini_impurity(p: ArrayLike) -> np.ndarray | float:
    r"""Gini impurity of a class distribution (CART's criterion).

    Parameters
    ----------
    p : array_like, shape (..., n_classes)
        Class probabilities or class counts along the last axis (normalised here).

    Returns
    -------
    float or ndarray, shape (...)
        :math:`1 - \sum_k p_k^2`: 0 for a pure node, :math:`1 - 1/K` for K equally frequent classes.

    Notes
    -----
    .. math:: \operatorname{Gini}(S) = 1 - \sum_{k=1}^{K} p_k^2

    笔记：[[决策树]]
    """
    p = np.asarray(p, dtype=float)
    p = p / p.sum(axis=-1, keepdims=True)
    return 1.0 - np.sum(p * p, axis=-1)


def split_information(groups: ArrayLike, base: float = 2) -> float:
    r"""Split information of a partition: the entropy of the branch sizes (C4.5).

    Parameters
    ----------
    groups : array_like, shape (n_samples,)
        The branch (attribute value) of each sample.
    base : float, optional
        Logarithm base, 2 (bits) by default.

    Returns
    -------
    float
        Large for attributes with many small branches; the denominator of the gain ratio.

    Notes
    -----
    .. math:: \operatorname{SplitInfo}(S, A) = -\sum_{v} \frac{\lvert S_v \rvert}{\lvert S \rvert}
              \log_2 \frac{\lvert S_v \rvert}{\lvert S \rvert}

    笔记：[[决策树]]
    """
    _, sizes = np.unique(np.asarray(groups), return_counts=True)
    return float(entropy(sizes, base=base))


def gain_ratio(y: ArrayLike, groups: ArrayLike, base: float = 2) -> float:
    r"""C4.5's gain ratio: information gain divided by split information.

    Parameters
    ----------
    y : array_like, shape (n_samples,)
        Class labels.
    groups : array_like, shape (n_samples,)
        The value of the splitting attribute for each sample.
    base : float, optional
        Logarithm base, 2 (bits) by default (the ratio itself does not depend on it).

    Returns
    -------
    float
        0 when the attribute takes a single value (no split).

    Notes
    -----
    .. math:: \operatorname{GainRatio}(S, A)
              = \frac{\operatorname{Gain}(S, A)}{\operatorname{SplitInfo}(S, A)}

    Dividing by the split information penalises attributes with many values (an ID number would have maximal
    information gain and no predictive use). 笔记：[[决策树]]
    """
    info = split_information(groups, base)
    return 0.0 if info == 0 else information_gain(y, groups, base) / info


# ----------------------------------------------------------------------------------------------------------
# Node scoring by sufficient statistics: counts (classification) or [sum y, sum y^2] (regression)


def _node_cost(stats: np.ndarray, n: np.ndarray | float, criterion: str) -> np.ndarray:
    """``n`` times the impurity of nodes with statistics ``stats`` (..., m) and ``n`` (...) samples.

    Written with the sums themselves (no normalised copies), because the split scan evaluates it for every
    cut of every feature: Gini :math:`n - \\sum_k c_k^2 / n`; entropy :math:`n \\log_2 n - \\sum_k c_k
    \\log_2 c_k`; squared error :math:`\\sum y^2 - (\\sum y)^2 / n`.
    """
    if criterion == "squared_error":
        return np.maximum(stats[..., 1] - stats[..., 0] ** 2 / n, 0.0)
    if criterion == "gini":
        return n - np.sum(stats * stats, axis=-1) / n
    return (xlogy(n, n) - np.sum(xlogy(stats, stats), axis=-1)) / np.log(2)  # entropy, gain_ratio


def _multiway_score(parent: float, stats: np.ndarray, sizes: np.ndarray, criterion: str) -> float:
    """Gain (or gain ratio) of one split into children with statistics ``stats`` (c, m) and ``sizes`` (c,)."""
    gain = parent - np.sum(_node_cost(stats, sizes, criterion)) / sizes.sum()
    return gain / entropy(sizes, base=2) if criterion == "gain_ratio" else gain


def _best_numeric_split(X: np.ndarray, S: np.ndarray, parent: float, criterion: str, order: np.ndarray):
    """Best ``x[j] <= t`` over all features at once: sort each column, cumulate the statistics.

    ``X`` (n, d) node samples, ``S`` (n, m) per-sample statistics, ``order`` the feature order used to
    break ties. Returns ``(score, feature, threshold)`` or ``None`` when every feature is constant.
    """
    n = len(X)
    X = X[:, order]
    sort = np.argsort(X, axis=0)  # (n, d); the order among equal values does not matter (see ``valid``)
    Xs = np.take_along_axis(X, sort, axis=0)
    valid = Xs[1:] > Xs[:-1]  # cut only between two distinct values
    if not valid.any():
        return None
    cumulative = np.cumsum(S[sort], axis=0)  # (n, d, m): statistics of the first i+1 sorted samples
    left, right = cumulative[:-1], cumulative[-1] - cumulative[:-1]
    n_left = np.arange(1.0, n)[:, None]  # (n-1, 1)
    n_right = n - n_left
    score = parent - (_node_cost(left, n_left, criterion) + _node_cost(right, n_right, criterion)) / n
    if criterion == "gain_ratio":
        score /= entropy(np.stack([n_left, n_right], axis=-1), base=2)
    score[~valid] = -np.inf  # (n-1, d)
    j, cut = divmod(int(np.argmax(score.T)), n - 1)  # first feature in ``order``, then first cut
    lo, hi = Xs[cut, j], Xs[cut + 1, j]
    threshold = lo / 2 + hi / 2
    if threshold >= hi:  # rounding can put the midpoint on the upper value
        threshold = lo
    return score[cut, j], order[j], threshold


def _best_categorical_split(X: np.ndarray, S: np.ndarray, parent: float, criterion: str, order: np.ndarray):
    """Best multiway split (one branch per value); loops over features, counts per value with bincount."""
    best = None
    for j in order:
        values, codes = np.unique(X[:, j], return_inverse=True)
        if len(values) < 2:
            continue
        stats = np.stack([np.bincount(codes, weights=col, minlength=len(values)) for col in S.T], axis=-1)
        sizes = np.bincount(codes, minlength=len(values)).astype(float)
        score = _multiway_score(parent, stats, sizes, criterion)
        if best is None or score > best[0]:
            best = (score, j, values)
    return best


@dataclass
class Tree:
    """The fitted tree as parallel per-node lists (node 0 is the root), like scikit-learn's ``tree_``.

    ``feature[i]`` is ``-1`` for a leaf. A numeric node sends ``x[feature] <= threshold`` to
    ``children[i][0]`` and the rest to ``children[i][1]``; a categorical node sends value
    ``categories[i][v]`` to ``children[i][v]`` (an unseen value stops at the node itself).
    ``value[i]`` is the class distribution (classifier) or the mean target (regressor) of the node;
    ``impurity[i]`` its Gini, entropy (bits) or variance; ``depth[i]`` its depth (root 0).

    笔记：[[决策树]]
    """

    feature: list = field(default_factory=list)
    threshold: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    children: list = field(default_factory=list)
    impurity: list = field(default_factory=list)
    n_node_samples: list = field(default_factory=list)
    value: list = field(default_factory=list)
    depth: list = field(default_factory=list)

    @property
    def node_count(self) -> int:
        return len(self.feature)


class _BaseTree(BaseEstimator):
    """Shared builder and traversal; subclasses define the per-sample statistics and the node value."""

    def _grow(self, X: np.ndarray, S: np.ndarray) -> None:
        rng = np.random.default_rng(self.random_state)
        self.tree_ = tree = Tree()
        search = _best_categorical_split if self.categorical else _best_numeric_split
        max_depth = np.inf if self.max_depth is None else self.max_depth
        stack = [(np.arange(len(X)), 0, None)]  # (sample indices, depth, (parent, branch) to attach to)
        while stack:
            idx, depth, parent = stack.pop()
            node = tree.node_count
            if parent is not None:
                tree.children[parent[0]][parent[1]] = node
            stats = S[idx].sum(axis=0)
            impurity = float(_node_cost(stats, len(idx), self._node_criterion)) / len(idx)
            tree.impurity.append(impurity)
            tree.n_node_samples.append(len(idx))
            tree.value.append(self._node_value(stats, len(idx)))
            tree.depth.append(depth)
            split = None
            if depth < max_depth and len(idx) >= self.min_samples_split and impurity > _EPS:
                n_features = X.shape[1]
                order = np.arange(n_features) if self.random_state is None else rng.permutation(n_features)
                split = search(X[idx], S[idx], impurity, self.criterion, order)
            if split is None:
                tree.feature.append(_LEAF)
                tree.threshold.append(np.nan)
                tree.categories.append(None)
                tree.children.append([])
                continue
            _, j, rule = split
            column = X[idx, j]
            tree.feature.append(int(j))
            if self.categorical:
                branches = [idx[column == v] for v in rule]
                tree.threshold.append(np.nan)
                tree.categories.append(rule)
            else:
                branches = [idx[column <= rule], idx[column > rule]]
                tree.threshold.append(float(rule))
                tree.categories.append(None)
            tree.children.append([_LEAF] * len(branches))
            # push in reverse so that the first branch is built first (depth-first, left first)
            stack.extend((b, depth + 1, (node, k)) for k, b in reversed(list(enumerate(branches))))
        self.n_leaves_ = tree.feature.count(_LEAF)
        self.depth_ = max(tree.depth)

    def apply(self, X: ArrayLike) -> np.ndarray:
        """Index of the node each sample ends in.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)

        Returns
        -------
        ndarray, shape (n_samples,), int
            A leaf id, or for a categorical tree the deepest node whose branches knew the sample's value.
        """
        X = validate_data(self, X, reset=False, numeric=not self.categorical)
        tree = self.tree_
        out = np.zeros(len(X), dtype=np.intp)
        stack = [(0, np.arange(len(X)))]
        while stack:  # loop over nodes; the samples of a node move together
            node, idx = stack.pop()
            out[idx] = node
            j = tree.feature[node]
            if j == _LEAF or len(idx) == 0:
                continue
            column = X[idx, j]
            if tree.categories[node] is None:
                go_left = column <= tree.threshold[node]
                stack += [(tree.children[node][0], idx[go_left]), (tree.children[node][1], idx[~go_left])]
            else:
                stack += [(c, idx[column == v]) for c, v in zip(tree.children[node], tree.categories[node])]
        return out

    def _check_fit(self, X: ArrayLike, y: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
        if self.criterion not in self._criteria:
            raise ValueError(f"criterion must be one of {self._criteria}, got {self.criterion!r}")
        return validate_data(self, X, y, numeric=not self.categorical)


class DecisionTreeClassifier(ClassifierMixin, _BaseTree):
    r"""A classification tree: CART (binary, numeric) or ID3/C4.5 (multiway, categorical).

    Parameters
    ----------
    criterion : {"gini", "entropy", "gain_ratio"}
        Split quality: Gini decrease (CART), information gain in bits (ID3), or gain ratio (C4.5).
    max_depth : int, optional
        Maximum depth (the root has depth 0); unlimited by default.
    min_samples_split : int
        A node with fewer samples becomes a leaf.
    categorical : bool
        ``False``: numeric features, binary splits at midpoints. ``True``: every column categorical (any
        dtype, e.g. strings), one branch per value present at the node (see the module docstring).
    random_state : int or numpy.random.Generator, optional
        With a value, features are examined in a random order drawn from ``default_rng(random_state)``, so
        exactly tied splits go to a random feature (as in scikit-learn); ``None`` examines them in column
        order.

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    tree_ : Tree
        Per-node arrays; ``tree_.impurity[0]`` is the root impurity.
    n_leaves_, depth_ : int
    n_features_in_ : int

    Notes
    -----
    A node splits to maximise the impurity decrease

    .. math:: \Delta = I(S) - \sum_{v} \frac{\lvert S_v \rvert}{\lvert S \rvert} I(S_v), \qquad
              I = \operatorname{Gini} \text{ or } \operatorname{Entropy}

    (divided by the split information for the gain ratio). It becomes a leaf when it is pure, too small, at
    ``max_depth``, or no feature varies. A zero-gain split is still made, as scikit-learn does.

    笔记：[[决策树]]
    """

    _criteria = _CRITERIA

    def __init__(self, criterion="gini", max_depth=None, min_samples_split=2, categorical=False,
                 random_state=None):
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.categorical = categorical
        self.random_state = random_state

    @property
    def _node_criterion(self) -> str:
        return "gini" if self.criterion == "gini" else "entropy"

    def _node_value(self, counts: np.ndarray, n: int) -> np.ndarray:
        return counts / n

    def fit(self, X: ArrayLike, y: ArrayLike) -> "DecisionTreeClassifier":
        """Grow the tree.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)
            Numeric features, or any values with ``categorical=True``.
        y : array_like, shape (n_samples,)
            Class labels (any sortable dtype).

        Returns
        -------
        self
        """
        X, y = self._check_fit(X, y)
        self.classes_, codes = np.unique(y, return_inverse=True)
        one_hot = np.eye(len(self.classes_))[codes]  # per-sample statistics: class indicator
        self._grow(X, one_hot)
        return self

    def predict_proba(self, X: ArrayLike) -> np.ndarray:
        """Class distribution of the leaf each sample reaches.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)

        Returns
        -------
        ndarray, shape (n_samples, n_classes)
            Columns in the order of ``classes_``.
        """
        leaves = self.apply(X)
        return np.asarray(self.tree_.value)[leaves]

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Majority class of the leaf (ties go to the first class in ``classes_``).

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)

        Returns
        -------
        ndarray, shape (n_samples,)
        """
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]


class DecisionTreeRegressor(RegressorMixin, _BaseTree):
    r"""A CART regression tree: binary splits that minimise the squared error, leaves predict the mean.

    Parameters
    ----------
    max_depth : int, optional
        Maximum depth; unlimited by default (then every leaf has a single distinct ``x``).
    min_samples_split : int
        A node with fewer samples becomes a leaf.
    random_state : int or numpy.random.Generator, optional
        Order in which features are examined (breaks exact ties), as in the classifier.

    Attributes
    ----------
    tree_ : Tree
        ``tree_.impurity[0]`` is the variance of ``y``.
    n_leaves_, depth_, n_features_in_ : int

    Notes
    -----
    .. math:: \operatorname{MSE}(S) = \frac{1}{\lvert S \rvert} \sum_{i \in S} (y_i - \bar y_S)^2, \qquad
              \Delta = \operatorname{MSE}(S)
              - \frac{\lvert S_L \rvert}{\lvert S \rvert}\operatorname{MSE}(S_L)
              - \frac{\lvert S_R \rvert}{\lvert S \rvert}\operatorname{MSE}(S_R)

    笔记：[[偏差-方差权衡]]
    """

    _criteria = ("squared_error",)
    criterion = _node_criterion = "squared_error"
    categorical = False

    def __init__(self, max_depth=None, min_samples_split=2, random_state=None):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.random_state = random_state

    def _node_value(self, stats: np.ndarray, n: int) -> float:
        return stats[0] / n

    def fit(self, X: ArrayLike, y: ArrayLike) -> "DecisionTreeRegressor":
        """Grow the tree.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)
        y : array_like, shape (n_samples,)
            Real targets.

        Returns
        -------
        self
        """
        X, y = self._check_fit(X, y)
        self._grow(X, np.column_stack([y, y * y]))  # per-sample statistics: y and y^2
        return self

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Mean target of the leaf each sample reaches.

        Parameters
        ----------
        X : array_like, shape (n_samples, n_features)

        Returns
        -------
        ndarray, shape (n_samples,)
        """
        leaves = self.apply(X)
        return np.asarray(self.tree_.value)[leaves]



def export_text(model: _BaseTree, feature_names: list[str] | None = None, decimals: int = 2) -> str:
    """The fitted tree as indented text, one line per branch (like ``sklearn.tree.export_text``).

    Parameters
    ----------
    model : DecisionTreeClassifier or DecisionTreeRegressor
        A fitted tree.
    feature_names : list of str, length n_features, optional
        Names for the columns; ``feature_0``, … by default.
    decimals : int
        Digits of thresholds and values.

    Returns
    -------
    str

    Notes
    -----
    A leaf shows its class (classifier) or its mean (regressor).

    笔记：[[决策树]]
    """
    tree = model.tree_
    names = feature_names or [f"feature_{j}" for j in range(model.n_features_in_)]
    lines: list[str] = []

    def leaf_text(node: int) -> str:
        value = tree.value[node]
        if isinstance(model, DecisionTreeClassifier):
            return f"class: {model.classes_[int(np.argmax(value))]}"
        return f"value: {value:.{decimals}f}"

    def walk(node: int, indent: str) -> None:
        j = tree.feature[node]
        if j == _LEAF:
            lines.append(f"{indent}|--- {leaf_text(node)}")
            return
        if tree.categories[node] is None:
            t = tree.threshold[node]
            tests = [f"{names[j]} <= {t:.{decimals}f}", f"{names[j]} >  {t:.{decimals}f}"]
        else:
            tests = [f"{names[j]} = {v}" for v in tree.categories[node]]
        for child, test in zip(tree.children[node], tests):
            lines.append(f"{indent}|--- {test}")
            walk(child, indent + "|   ")

    walk(0, "")
    return "\n".join(lines)
