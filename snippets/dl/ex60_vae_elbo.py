# EX-60：线性高斯潜变量模型的 ELBO——它是 log p(x) 的下界，差距恰为 KL(q‖p(z|x))，q 取真后验时取等号
import numpy as np
from scipy.stats import multivariate_normal

from mlvault.nn.regularization import gaussian_kl

# KL(N(μ, σ²) ‖ N(0, 1)) 的闭式与蒙特卡洛估计 E_q[log q(z) − log p(z)] 对照
mu, logvar = np.array([0.5, -1.0, 2.0]), np.array([0.0, -0.7, 0.4])
z = mu + np.exp(0.5 * logvar) * np.random.default_rng(1).standard_normal((50_000, 3))
log_q = -0.5 * (np.log(2 * np.pi) + logvar + (z - mu) ** 2 / np.exp(logvar))
log_p = -0.5 * (np.log(2 * np.pi) + z**2)
mc = (log_q - log_p).sum(axis=1)
print(f"KL(q‖N(0,I))  闭式 ½Σ(μ²+σ²−1−logσ²) = {gaussian_kl(mu, logvar):.4f}，"
      f"蒙特卡洛 = {mc.mean():.4f} ± {mc.std() / np.sqrt(len(mc)):.4f}")

# 模型：z ~ N(0, 1)，x | z ~ N(w z + b, s² I)  ⇒  p(x) = N(b, w wᵀ + s² I)，真后验 p(z|x) 也是高斯
w, b, s = np.array([2.0, -1.0]), np.array([0.5, 0.0]), 0.5
x = np.array([2.0, -1.5])
log_px = multivariate_normal(b, np.outer(w, w) + s**2 * np.eye(2)).logpdf(x)
post_var = 1.0 / (1.0 + w @ w / s**2)
post_mean = post_var * w @ (x - b) / s**2
lik = multivariate_normal(np.zeros(2), s**2 * np.eye(2))
eps = np.random.default_rng(0).standard_normal(20_000)


def elbo(m, v):
    """q = N(m, v) 的 ELBO：蒙特卡洛（z = m + √v ε）与精确值（E‖x−b−wz‖² 是 z 的二次式）。"""
    z = m + np.sqrt(v) * eps  # 重参数化 z = μ + σ ε
    log_lik = lik.logpdf(x - (z[:, None] * w + b))
    exact_recon = -np.log(2 * np.pi * s**2) - ((x - b - w * m) @ (x - b - w * m) + (w @ w) * v) / (2 * s**2)
    kl = gaussian_kl(np.array([m]), np.log(np.array([v])))
    return log_lik.mean() - kl, log_lik.std() / np.sqrt(eps.size), exact_recon - kl


print(f"\n精确 log p(x) = {log_px:.4f}（scipy multivariate_normal）")
print(f"{'q(z|x)':<20} {'ELBO（蒙特卡洛 ± 标准误）':>24} {'ELBO（精确）':>10} {'差距':>8} {'KL(q‖p(z|x))':>13}")
candidates = [("先验 N(0, 1)", 0.0, 1.0), ("均值对、方差错", post_mean, 1.0), ("真后验 N(m*, v*)", post_mean, post_var)]
for name, m, v in candidates:
    mc, se, exact = elbo(m, v)
    kl_post = 0.5 * (np.log(post_var / v) + (v + (m - post_mean) ** 2) / post_var - 1)
    print(f"{name:<16} {mc:14.4f} ± {se:.4f} {exact:14.4f} {log_px - exact:8.4f} {kl_post:13.4f}")
    assert exact <= log_px + 1e-12 and abs(mc - exact) < 5 * se + 1e-9
    assert np.isclose(log_px - exact, kl_post)  # log p(x) − ELBO = KL(q ‖ p(z|x))
