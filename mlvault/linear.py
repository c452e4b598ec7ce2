"""Linear models: least squares (normal equation or gradient descent), ridge, lasso and logistic regression.

All of them score a sample with the first formula :math:`f(\\mathbf{x}) = \\mathbf{w}^\\top\\mathbf{x} + b`
and differ only in the loss and penalty that choose :math:`(\\mathbf{w}, b)`. The intercept is never
penalised: the regression models fit on centred data and recover :math:`b` from the means, as
scikit-learn does.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg
from numpy.typing import ArrayLike
from scipy.optimize import minimize
from scipy.special import expit, softmax

from mlvault.base import BaseEstimator, ClassifierMixin, RegressorMixin, validate_data

__all__ = ["LinearRegression", "Ridge", "soft_threshold", "Lasso", "LogisticRegression"]


def _centre(X: np.ndarray, y: np.ndarray, fit_intercept: bool, order: str = "C"):
    """Column means (zeros without an intercept) and the centred data, ``X`` in the memory ``order`` asked."""
    if not fit_intercept:
        return np.asarray(X, order=order), y, np.zeros(X.shape[1]), np.zeros(y.shape[1:])
    x_mean, y_mean = X.mean(axis=0), y.mean(axis=0)
    return np.subtract(X, x_mean, order=order), y - y_mean, x_mean, y_mean


class _LinearRegressor(RegressorMixin, BaseEstimator):
    """``predict`` and ``_set_intercept`` shared by the least-squares family."""

    def _set_intercept(self, x_mean: np.ndarray, y_mean: np.ndarray) -> None:
        # b = ȳ - x̄ᵀw: the fitted plane passes through the centroid of the data
        self.intercept_ = y_mean - x_mean @ self.coef_.T

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Predictions :math:`Xw + b` (n_samples,) or (n_samples, n_targets) for X (n_samples, n_features)."""
        X = validate_data(self, X, reset=False)
        return X.dot(self.coef_.T) + self.intercept_  # X.dot(w) is X @ w, without matmul's fixed cost


