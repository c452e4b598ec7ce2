"""mlvault.optim against torch.optim (float64 trajectories), numpy.linalg and scipy.optimize."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import minimize

from mlvault.optim import SGD, AdaGrad, Adam, RMSprop, gradient_descent, solve_kkt_qp, trajectory

H = np.array([[3.0, 0.8], [0.8, 0.5]])  # ill-conditioned quadratic, eigenvalues ~0.27 and ~3.2
B = np.array([1.0, -2.0])
X0 = np.array([2.0, 1.5])


def quad_grad(theta):
    """Gradient of L(theta) = 1/2 theta^T H theta - B^T theta."""
    return H @ theta - B


def torch_trajectory(make_opt, x0, n_iter):
    param = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    opt = make_opt([param])
    path = [param.detach().numpy().copy()]
    for _ in range(n_iter):
        opt.zero_grad()
        loss = 0.5 * param @ torch.from_numpy(H) @ param - torch.from_numpy(B) @ param
        loss.backward()
        opt.step()
        path.append(param.detach().numpy().copy())
    return np.array(path)


@pytest.mark.parametrize(
    "ours, theirs",
    [
        (lambda: SGD(0.1), lambda p: torch.optim.SGD(p, lr=0.1)),
        (lambda: SGD(0.05, momentum=0.9), lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9)),
        (lambda: AdaGrad(0.5), lambda p: torch.optim.Adagrad(p, lr=0.5)),
        (lambda: RMSprop(0.01), lambda p: torch.optim.RMSprop(p, lr=0.01)),
        (lambda: RMSprop(0.05, alpha=0.9), lambda p: torch.optim.RMSprop(p, lr=0.05, alpha=0.9)),
        (lambda: Adam(0.1), lambda p: torch.optim.Adam(p, lr=0.1)),
        (lambda: Adam(0.05, betas=(0.8, 0.99)), lambda p: torch.optim.Adam(p, lr=0.05, betas=(0.8, 0.99))),
    ],
    ids=["sgd", "momentum", "adagrad", "rmsprop", "rmsprop-alpha", "adam", "adam-betas"],
)
def test_trajectory_equals_torch_optim(ours, theirs):
    path = trajectory(ours(), quad_grad, X0, 60)
    np.testing.assert_allclose(path, torch_trajectory(theirs, X0, 60), rtol=0, atol=1e-10)


def test_defaults_are_torchs():
    adagrad, rms, adam = torch.optim.Adagrad, torch.optim.RMSprop, torch.optim.Adam
    p = [torch.zeros(1, requires_grad=True)]
    assert AdaGrad(1.0).eps == adagrad(p).defaults["eps"]
    assert adagrad(p).defaults["initial_accumulator_value"] == 0
    assert (RMSprop(1.0).alpha, RMSprop(1.0).eps) == (rms(p).defaults["alpha"], rms(p).defaults["eps"])
    assert (Adam().lr, Adam().betas, Adam().eps) == tuple(adam(p).defaults[k] for k in ("lr", "betas", "eps"))


def test_first_steps_by_hand():
    g = np.array([2.0, -0.5])
    # Adam's first step is lr * sign(g) (bias correction makes m_hat = g, v_hat = g^2), up to eps
    np.testing.assert_allclose(Adam(0.1).step(np.zeros(2), g), -0.1 * np.sign(g), atol=1e-8)
    # AdaGrad's first step is also lr * sign(g)
    np.testing.assert_allclose(AdaGrad(0.3).step(np.zeros(2), g), -0.3 * np.sign(g), atol=1e-9)
    # RMSprop's first step: g / sqrt((1 - alpha) g^2) = sign(g) / sqrt(0.01) = 10 sign(g)
    np.testing.assert_allclose(RMSprop(0.01).step(np.zeros(2), g), -0.1 * np.sign(g), atol=1e-7)
    momentum = SGD(0.1, momentum=0.9)
    momentum.step(np.zeros(2), g)
    np.testing.assert_allclose(momentum.step(np.zeros(2), g), -0.1 * 1.9 * g)  # v2 = 0.9 g + g


def test_momentum_equals_textbook_form():
    """v <- beta v - alpha g, theta <- theta + v (seed 003) is torch's form scaled by -alpha (CV-17)."""
    alpha, beta = 0.05, 0.9
    theta, v = X0.copy(), np.zeros(2)
    textbook = [theta.copy()]
    for _ in range(40):
        v = beta * v - alpha * quad_grad(theta)
        theta = theta + v
        textbook.append(theta.copy())
    np.testing.assert_allclose(trajectory(SGD(alpha, momentum=beta), quad_grad, X0, 40), textbook, atol=1e-12)


