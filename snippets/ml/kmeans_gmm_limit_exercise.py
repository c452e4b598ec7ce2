# K 均值是 GMM 的极限：共享球形协方差 σ²I、等权重的软 EM，σ² → 0 时责任变成 0/1，中心收敛到 K 均值的结果
import numpy as np

from mlvault.cluster import KMeans

rng = np.random.default_rng(0)
X = np.vstack([c + rng.standard_normal((30, 2)) for c in [[0.0, 0.0], [3.0, 0.5], [1.0, 3.0]]])
init = X[[0, 30, 60]]
km = KMeans(3, init=init, n_init=1).fit(X)


def soft_em(sigma2, steps=300):
    mu = init.copy()
    for _ in range(steps):
        d2 = ((X[:, None] - mu[None]) ** 2).sum(axis=2)
        logits = -(d2 - d2.min(axis=1, keepdims=True)) / (2 * sigma2)  # 减去每行最小值，防止下溢
        gamma = np.exp(logits)
        gamma /= gamma.sum(axis=1, keepdims=True)                       # E 步：责任 γ_ik
        mu = (gamma.T @ X) / gamma.sum(axis=0)[:, None]                 # M 步：加权均值
    return mu, gamma


for sigma2 in (2.0, 0.5, 0.1, 0.01):
    mu, gamma = soft_em(sigma2)
    hard = np.mean(gamma.max(axis=1) > 0.99)
    print(f"σ² = {sigma2:<5}：中心与 K 均值中心的最大差 {np.abs(mu - km.cluster_centers_).max():.4f}，"
          f"责任 > 0.99 的点占 {hard:.0%}")