class LinearRegression(_LinearRegressor):
    r"""Ordinary least squares, by the normal equation (solved with ``lstsq``) or by batch gradient descent.

    Parameters
    ----------
    method : {"normal", "gd"}, default "normal"
        ``"normal"``: the exact minimiser, computed by ``scipy.linalg.lstsq`` on centred data (an SVD-based
        solver; never an explicit inverse). ``"gd"``: ``n_iter`` steps of batch gradient descent on the
        half-MSE :math:`J`, from :math:`\theta = 0`; scale the features first or it converges slowly.
    lr : float, default 0.01
        Learning rate :math:`\alpha` of gradient descent.
    n_iter : int, default 1000
        Number of gradient-descent steps.
    fit_intercept : bool, default True
        Fit :math:`b`; otherwise the plane passes through the origin.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,) or (n_targets, n_features)
        The weights :math:`w`.
    intercept_ : float or ndarray of shape (n_targets,)
        The intercept :math:`b`.
    loss_curve_ : ndarray of shape (n_iter,)
        With ``method="gd"``: :math:`J(\theta)` before every step.

    Notes
    -----
    With the design matrix :math:`X \in \mathbb{R}^{n\times p}` (rows are samples) and a column of ones for
    :math:`b`:

    .. math:: \hat\beta = \arg\min_\beta \lVert y - X\beta\rVert_2^2 = (X^\top X)^{-1} X^\top y

    Gradient descent minimises :math:`J(\theta) = \frac{1}{2m}\lVert X\theta - y\rVert^2` by
    :math:`\theta \leftarrow \theta - \alpha\,\frac1m X^\top (X\theta - y)`.

    笔记：[[线性回归]]
    """

    _multi_output = True

    def __init__(
        self, method: str = "normal", *, lr: float = 0.01, n_iter: int = 1000, fit_intercept: bool = True
    ):
        self.method = method
        self.lr = lr
        self.n_iter = n_iter
        self.fit_intercept = fit_intercept

    def fit(self, X: ArrayLike, y: ArrayLike) -> "LinearRegression":
        """Fit to ``X`` (n_samples, n_features) and ``y`` (n_samples,) or (n_samples, n_targets)."""
        X, y = validate_data(self, X, y)
        if self.method == "normal":
            Xc, yc, x_mean, y_mean = _centre(X, y, self.fit_intercept)
            self.coef_ = scipy.linalg.lstsq(Xc, yc, check_finite=False)[0].T
            self._set_intercept(x_mean, y_mean)
        elif self.method == "gd":
            theta = self._gradient_descent(X, y)
            self.coef_ = (theta[1:] if self.fit_intercept else theta).T
            self.intercept_ = theta[0] if self.fit_intercept else np.zeros(y.shape[1:])
        else:
            raise ValueError(f"method must be 'normal' or 'gd', got {self.method!r}")
        return self

    def _gradient_descent(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Batch GD from θ = 0 on θ = (b, w) (a column of ones for b); records J(θ) in ``loss_curve_``."""
        m = len(X)
        A = np.column_stack([np.ones(m), X]) if self.fit_intercept else X
        theta = np.zeros((A.shape[1],) + y.shape[1:])
        losses = np.empty(self.n_iter)
        for step in range(self.n_iter):  # loop over epochs; each step is one matrix product over all samples
            residual = A @ theta - y
            losses[step] = np.sum(residual**2) / (2 * m)
            theta -= self.lr * (A.T @ residual) / m
        self.loss_curve_ = losses
        return theta


class Ridge(_LinearRegressor):
    r"""Ridge regression: least squares plus an L2 penalty, solved in closed form.

    Parameters
    ----------
    alpha : float, default 1.0
        Penalty strength :math:`\alpha \ge 0`.
    fit_intercept : bool, default True
        Fit an unpenalised intercept.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,) or (n_targets, n_features)
    intercept_ : float or ndarray of shape (n_targets,)

    Notes
    -----
    .. math:: \hat w = \arg\min_w \lVert y - Xw\rVert_2^2 + \alpha\lVert w\rVert_2^2
              = (X^\top X + \alpha I)^{-1} X^\top y

    on centred :math:`X, y` (so :math:`b` is not penalised), solved as a symmetric positive-definite system.

    笔记：[[正则化]]
    """

    _multi_output = True

    def __init__(self, alpha: float = 1.0, *, fit_intercept: bool = True):
        self.alpha = alpha
        self.fit_intercept = fit_intercept

    def fit(self, X: ArrayLike, y: ArrayLike) -> "Ridge":
        """Fit to ``X`` (n_samples, n_features) and ``y`` (n_samples,) or (n_samples, n_targets)."""
        X, y = validate_data(self, X, y)
        Xc, yc, x_mean, y_mean = _centre(X, y, self.fit_intercept)
        gram = Xc.T @ Xc
        gram.flat[:: gram.shape[0] + 1] += self.alpha
        self.coef_ = scipy.linalg.solve(gram, Xc.T @ yc, assume_a="pos", check_finite=False).T
        self._set_intercept(x_mean, y_mean)
        return self


def soft_threshold(z: ArrayLike, t: float) -> np.ndarray:
    r"""Soft-thresholding operator, the proximal map of :math:`t\lvert\cdot\rvert`.

    Parameters
    ----------
    z : array_like, any shape
        Input values.
    t : float
        Threshold :math:`t \ge 0`.

    Returns
    -------
    ndarray, same shape as ``z``

    Notes
    -----
    .. math:: S_t(z) = \operatorname{sign}(z)\,\max(\lvert z\rvert - t, 0)

    笔记：[[正则化]]
    """
    z = np.asarray(z, dtype=float)
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


class Lasso(_LinearRegressor):
    r"""Lasso: least squares plus an L1 penalty, by cyclic coordinate descent (scikit-learn's objective).

    Parameters
    ----------
    alpha : float, default 1.0
        Penalty strength :math:`\alpha \ge 0`.
    max_iter : int, default 1000
        Maximum number of sweeps over the features.
    tol : float, default 1e-4
        Stop when the duality gap is below ``tol * ||y - ȳ||² / n`` (scikit-learn's criterion).
    fit_intercept : bool, default True
        Fit an unpenalised intercept.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
        Sparse weights: an exact 0 for every feature the penalty switched off.
    intercept_ : float
    n_iter_ : int
        Sweeps run.
    dual_gap_ : float
        Duality gap at the end (an upper bound on the objective's distance to its minimum).

    Notes
    -----
    .. math:: \min_w \frac{1}{2n}\lVert y - Xw\rVert_2^2 + \alpha\lVert w\rVert_1

    Each coordinate step minimises over one :math:`w_j` exactly, with :math:`\rho_j = \frac1n X_j^\top(y - Xw
    + X_j w_j)`:

    .. math:: w_j \leftarrow \frac{S_\alpha(\rho_j)}{\frac1n\lVert X_j\rVert^2}

    笔记：[[正则化]]
    """

    def __init__(
        self, alpha: float = 1.0, *, max_iter: int = 1000, tol: float = 1e-4, fit_intercept: bool = True
    ):
        self.alpha = alpha
        self.max_iter = max_iter
        self.tol = tol
        self.fit_intercept = fit_intercept

    def fit(self, X: ArrayLike, y: ArrayLike) -> "Lasso":
        """Fit to ``X`` of shape (n_samples, n_features) and ``y`` of shape (n_samples,)."""
        X, y = validate_data(self, X, y)
        # column-major: each coordinate step reads one contiguous column
        X, y, x_mean, y_mean = _centre(X, y, self.fit_intercept, order="F")
        n, p = X.shape
        w = np.zeros(p)
        residual = y.copy()
        col_sq = np.einsum("ij,ij->j", X, X) / n
        gap_tol = self.tol * (y @ y) / n
        for sweep in range(1, self.max_iter + 1):  # loop over sweeps, then features (never samples)
            for j in np.flatnonzero(col_sq):
                rho = X[:, j] @ residual / n + col_sq[j] * w[j]
                new = soft_threshold(rho, self.alpha) / col_sq[j]
                if new != w[j]:
                    residual -= X[:, j] * (new - w[j])
                    w[j] = new
            self.dual_gap_ = self._duality_gap(X, y, w, residual)
            if self.dual_gap_ <= gap_tol:
                break
        self.n_iter_ = sweep
        self.coef_ = w
        self._set_intercept(x_mean, y_mean)
        return self

    def _duality_gap(self, X, y, w, residual) -> float:
        """Primal minus dual objective at the dual point made by scaling the residual to feasibility."""
        n = len(y)
        scale = min(1.0, self.alpha / max(np.abs(X.T @ residual).max() / n, np.finfo(float).tiny))
        primal = residual @ residual / (2 * n) + self.alpha * np.abs(w).sum()
        theta = scale * residual / n  # feasible dual variable: ||Xᵀθ||∞ ≤ α
        dual = theta @ y - n / 2 * theta @ theta
        return float(primal - dual)


class LogisticRegression(ClassifierMixin, BaseEstimator):
    r"""Logistic regression (binary sigmoid or multinomial softmax), by L-BFGS on scikit-learn's objective.

    Parameters
    ----------
    penalty : {"l2", None}, default "l2"
        L2 penalty on the weights (not on the intercept), or none.
    C : float, default 1.0
        Inverse penalty strength: larger ``C`` trusts the data more.
    fit_intercept : bool, default True
        Fit the intercept :math:`b`.
    max_iter : int, default 100
        Maximum L-BFGS iterations.
    tol : float, default 1e-4
        L-BFGS stops when the largest gradient component is below ``tol``.

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
    coef_ : ndarray of shape (1, n_features) for two classes, (n_classes, n_features) otherwise
    intercept_ : ndarray of shape (1,) or (n_classes,)
    n_iter_ : int

    Notes
    -----
    Binary (:math:`y_i \in \{0, 1\}`, :math:`z_i = w^\top x_i + b`, :math:`\sigma(z) = 1/(1+e^{-z})`):

    .. math:: \min_{w,b}\; C\sum_{i=1}^n \bigl[-y_i\log\sigma(z_i) - (1-y_i)\log(1-\sigma(z_i))\bigr]
              + \tfrac12\lVert w\rVert_2^2

    Multinomial (:math:`K > 2` classes, one-hot :math:`Y`, :math:`Z = XW^\top + b`):

    .. math:: \min_{W,b}\; C\sum_{i=1}^n \Bigl[\log\sum_k e^{z_{ik}} - z_{i,y_i}\Bigr]
              + \tfrac12\lVert W\rVert_F^2

    The gradient is :math:`C\,X^\top(\hat p - y)` plus :math:`w` from the penalty. The objective is minimised
    divided by :math:`Cn` (mean loss plus :math:`\lVert w\rVert^2/(2Cn)`, same minimiser), as scikit-learn
    does, so that ``tol`` means the same in both.

    笔记：[[逻辑回归]]
    """

    def __init__(
        self,
        penalty: str | None = "l2",
        *,
        C: float = 1.0,
        fit_intercept: bool = True,
        max_iter: int = 100,
        tol: float = 1e-4,
    ):
        self.penalty = penalty
        self.C = C
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X: ArrayLike, y: ArrayLike) -> "LogisticRegression":
        """Fit to ``X`` of shape (n_samples, n_features) and class labels ``y`` of shape (n_samples,)."""
        X, y = validate_data(self, X, y, min_classes=2)
        if self.penalty not in ("l2", None):
            raise ValueError(f"penalty must be 'l2' or None, got {self.penalty!r}")
        self.classes_, codes = np.unique(y, return_inverse=True)
        k = len(self.classes_)
        n, p = X.shape
        rows = 1 if k == 2 else k
        targets = codes.astype(float) if k == 2 else codes
        l2 = 0.0 if self.penalty is None else 1.0 / (self.C * n)
        loss_and_grad = _binary_loss_grad if k == 2 else _softmax_loss_grad

        def objective(theta):
            W = theta.reshape(rows, p + 1)
            weights = W[:, :p]
            loss, d_weights, d_bias = loss_and_grad(X, targets, weights, W[:, p])
            d_bias = d_bias if self.fit_intercept else np.zeros(rows)
            grad = np.column_stack([d_weights + l2 * weights, d_bias])
            return loss + 0.5 * l2 * np.sum(weights**2), grad.ravel()

        result = minimize(
            objective,
            np.zeros(rows * (p + 1)),
            method="L-BFGS-B",
            jac=True,
            options={
                "maxiter": self.max_iter, "gtol": self.tol, "ftol": 64 * np.finfo(float).eps, "maxls": 50
            },
        )
        W = result.x.reshape(rows, p + 1)
        self.coef_, self.intercept_ = W[:, :p], W[:, p]
        self.n_iter_ = result.nit
        return self

    def decision_function(self, X: ArrayLike) -> np.ndarray:
        """Scores :math:`z = Xw + b`: shape (n_samples,) for two classes, (n_samples, n_classes) otherwise."""
        X = validate_data(self, X, reset=False)
        Z = X.dot(self.coef_.T) + self.intercept_  # X.dot(W.T) is X @ W.T, without matmul's fixed cost
        return Z[:, 0] if len(self.classes_) == 2 else Z

    def predict_proba(self, X: ArrayLike) -> np.ndarray:
        """Class probabilities (n_samples, n_classes): :math:`[1-\\sigma(z), \\sigma(z)]`, or softmax."""
        Z = self.decision_function(X)
        if Z.ndim == 1:
            p = expit(Z)
            return np.column_stack([1 - p, p])
        return softmax(Z, axis=1)

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Predicted labels, shape (n_samples,): class 1 iff :math:`z > 0`, i.e. :math:`\\sigma(z) > 0.5`."""
        Z = self.decision_function(X)
        index = (Z > 0).astype(int) if Z.ndim == 1 else Z.argmax(axis=1)
        return self.classes_[index]



def _binary_loss_grad(X, y, w, b):
    """Mean log-loss of sigmoid(Xw + b) and its gradient (dw of shape (1, p), db of shape (1,))."""
    z = X @ w[0] + b
    # -[y log σ(z) + (1 - y) log σ(-z)] = log(1 + e^z) - y z, computed stably by logaddexp
    loss = np.mean(np.logaddexp(0.0, z) - y * z)
    error = (expit(z) - y) / len(y)
    return loss, (error @ X)[None, :], np.atleast_1d(error.sum())


def _softmax_loss_grad(X, codes, W, b):
    """Mean categorical cross-entropy of softmax(XWᵀ + b) and its gradient (dW (k, p), db (k,)).

    Scores are held as (k, n_samples), so that every reduction over the k classes runs along rows.
    """
    n = len(codes)
    Z = W @ X.T + b[:, None]
    Z -= Z.max(axis=0)  # log-sum-exp trick: softmax and CE are unchanged by the shift
    E = np.exp(Z)
    total = E.sum(axis=0)
    rows = np.arange(n)
    loss = np.mean(np.log(total) - Z[codes, rows])
    E /= total  # softmax probabilities P
    E[codes, rows] -= 1.0  # P - Y for one-hot Y
    E /= n
    return loss, E @ X, E.sum(axis=1)
