# 找错：t-SNE 梯度漏了「y_i 在 (i,j) 与 (j,i) 两项中各出现一次」，系数写成 2 而不是 4；用有限差分揪出来
import numpy as np
from scipy.optimize import approx_fprime

from mlvault.decomposition import joint_probabilities

rng = np.random.default_rng(0)
X = rng.standard_normal((12, 5))
P = joint_probabilities(X, perplexity=4.0)
Y0 = rng.standard_normal((12, 2))


def kl(y):
    Y = y.reshape(-1, 2)
    W = 1 / (1 + ((Y[:, None] - Y[None]) ** 2).sum(axis=2))
    np.fill_diagonal(W, 0)
    Q = W / W.sum()
    mask = P > 0
    return np.sum(P[mask] * np.log(P[mask] / Q[mask]))


def gradient(y, c):
    """c Σ_j (p_ij - q_ij)(y_i - y_j)(1 + ‖y_i - y_j‖²)⁻¹，c 是待查的系数。"""
    Y = y.reshape(-1, 2)
    W = 1 / (1 + ((Y[:, None] - Y[None]) ** 2).sum(axis=2))
    np.fill_diagonal(W, 0)
    M = (P - W / W.sum()) * W
    return (c * (M.sum(axis=1)[:, None] * Y - M @ Y)).ravel()


numeric = approx_fprime(Y0.ravel(), kl, 1e-7)
for c in (2.0, 4.0):
    analytic = gradient(Y0.ravel(), c)
    ratio = numeric @ analytic / (analytic @ analytic)  # 最小二乘意义下 numeric ≈ ratio × analytic
    print(f"系数 {c:.0f}：数值梯度 / 解析梯度 ≈ {ratio:.4f}，最大绝对差 {np.abs(numeric - analytic).max():.2e}")
