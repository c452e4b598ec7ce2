# 按公式用 numpy 手写一步 EM（二维、三个分量），与 mlvault 的 GaussianMixture(max_iter=1) 从同一初值出发对照
import numpy as np
from scipy.special import logsumexp

from mlvault.density import GaussianMixture
from mlvault.probability import multivariate_gaussian_logpdf

rng = np.random.default_rng(1)
true_means = np.array([[-2.0, 0.0], [2.0, 1.0], [0.0, 4.0]])
X = np.vstack([rng.multivariate_normal(m, 0.6 * np.eye(2), size=100) for m in true_means])
N, K = len(X), 3
start = dict(weights_init=np.full(K, 1 / K), means_init=X[rng.choice(N, K, replace=False)],
             precisions_init=np.repeat(np.eye(2)[None], K, axis=0))
pi, mu, Sigma = start["weights_init"], start["means_init"], np.linalg.inv(start["precisions_init"])

# E 步：γ_ik = π_k N(x_i|μ_k,Σ_k) / Σ_j π_j N(x_i|μ_j,Σ_j)（在对数空间里归一化）
log_weighted = np.column_stack([np.log(pi[k]) + multivariate_gaussian_logpdf(X, mu[k], Sigma[k]) for k in range(K)])
gamma = np.exp(log_weighted - logsumexp(log_weighted, axis=1, keepdims=True))
# M 步：N_k = Σ_i γ_ik，π_k = N_k/N，μ_k = Σ_i γ_ik x_i / N_k，Σ_k = Σ_i γ_ik (x_i−μ_k)(x_i−μ_k)ᵀ / N_k
Nk = gamma.sum(axis=0)
pi_new, mu_new = Nk / N, gamma.T @ X / Nk[:, None]
Sigma_new = np.stack([(gamma[:, k, None] * (X - mu_new[k])).T @ (X - mu_new[k]) / Nk[k] for k in range(K)])

one_step = GaussianMixture(K, max_iter=1, tol=0.0, reg_covar=0.0, **start).fit(X)
print("手写一步后 π:", np.round(pi_new, 4), "  库:", np.round(one_step.weights_, 4))
print("手写一步后 μ:", np.round(mu_new, 4).tolist())
print("库        μ:", np.round(one_step.means_, 4).tolist())
print(f"Σ 的最大差 = {np.abs(Sigma_new - one_step.covariances_).max():.1e}")
