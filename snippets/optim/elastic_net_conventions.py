# 弹性网络的两种写法（CV-05）：000 的 αλ‖w‖₁ + (1−α)λ‖w‖₂² 与 scikit-learn 的 aρ‖w‖₁ + ½a(1−ρ)‖w‖₂²，同样的数值给出不同的解
import numpy as np
from scipy import optimize

rng = np.random.default_rng(0)
n, p = 60, 10
X = rng.normal(size=(n, p))
w_true = np.zeros(p)
w_true[:2] = [3.0, -2.0]
y = X @ w_true + 0.5 * rng.normal(size=n)


def elastic_net(l1, l2):
    """min (1/2n)‖y − Xw‖² + l1‖w‖₁ + l2‖w‖₂²：w = u − v（u, v ≥ 0）把 ‖w‖₁ 变成光滑的 Σ(u + v)。"""
    def objective(uv):
        u, v = np.split(uv, 2)
        w = u - v
        r = X @ w - y
        g = X.T @ r / n + 2 * l2 * w
        return r @ r / (2 * n) + l1 * uv.sum() + l2 * w @ w, np.r_[g + l1, -g + l1]
    res = optimize.minimize(objective, np.zeros(2 * p), jac=True, method="L-BFGS-B",
                            bounds=[(0, None)] * (2 * p), options={"ftol": 1e-15, "gtol": 1e-12})
    return np.subtract(*np.split(res.x, 2))


lam, alpha = 0.5, 0.7
seed_form = elastic_net(alpha * lam, (1 - alpha) * lam)            # 000：L2 系数 (1−α)λ
sklearn_form = elastic_net(alpha * lam, 0.5 * (1 - alpha) * lam)   # sklearn：L2 系数 ½a(1−ρ)，a = λ，ρ = α
print(f"λ = {lam}, α = {alpha}（sklearn 的 a = {lam}, ρ = {alpha}）")
print(f"  000 的写法                 w[:3] = {np.round(seed_form[:3], 4)}")
print(f"  sklearn 的写法（L2 项带 ½）  w[:3] = {np.round(sklearn_form[:3], 4)}")
# 换算：要 aρ = αλ 且 ½a(1−ρ) = (1−α)λ，得 a = αλ + 2(1−α)λ，ρ = αλ / a
a_new = alpha * lam + 2 * (1 - alpha) * lam
rho_new = alpha * lam / a_new
converted = elastic_net(a_new * rho_new, 0.5 * a_new * (1 - rho_new))
print(f"  换算后的 sklearn 参数 a = {a_new:.2f}, ρ = {rho_new:.4f}：w[:3] = {np.round(converted[:3], 4)}")
