# EX-30 正则化：L1（Lasso）给出精确的 0，L2（Ridge）只把权重缩小；岭回归闭式解；弹性网络的两种写法
import numpy as np
from scipy import optimize

def fmt(w):
    """固定 3 位小数打印向量（+ 0.0 把 -0.0 显示成 0.000）。"""
    return np.array2string(w + 0.0, precision=3, floatmode="fixed", suppress_small=True)


rng = np.random.default_rng(0)
n, p = 60, 10
X = rng.normal(size=(n, p))
w_true = np.zeros(p)
w_true[:2] = [3.0, -2.0]                      # 只有前 2 个特征真正有用
y = X @ w_true + 0.5 * rng.normal(size=n)


def soft_threshold(z, t):
    """L1 的近端算子：向 0 收缩 t，落进 [-t, t] 的直接变成 0。"""
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


def lasso_ista(X, y, a, n_iter=5000):
    """min (1/2n)‖y − Xw‖² + a‖w‖₁：梯度步 + 软阈值（近端梯度法 ISTA）。"""
    lr = len(y) / np.linalg.eigvalsh(X.T @ X).max()   # 1/L，L 是光滑部分梯度的 Lipschitz 常数
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        w = soft_threshold(w - lr * X.T @ (X @ w - y) / len(y), lr * a)
    return w


def lasso_scipy(X, y, a):
    """参照解：w = u − v, u, v ≥ 0，把 ‖w‖₁ 变成光滑的 Σ(u + v)，交给 L-BFGS-B。"""
    def objective(uv):
        u, v = np.split(uv, 2)
        r = X @ (u - v) - y
        g = X.T @ r / len(y)
        return r @ r / (2 * len(y)) + a * uv.sum(), np.r_[g + a, -g + a]
    res = optimize.minimize(objective, np.zeros(2 * X.shape[1]), jac=True, method="L-BFGS-B",
                            bounds=[(0, None)] * (2 * X.shape[1]), options={"ftol": 1e-15, "gtol": 1e-12})
    u, v = np.split(res.x, 2)
    return u - v


a = 0.3
w_lasso = lasso_ista(X, y, a)
assert np.allclose(w_lasso, lasso_scipy(X, y, a), atol=1e-5)
print(f"Lasso (a = {a}):  w = {fmt(w_lasso)}")
print(f"  精确为 0 的权重：{np.sum(w_lasso == 0)} / {p}（与 scipy L-BFGS-B 参照解一致）")

lam = 0.3 * n                                   # 与 Lasso 量级相当的 L2 惩罚
w_ridge = np.linalg.solve(X.T @ X + lam * np.eye(p), X.T @ y)   # (XᵀX + λI)⁻¹Xᵀy
augmented = np.linalg.lstsq(np.vstack([X, np.sqrt(lam) * np.eye(p)]), np.r_[y, np.zeros(p)], rcond=None)[0]
assert np.allclose(w_ridge, augmented)
print(f"Ridge (λ = {lam:.0f}): w = {fmt(w_ridge)}")
print(f"  精确为 0 的权重：{np.sum(w_ridge == 0)} / {p}；最小的 |w| = {np.abs(w_ridge).min():.4f}（被缩小，但不为 0）")
w_ols = np.linalg.lstsq(X, y, rcond=None)[0]
print(f"对照：无正则 ‖w‖₂ = {np.linalg.norm(w_ols):.4f}，Ridge ‖w‖₂ = {np.linalg.norm(w_ridge):.4f}")

# 弹性网络：000 写 αλ‖w‖₁ + (1−α)λ‖w‖₂²；scikit-learn 的 L2 项多一个 ½（CV-05）
def elastic_net(X, y, l1, l2):
    """min (1/2n)‖y − Xw‖² + l1‖w‖₁ + l2‖w‖₂²，用同样的 u − v 拆分。"""
    def objective(uv):
        u, v = np.split(uv, 2)
        w = u - v
        r = X @ w - y
        g = X.T @ r / len(y) + 2 * l2 * w
        return r @ r / (2 * len(y)) + l1 * uv.sum() + l2 * w @ w, np.r_[g + l1, -g + l1]
    res = optimize.minimize(objective, np.zeros(2 * X.shape[1]), jac=True, method="L-BFGS-B",
                            bounds=[(0, None)] * (2 * X.shape[1]), options={"ftol": 1e-15, "gtol": 1e-12})
    return np.subtract(*np.split(res.x, 2))


lam_en, alpha_en = 0.5, 0.7
seed_form = elastic_net(X, y, alpha_en * lam_en, (1 - alpha_en) * lam_en)
sklearn_form = elastic_net(X, y, alpha_en * lam_en, 0.5 * (1 - alpha_en) * lam_en)
print(f"弹性网络 λ = {lam_en}, α = {alpha_en}：")
print(f"  000 的写法          w[:3] = {fmt(seed_form[:3])}")
print(f"  sklearn 的写法（½） w[:3] = {fmt(sklearn_form[:3])}  ← 同样的 (λ, α)，解不同")