def test_gradient_descent_is_sgd_and_matches_closed_form():
    """On a quadratic, theta_t - theta* = (I - lr H)^t (theta_0 - theta*)."""
    lr, n = 0.2, 25
    path = gradient_descent(quad_grad, X0, lr, n)
    assert path.shape == (n + 1, 2)
    theta_star = np.linalg.solve(H, B)
    step = np.eye(2) - lr * H
    powers = [np.linalg.matrix_power(step, t) for t in range(n + 1)]
    expected = np.array([P @ (X0 - theta_star) for P in powers]) + theta_star
    np.testing.assert_allclose(path, expected, atol=1e-12)


def test_gradient_descent_linear_regression_seed_example():
    """002's example: lr 0.01 x 1000 epochs is not converged (ER-38); lr 0.1 x 5000 reaches lstsq."""
    X = np.array([[1.0, 1], [1, 2], [1, 3]])
    y = np.array([1.0, 2, 3])

    def grad(theta):
        return X.T @ (X @ theta - y) / len(y)

    slow = gradient_descent(grad, np.zeros(2), 0.01, 1000)[-1]
    np.testing.assert_allclose(slow, [0.1107, 0.9513], atol=5e-5)
    lstsq = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(gradient_descent(grad, np.zeros(2), 0.1, 5000)[-1], lstsq, atol=1e-6)


@pytest.mark.parametrize("lr, converges", [(0.6, True), (0.615, True), (0.625, False), (0.7, False)])
def test_gradient_descent_stability_threshold(lr, converges):
    """Converges iff lr < 2 / lambda_max (lambda_max = 3.2341 -> threshold 0.6184)."""
    assert (lr < 2 / np.linalg.eigvalsh(H).max()) == converges
    end = gradient_descent(quad_grad, X0, lr, 2000)[-1]
    assert np.allclose(end, np.linalg.solve(H, B), atol=1e-6) == converges


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from(["sgd", "momentum", "adagrad", "rmsprop", "adam"]))
def test_small_steps_decrease_a_convex_quadratic(seed, name):
    rng = np.random.default_rng(seed)
    M = rng.normal(size=(3, 3))
    Hs = M @ M.T + 0.5 * np.eye(3)
    x0 = rng.normal(size=3) * 3
    lr = 0.5 / np.linalg.eigvalsh(Hs).max()
    opt = {"sgd": SGD(lr), "momentum": SGD(lr / 10, 0.5), "adagrad": AdaGrad(0.01),
           "rmsprop": RMSprop(0.001), "adam": Adam(0.001)}[name]
    path = trajectory(opt, lambda x: Hs @ x, x0, 30)
    losses = 0.5 * np.einsum("ti,ij,tj->t", path, Hs, path)
    assert losses[-1] < losses[0]
    if name == "sgd":  # plain GD with lr < 1/L decreases the loss monotonically
        assert np.all(np.diff(losses) <= 1e-12)


def test_step_shape_mismatch_raises():
    with pytest.raises(ValueError, match="shape"):
        SGD(0.1).step(np.zeros(2), np.zeros(3))


def _kkt_residuals(Q, c, A, b, x, lam):
    return Q @ x + c + A.T @ lam, A @ x - b


