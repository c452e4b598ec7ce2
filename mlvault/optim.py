"""Gradient-based optimisation: gradient descent, the optimisers SGD/Momentum, AdaGrad, RMSprop and Adam,
and equality-constrained quadratic programming through the KKT system.

The optimisers follow PyTorch's ``torch.optim`` conventions and defaults exactly, so that a trajectory can
be compared with ``torch.optim`` step by step. Each one updates a single parameter array:
``theta = opt.step(theta, grad)``; the running statistics live in the object (trailing-underscore
attributes) and are created on the first step.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.linalg
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "SGD",
    "AdaGrad",
    "RMSprop",
    "Adam",
    "trajectory",
    "gradient_descent",
    "solve_kkt_qp",
]


class SGD:
    r"""Stochastic gradient descent, with optional (heavy-ball) momentum, as ``torch.optim.SGD``.

    Parameters
    ----------
    lr : float
        Learning rate :math:`\alpha > 0`.
    momentum : float, default 0.0
        Momentum factor :math:`\mu \in [0, 1)`; 0 gives plain gradient descent.

    Attributes
    ----------
    velocity_ : ndarray, same shape as the parameters
        The momentum buffer :math:`v` (only when ``momentum > 0``).
    n_steps_ : int
        Number of steps taken.

    Notes
    -----
    .. math:: v_t = \mu v_{t-1} + g_t, \qquad \theta_t = \theta_{t-1} - \alpha v_t, \qquad v_0 = 0

    With a constant :math:`\alpha` this is the textbook form :math:`v \leftarrow \beta v - \alpha g`,
    :math:`\theta \leftarrow \theta + v` (same :math:`\beta = \mu`), scaled by :math:`-\alpha`.

    笔记：[[优化器]]
    """

    def __init__(self, lr: float, momentum: float = 0.0):
        self.lr = lr
        self.momentum = momentum
        self.n_steps_ = 0

    def step(self, theta: ArrayLike, grad: ArrayLike) -> NDArray[np.float64]:
        """One update.

        Parameters
        ----------
        theta : array_like, shape (d,) (any shape)
            Current parameters.
        grad : array_like, same shape as ``theta``
            Gradient of the loss at ``theta``.

        Returns
        -------
        ndarray, same shape as ``theta``
            The updated parameters (``theta`` itself is not modified).
        """
        theta, grad = _as_pair(theta, grad)
        self.n_steps_ += 1
        if self.momentum == 0.0:
            return theta - self.lr * grad
        self.velocity_ = grad if self.n_steps_ == 1 else self.momentum * self.velocity_ + grad
        return theta - self.lr * self.velocity_


class AdaGrad:
    r"""AdaGrad: a per-coordinate step that shrinks with the accumulated squared gradients, as
    ``torch.optim.Adagrad`` (``lr_decay=0``, ``initial_accumulator_value=0``).

    Parameters
    ----------
    lr : float
        Learning rate :math:`\alpha`.
    eps : float, default 1e-10
        :math:`\epsilon`, added to :math:`\sqrt{G}` to avoid division by zero.

    Attributes
    ----------
    sum_sq_ : ndarray, same shape as the parameters
        :math:`G_t`, the running sum of squared gradients.
    n_steps_ : int
        Number of steps taken.

    Notes
    -----
    .. math:: G_t = G_{t-1} + g_t \odot g_t, \qquad
              \theta_t = \theta_{t-1} - \frac{\alpha}{\sqrt{G_t} + \epsilon} \odot g_t, \qquad G_0 = 0

    笔记：[[优化器]]
    """

    def __init__(self, lr: float, eps: float = 1e-10):
        self.lr = lr
        self.eps = eps
        self.n_steps_ = 0

    def step(self, theta: ArrayLike, grad: ArrayLike) -> NDArray[np.float64]:
        """One update; see :meth:`SGD.step` for the shapes."""
        theta, grad = _as_pair(theta, grad)
        self.n_steps_ += 1
        self.sum_sq_ = grad**2 if self.n_steps_ == 1 else self.sum_sq_ + grad**2
        return theta - self.lr * grad / (np.sqrt(self.sum_sq_) + self.eps)


class RMSprop:
    r"""RMSprop: AdaGrad with an exponential moving average instead of a sum, as ``torch.optim.RMSprop``.

    Parameters
    ----------
    lr : float
        Learning rate :math:`\alpha`.
    alpha : float, default 0.99
        Smoothing constant :math:`\beta` of the moving average of :math:`g^2` (PyTorch calls it ``alpha``).
    eps : float, default 1e-8
        :math:`\epsilon`, added *outside* the square root (PyTorch's convention).

    Attributes
    ----------
    square_avg_ : ndarray, same shape as the parameters
        :math:`E[g^2]_t`.
    n_steps_ : int
        Number of steps taken.

    Notes
    -----
    .. math:: E[g^2]_t = \beta E[g^2]_{t-1} + (1 - \beta) g_t^2, \qquad
              \theta_t = \theta_{t-1} - \frac{\alpha}{\sqrt{E[g^2]_t} + \epsilon} g_t, \qquad E[g^2]_0 = 0

    Some texts put :math:`\epsilon` inside the root, :math:`\sqrt{E[g^2]_t + \epsilon}`; the two differ
    only while :math:`E[g^2]` is tiny.

    笔记：[[优化器]]
    """

    def __init__(self, lr: float, alpha: float = 0.99, eps: float = 1e-8):
        self.lr = lr
        self.alpha = alpha
        self.eps = eps
        self.n_steps_ = 0

    def step(self, theta: ArrayLike, grad: ArrayLike) -> NDArray[np.float64]:
        """One update; see :meth:`SGD.step` for the shapes."""
        theta, grad = _as_pair(theta, grad)
        self.n_steps_ += 1
        previous = np.zeros_like(grad) if self.n_steps_ == 1 else self.square_avg_
        self.square_avg_ = self.alpha * previous + (1 - self.alpha) * grad**2
        return theta - self.lr * grad / (np.sqrt(self.square_avg_) + self.eps)


class Adam:
    r"""Adam: momentum on the gradient and RMSprop on its square, both bias-corrected, as
    ``torch.optim.Adam``.

    Parameters
    ----------
    lr : float, default 1e-3
        Learning rate :math:`\alpha`.
    betas : tuple of 2 floats, default (0.9, 0.999)
        Decay rates :math:`(\beta_1, \beta_2)` of the first and second moment estimates.
    eps : float, default 1e-8
        :math:`\epsilon`, added outside the square root.

    Attributes
    ----------
    m_, v_ : ndarray, same shape as the parameters
        First and second moment estimates :math:`m_t, v_t` (before bias correction).
    n_steps_ : int
        :math:`t`, the number of steps taken.

    Notes
    -----
    .. math:: m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t, \qquad v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2,

    .. math:: \hat m_t = \frac{m_t}{1 - \beta_1^t}, \qquad \hat v_t = \frac{v_t}{1 - \beta_2^t}, \qquad
              \theta_t = \theta_{t-1} - \frac{\alpha\,\hat m_t}{\sqrt{\hat v_t} + \epsilon}

    with :math:`m_0 = v_0 = 0`.

    笔记：[[优化器]]
    """

    def __init__(self, lr: float = 1e-3, betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8):
        self.lr = lr
        self.betas = betas
        self.eps = eps
        self.n_steps_ = 0

    def step(self, theta: ArrayLike, grad: ArrayLike) -> NDArray[np.float64]:
        """One update; see :meth:`SGD.step` for the shapes."""
        theta, grad = _as_pair(theta, grad)
        beta1, beta2 = self.betas
        self.n_steps_ += 1
        if self.n_steps_ == 1:
            self.m_, self.v_ = np.zeros_like(grad), np.zeros_like(grad)
        self.m_ = beta1 * self.m_ + (1 - beta1) * grad
        self.v_ = beta2 * self.v_ + (1 - beta2) * grad**2
        m_hat = self.m_ / (1 - beta1**self.n_steps_)
        v_hat = self.v_ / (1 - beta2**self.n_steps_)
        return theta - self.lr * m_hat / (np.sqrt(v_hat) + self.eps)


Optimizer = SGD | AdaGrad | RMSprop | Adam


def trajectory(
    optimizer: Optimizer, grad: Callable[[np.ndarray], ArrayLike], x0: ArrayLike, n_iter: int
) -> NDArray[np.float64]:
    r"""Run ``optimizer`` for ``n_iter`` steps from ``x0`` and return every iterate.

    Parameters
    ----------
    optimizer : SGD, AdaGrad, RMSprop or Adam
        A fresh optimiser (its state is updated in place).
    grad : callable
        ``grad(x)`` returns the gradient, shape (d,), at ``x``, shape (d,).
    x0 : array_like, shape (d,)
        Starting point.
    n_iter : int
        Number of steps.

    Returns
    -------
    ndarray, shape (n_iter + 1, d)
        Row ``t`` is :math:`\theta_t`; row 0 is ``x0``.

    Notes
    -----
    .. math:: \theta_{t+1} = \operatorname{step}\bigl(\theta_t, \nabla L(\theta_t)\bigr),
              \quad t = 0, \dots, n-1

    笔记：[[优化器]]
    """
    path = np.empty((n_iter + 1, np.size(x0)))
    path[0] = np.ravel(x0)
    for t in range(n_iter):
        path[t + 1] = optimizer.step(path[t], grad(path[t]))
    return path


def gradient_descent(
    grad: Callable[[np.ndarray], ArrayLike], x0: ArrayLike, lr: float, n_iter: int
) -> NDArray[np.float64]:
    r"""Plain (batch) gradient descent with a constant learning rate.

    Parameters
    ----------
    grad : callable
        ``grad(x)`` returns :math:`\nabla L(x)`, shape (d,), for ``x`` of shape (d,).
    x0 : array_like, shape (d,)
        Starting point :math:`\theta_0`.
    lr : float
        Learning rate (step size) :math:`\eta`.
    n_iter : int
        Number of steps.

    Returns
    -------
    ndarray, shape (n_iter + 1, d)
        The trajectory :math:`\theta_0, \theta_1, \dots, \theta_{n}`; the last row is the result.

    Notes
    -----
    .. math:: \theta_{t+1} = \theta_t - \eta \nabla_\theta L(\theta_t)

    On a quadratic with Hessian :math:`H` it converges iff :math:`0 < \eta < 2 / \lambda_{\max}(H)`.

    笔记：[[梯度下降]]
    """
    return trajectory(SGD(lr), grad, x0, n_iter)


def solve_kkt_qp(
    Q: ArrayLike, c: ArrayLike, A: ArrayLike, b: ArrayLike
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""Minimise a quadratic under linear equality constraints by solving its KKT linear system.

    Parameters
    ----------
    Q : array_like, shape (n, n)
        Symmetric matrix of the quadratic term, positive definite on the null space of ``A``.
    c : array_like, shape (n,)
        Linear term.
    A : array_like, shape (m, n)
        Constraint matrix, full row rank (``m <= n``).
    b : array_like, shape (m,)
        Constraint right-hand side.

    Returns
    -------
    x : ndarray, shape (n,)
        The minimiser of :math:`\tfrac12 x^\top Q x + c^\top x` subject to :math:`Ax = b`.
    lam : ndarray, shape (m,)
        The Lagrange multipliers :math:`\lambda` of :math:`\mathcal L = f(x) + \lambda^\top (Ax - b)`.
        :math:`-\lambda_i` is the rate at which the optimal value changes with :math:`b_i`.

    Notes
    -----
    Stationarity :math:`\nabla_x \mathcal L = Qx + c + A^\top \lambda = 0` and feasibility
    :math:`Ax = b` form one symmetric linear system:

    .. math:: \begin{bmatrix} Q & A^\top \\ A & 0 \end{bmatrix}
              \begin{bmatrix} x \\ \lambda \end{bmatrix} = \begin{bmatrix} -c \\ b \end{bmatrix}

    笔记：[[拉格朗日乘子法与KKT条件]]
    """
    Q = np.atleast_2d(np.asarray(Q, dtype=float))
    A = np.atleast_2d(np.asarray(A, dtype=float))
    c = np.asarray(c, dtype=float).ravel()
    b = np.asarray(b, dtype=float).ravel()
    n, m = Q.shape[0], A.shape[0]
    if Q.shape != (n, n) or A.shape[1] != n or c.shape != (n,) or b.shape != (m,):
        raise ValueError(f"incompatible shapes Q {Q.shape}, c {c.shape}, A {A.shape}, b {b.shape}")
    kkt = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    solution = scipy.linalg.solve(kkt, np.concatenate([-c, b]), assume_a="symmetric")
    return solution[:n], solution[n:]


def _as_pair(theta: ArrayLike, grad: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    theta = np.asarray(theta, dtype=float)
    grad = np.asarray(grad, dtype=float)
    if theta.shape != grad.shape:
        raise ValueError(f"theta has shape {theta.shape} but grad has shape {grad.shape}")
    return theta, grad
