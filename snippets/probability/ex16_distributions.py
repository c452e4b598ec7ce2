# EX-16 常见概率分布：抽样的均值方差与公式对照；泊松公式的指数是 −λ（ER-04）；密度可以大于 1；高维密度要在对数空间算
import numpy as np

from mlvault.probability import (
    gaussian_pdf,
    multivariate_gaussian_logpdf,
    multivariate_gaussian_pdf,
    poisson_pmf,
)

rng = np.random.default_rng(0)
n = 200_000
# (名称, 样本, 公式均值, 公式方差)
cases = [
    ("伯努利 p=0.3", rng.random(n) < 0.3, 0.3, 0.3 * 0.7),
    ("二项 n=20, p=0.3", rng.binomial(20, 0.3, n), 20 * 0.3, 20 * 0.3 * 0.7),
    ("泊松 λ=2.5", rng.poisson(2.5, n), 2.5, 2.5),
    ("高斯 μ=1, σ=1.5", rng.normal(1.0, 1.5, n), 1.0, 1.5**2),
]
print("分布                 样本均值   公式均值   样本方差   公式方差")
for name, x, mean, var in cases:
    print(f"{name:<18} {x.mean():9.4f} {mean:10.4f} {x.var():10.4f} {var:10.4f}")

# 泊松 pmf 的指数是 −λ：λ = 2.5, k = 2；把原文的 e^{-l} 读成别的数就不再是概率分布
k = np.arange(200)
print(f"泊松 P(k=2) = 2.5²·e^(−2.5)/2! = {2.5**2 * np.exp(-2.5) / 2:.6f}，Σ_k P(k) = {poisson_pmf(k, 2.5).sum():.6f}")

# 密度不是概率：σ 小时峰值远大于 1，但面积仍是 1
grid = np.linspace(-1, 1, 20001)
for sigma in (1.0, 0.1, 0.01):
    area = np.trapezoid(gaussian_pdf(grid, 0.0, sigma), grid)
    print(f"N(0, {sigma}²)：峰值密度 = {gaussian_pdf(0.0, 0.0, sigma):8.4f}，[−1, 1] 上的面积 = {area:.4f}")

# 高维：d 维标准正态在原点的密度是 (2π)^(−d/2)，d 大时下溢成 0，对数密度却是普通的数
for d in (10, 100, 1000):
    zero = np.zeros((1, d))
    pdf = multivariate_gaussian_pdf(zero, np.zeros(d), np.eye(d))[0]
    logpdf = multivariate_gaussian_logpdf(zero, np.zeros(d), np.eye(d))[0]
    print(f"d = {d:4d}：密度 = {pdf:.3e}，对数密度 = {logpdf:.2f}")