def test_kkt_qp_hand_case():
    """min x^2 + y^2 s.t. x + y = 1: x = y = 1/2, lambda = -1 for L = f + lambda (x + y - 1)."""
    x, lam = solve_kkt_qp(2 * np.eye(2), np.zeros(2), [[1.0, 1.0]], [1.0])
    np.testing.assert_allclose(x, [0.5, 0.5])
    np.testing.assert_allclose(lam, [-1.0])


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 6), st.integers(1, 3))
def test_kkt_qp_against_slsqp(seed, n, m):
    m = min(m, n - 1)
    rng = np.random.default_rng(seed)
    M = rng.normal(size=(n, n))
    Q = M @ M.T + np.eye(n)
    c, A, b = rng.normal(size=n), rng.normal(size=(m, n)), rng.normal(size=m)
    x, lam = solve_kkt_qp(Q, c, A, b)
    stationarity, feasibility = _kkt_residuals(Q, c, A, b, x, lam)
    np.testing.assert_allclose(stationarity, 0, atol=1e-9)
    np.testing.assert_allclose(feasibility, 0, atol=1e-9)
    res = minimize(
        lambda z: 0.5 * z @ Q @ z + c @ z, np.zeros(n), jac=lambda z: Q @ z + c, method="SLSQP",
        constraints=[{"type": "eq", "fun": lambda z: A @ z - b, "jac": lambda z: A}],
        options={"ftol": 1e-14, "maxiter": 500},
    )
    assert res.success
    np.testing.assert_allclose(x, res.x, atol=1e-6)
    # scipy's multipliers use L = f - mu^T h, so they are -lambda here
    np.testing.assert_allclose(lam, -res.multipliers, atol=1e-5)


def test_kkt_multiplier_is_sensitivity():
    """d p*(b) / d b = -lambda (checked by central differences)."""
    Q, c = np.diag([1.0, 4.0, 2.0]), np.array([1.0, 0.0, -1.0])
    A = np.array([[1.0, 1.0, 1.0], [1.0, -1.0, 0.0]])
    b = np.array([1.0, 0.5])

    def value(bb):
        x, _ = solve_kkt_qp(Q, c, A, bb)
        return 0.5 * x @ Q @ x + c @ x

    _, lam = solve_kkt_qp(Q, c, A, b)
    h = 1e-6
    grad = [(value(b + h * e) - value(b - h * e)) / (2 * h) for e in np.eye(2)]
    np.testing.assert_allclose(grad, -lam, atol=1e-6)


def test_kkt_qp_shape_check():
    with pytest.raises(ValueError, match="incompatible"):
        solve_kkt_qp(np.eye(2), np.zeros(3), [[1.0, 1.0]], [1.0])


def test_kkt_qp_recovers_hard_margin_svm_from_its_support_vectors():
    """On the support set every margin constraint is active, so the SVM dual becomes an equality-constrained
    QP: min 1/2 a^T G a - 1^T a s.t. y^T a = 0. Its solution is sklearn's dual_coef_, w = sum a_i y_i x_i is
    coef_, and the multiplier of y^T a = 0 is the bias b."""
    from sklearn.svm import SVC

    rng = np.random.default_rng(1)
    X = np.vstack([rng.normal([2, 2], 0.8, (10, 2)), rng.normal([-2, -2], 0.8, (10, 2))])
    y = np.r_[np.ones(10), -np.ones(10)]
    svc = SVC(kernel="linear", C=1e6, tol=1e-10).fit(X, y)
    S = svc.support_
    Z = y[S, None] * X[S]
    alpha, lam = solve_kkt_qp(Z @ Z.T, -np.ones(len(S)), y[S][None, :], [0.0])
    np.testing.assert_allclose(alpha * y[S], svc.dual_coef_[0], atol=1e-6)
    np.testing.assert_allclose((alpha * y[S]) @ X[S], svc.coef_[0], atol=1e-6)
    np.testing.assert_allclose(lam, svc.intercept_, atol=1e-6)
    assert np.all(alpha > 0)
