# 练习：条件数 κ 增大时，显式求逆的正规方程与 lstsq（基于正交分解）的误差各自怎样增长？
import numpy as np

rng = np.random.default_rng(0)
n, p = 100, 2
Q1, _ = np.linalg.qr(rng.standard_normal((n, p)))
Q2, _ = np.linalg.qr(rng.standard_normal((p, p)))
beta_true = np.array([1.0, -1.0])
print(f"{'κ(X)':>8} {'正规方程相对误差':>16} {'lstsq 相对误差':>16} {'κ·ε':>10} {'κ²·ε':>10}")
eps = np.finfo(float).eps
for kappa in [1e1, 1e3, 1e5, 1e7]:
    X = Q1 @ np.diag([1.0, 1.0 / kappa]) @ Q2  # 奇异值为 1 和 1/κ
    y = X @ beta_true  # 无噪声：真解就是 beta_true
    b_normal = np.linalg.inv(X.T @ X) @ X.T @ y
    b_lstsq = np.linalg.lstsq(X, y, rcond=None)[0]
    err = lambda b: np.linalg.norm(b - beta_true) / np.linalg.norm(beta_true)
    print(f"{kappa:>8.0e} {err(b_normal):>16.2e} {err(b_lstsq):>16.2e} {kappa * eps:>10.1e} {kappa**2 * eps:>10.1e}")
