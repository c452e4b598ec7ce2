# 两个几乎相同的特征：Lasso 往往只留一个（且留哪个取决于数据的微小扰动），Ridge 把权重平分
import numpy as np
from scipy import optimize


def lasso(X, y, lam):
    """min (1/2n)‖y − Xw‖² + λ‖w‖₁。两列几乎共线时梯度法收敛极慢，这里用 w = u − v（u, v ≥ 0）交给 L-BFGS-B。"""
    n, p = X.shape

    def objective(uv):
        u, v = np.split(uv, 2)
        r = X @ (u - v) - y
        g = X.T @ r / n
        return r @ r / (2 * n) + lam * uv.sum(), np.r_[g + lam, -g + lam]
    res = optimize.minimize(objective, np.zeros(2 * p), jac=True, method="L-BFGS-B", bounds=[(0, None)] * (2 * p),
                            options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 10_000})
    u, v = np.split(res.x, 2)
    return u - v


def ridge(X, y, lam):
    """min (1/2n)‖y − Xw‖² + λ‖w‖₂² 的闭式解。"""
    n, p = X.shape
    return np.linalg.solve(X.T @ X / n + 2 * lam * np.eye(p), X.T @ y / n)


print("y = x₁ + x₂ + 噪声，x₂ = x₁ + 0.01·扰动（两列几乎相同），λ = 0.1，每个数据集 100 个样本")
print(" 数据集    Lasso 的 (w₁, w₂)      Ridge 的 (w₁, w₂)")
for seed in range(6):
    rng = np.random.default_rng(seed)
    x1 = rng.normal(size=100)
    X = np.c_[x1, x1 + 0.01 * rng.normal(size=100)]
    y = X.sum(axis=1) + 0.5 * rng.normal(size=100)
    wl, wr = lasso(X, y, 0.1) + 0.0, ridge(X, y, 0.1)
    print(f"    {seed}      ({wl[0]:6.3f}, {wl[1]:6.3f})      ({wr[0]:6.3f}, {wr[1]:6.3f})")
