# 泊松是「次数多、每次概率小」的二项分布的极限：Bin(n, 3/n) 与 Pois(3) 的最大概率差随 n 怎样缩小？
import numpy as np
from scipy.special import gammaln, xlogy

from mlvault.probability import poisson_pmf


def binom_pmf(k, n, p):
    """C(n, k) p^k (1−p)^(n−k)，在对数空间计算；k > n 时概率为 0。"""
    log_pmf = gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) + xlogy(k, p) + xlogy(n - k, 1 - p)
    return np.where(k <= n, np.exp(log_pmf), 0.0)


lam = 3.0
k = np.arange(0, 60.0)
previous = None
for n in (10, 20, 40, 80, 160, 320):
    gap = np.max(np.abs(binom_pmf(k, n, lam / n) - poisson_pmf(k, lam)))
    ratio = "" if previous is None else f"，是 n = {n // 2} 时的 {gap / previous:.3f} 倍"
    print(f"n = {n:3d}：max_k |Bin(n, λ/n) − Pois(λ)| = {gap:.5f}{ratio}")
    previous = gap
