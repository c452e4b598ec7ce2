# EX-20 高斯混合模型与 EM：手写一步 EM = mlvault GaussianMixture(max_iter=1)；对数似然单调不减
import numpy as np
from scipy import stats
from scipy.special import logsumexp

from mlvault.density import GaussianMixture

rng = np.random.default_rng(1)
true_means = np.array([[-2.0, 0.0], [2.0, 1.0], [0.0, 4.0]])
X = np.vstack([rng.multivariate_normal(m, 0.6 * np.eye(2), size=100) for m in true_means])
N, K = len(X), 3

# 同一个初始点：等权重、随机挑 3 个样本当均值、单位协方差
start = dict(
    weights_init=np.full(K, 1 / K),
    means_init=X[rng.choice(N, K, replace=False)],
    precisions_init=np.repeat(np.eye(2)[None], K, axis=0),
)
pi, mu, Sigma = start["weights_init"], start["means_init"], np.linalg.inv(start["precisions_init"])

# E 步：γ_ik = π_k N(x_i|μ_k,Σ_k) / Σ_j π_j N(x_i|μ_j,Σ_j)（在对数空间里归一化）
log_weighted = np.column_stack([np.log(pi[k]) + stats.multivariate_normal(mu[k], Sigma[k]).logpdf(X) for k in range(K)])
gamma = np.exp(log_weighted - logsumexp(log_weighted, axis=1, keepdims=True))
# M 步：N_k = Σ_i γ_ik，π_k = N_k/N，μ_k = Σ_i γ_ik x_i / N_k，Σ_k = Σ_i γ_ik (x_i-μ_k)(x_i-μ_k)ᵀ / N_k
Nk = gamma.sum(axis=0)
pi_new = Nk / N
mu_new = gamma.T @ X / Nk[:, None]
Sigma_new = np.stack([(gamma[:, k, None] * (X - mu_new[k])).T @ (X - mu_new[k]) / Nk[k] for k in range(K)])

one_step = GaussianMixture(K, max_iter=1, tol=0.0, reg_covar=0.0, **start).fit(X)
print("手写一步后 π:", np.round(pi_new, 4), " mlvault:", np.round(one_step.weights_, 4))
print("手写一步后 μ:", np.round(mu_new, 4).tolist())
print("mlvault    μ:", np.round(one_step.means_, 4).tolist())
assert np.allclose(pi_new, one_step.weights_) and np.allclose(mu_new, one_step.means_)
assert np.allclose(Sigma_new, one_step.covariances_)

# 运行到收敛：每次迭代的平均对数似然（E 步时的值）从不下降
gmm = GaussianMixture(K, max_iter=200, tol=1e-8, **start).fit(X)
print(f"迭代 {gmm.n_iter_} 次，收敛：{gmm.converged_}")
print("平均对数似然（前 6 次）:", np.round(gmm.lower_bounds_[:6], 4))
print(f"最后：{gmm.lower_bounds_[-1]:.6f}；相邻差的最小值 = {np.diff(gmm.lower_bounds_).min():.2e}（≥ 0）")
assert np.all(np.diff(gmm.lower_bounds_) >= -1e-12)

# EM 只保证收敛到局部最优：换成 k-means++ 初始化再跑一次，比较最终的平均对数似然
best = GaussianMixture(K, max_iter=200, tol=1e-8, random_state=0).fit(X)
print(f"同一数据，k-means++ 初始化：迭代 {best.n_iter_} 次，最终平均对数似然 {best.lower_bound_:.6f}")
order = np.argsort(best.means_[:, 0])  # 分量的编号是任意的：按 x 坐标排序后再和真值比较
print("估计的均值:", np.round(best.means_[order], 3).tolist())
print("真实的均值:", true_means.tolist())
print("估计的权重:", np.round(best.weights_[order], 3))
# 软聚类：每个点属于各分量的概率（责任）之和为 1；两簇之间的点责任是分开的
between = np.array([[0.0, 0.5], [1.0, 2.5]])
print("两个中间点的责任 γ:", np.round(best.predict_proba(between)[:, order], 3).tolist())
