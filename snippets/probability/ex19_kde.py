# EX-19 核密度估计：按公式手算 vs mlvault.density.KernelDensity vs scipy.stats.gaussian_kde；核函数积分为 1
import numpy as np
from scipy import integrate, stats

from mlvault.density import KernelDensity

rng = np.random.default_rng(0)
data = np.concatenate([rng.normal(-2, 0.6, 150), rng.normal(1.5, 1.0, 250)])  # 双峰样本
h = 0.4
queries = np.array([-3.0, -2.0, 0.0, 1.5, 4.0])


def gaussian_kernel(u):
    return np.exp(-0.5 * u**2) / np.sqrt(2 * np.pi)


def epanechnikov_kernel(u):
    return np.where(np.abs(u) <= 1, 0.75 * (1 - u**2), 0.0)  # |u| > 1 时为 0


# f̂(x) = 1/(n h) Σ K((x - x_i)/h)：每个查询点对所有样本求和（广播成 5 × 400 的矩阵）
u = (queries[:, None] - data[None, :]) / h
by_hand = gaussian_kernel(u).sum(axis=1) / (len(data) * h)
ours = np.exp(KernelDensity(bandwidth=h).fit(data).score_samples(queries))
# scipy 的带宽是「因子 × 样本标准差」，所以因子 = h / std
ref = stats.gaussian_kde(data, bw_method=h / data.std(ddof=1))(queries)
print("查询点            :", queries)
print("手算 f̂(x)         :", np.round(by_hand, 5))
print("mlvault           :", np.round(ours, 5))
print("scipy gaussian_kde:", np.round(ref, 5))
assert np.allclose(by_hand, ours, rtol=1e-10) and np.allclose(ours, ref, rtol=1e-10)

epa_by_hand = epanechnikov_kernel(u).sum(axis=1) / (len(data) * h)
epa = np.exp(KernelDensity(bandwidth=h, kernel="epanechnikov").fit(data).score_samples(queries))
print("Epanechnikov 手算 :", np.round(epa_by_hand, 5))
print("Epanechnikov mlvault:", np.round(epa, 5))
assert np.allclose(epa_by_hand, epa, rtol=1e-10)

# 核函数本身是概率密度：积分为 1；估计出的 f̂ 也积分为 1
for name, K, lim in [("高斯核", gaussian_kernel, np.inf), ("Epanechnikov 核", epanechnikov_kernel, 1)]:
    total, _ = integrate.quad(K, -lim, lim)
    print(f"∫ {name} du = {total:.10f}")
    assert np.isclose(total, 1.0)
grid = np.linspace(-8, 8, 4001)
area = np.trapezoid(np.exp(KernelDensity(bandwidth=h).fit(data).score_samples(grid)), grid)
print(f"∫ f̂(x) dx ≈ {area:.6f}")
