# EX-30 正则化强度的扫描：30 个特征中只有 3 个有用，40 个训练样本；L1 把无用的权重压成精确的 0，L2 只把它们缩小
import numpy as np

rng = np.random.default_rng(0)
n, n_test, p = 40, 2000, 30
w_true = np.zeros(p)
w_true[:3] = [2.0, -1.5, 1.0]                     # 只有前 3 个特征真正有用
X, X_test = rng.normal(size=(n, p)), rng.normal(size=(n_test, p))
y = X @ w_true + rng.normal(size=n)
y_test = X_test @ w_true + rng.normal(size=n_test)


def soft_threshold(z, t):
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


def lasso(lam, n_iter=3000):
    """min (1/2n)‖y − Xw‖² + λ‖w‖₁：近端梯度法（梯度步 + 软阈值）。"""
    step = 1 / np.linalg.eigvalsh(X.T @ X / n).max()
    w = np.zeros(p)
    for _ in range(n_iter):
        w = soft_threshold(w - step * X.T @ (X @ w - y) / n, step * lam)
    return w


def ridge(lam):
    """min (1/2n)‖y − Xw‖² + λ‖w‖₂² 的闭式解 (XᵀX/n + 2λI)⁻¹Xᵀy/n。"""
    return np.linalg.solve(X.T @ X / n + 2 * lam * np.eye(p), X.T @ y / n)


mse = lambda A, b, w: np.mean((A @ w - b) ** 2)
print("噪声方差为 1：测试 MSE 的下限约为 1")
print("              ───────── Lasso（L1）─────────   ───────── Ridge（L2）─────────")
print("     λ      非零权重  训练 MSE  测试 MSE      最小 |w_j|  训练 MSE  测试 MSE")
for lam in (0.0, 0.01, 0.03, 0.1, 0.3, 1.0):
    wl, wr = lasso(lam), ridge(lam)
    print(f"  {lam:5.2f}    {np.sum(wl != 0):6d}   {mse(X, y, wl):8.3f}  {mse(X_test, y_test, wl):8.3f}"
          f"      {np.abs(wr).min():9.4f}  {mse(X, y, wr):8.3f}  {mse(X_test, y_test, wr):8.3f}")
w_best = lasso(0.1)
print(f"λ = 0.1 时 Lasso 保留的特征：{np.flatnonzero(w_best) + 1}（真正有用的是 1, 2, 3）")
