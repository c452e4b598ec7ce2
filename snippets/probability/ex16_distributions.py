# EX-16 常见概率分布：手写的 pmf/pdf 与 scipy.stats 逐点对照
import numpy as np
from scipy import stats

from mlvault.probability import (
    bernoulli_pmf,
    dirichlet_pdf,
    gaussian_pdf,
    multivariate_gaussian_pdf,
    poisson_pmf,
)

rng = np.random.default_rng(0)
checks = {}

x01 = np.array([0, 1])
checks["伯努利 p=0.3, x∈{0,1}"] = (bernoulli_pmf(x01, 0.3), stats.bernoulli.pmf(x01, 0.3))

x = np.linspace(-3, 5, 9)
checks["高斯 N(1, 1.5²)"] = (gaussian_pdf(x, 1.0, 1.5), stats.norm.pdf(x, 1.0, 1.5))

mean, cov = np.array([0.0, 1.0]), np.array([[2.0, 0.6], [0.6, 1.0]])
X = rng.standard_normal((5, 2))
checks["二维高斯 N(μ, Σ)"] = (multivariate_gaussian_pdf(X, mean, cov), stats.multivariate_normal(mean, cov).pdf(X))

k = np.arange(4)
checks["泊松 λ=2.5, k=0..3"] = (poisson_pmf(k, 2.5), stats.poisson.pmf(k, 2.5))

alpha = np.array([2.0, 3.0, 4.0])
theta = rng.dirichlet(alpha, size=4)
checks["狄利克雷 Dir(2,3,4)"] = (dirichlet_pdf(theta, alpha), stats.dirichlet.pdf(theta.T, alpha))

for name, (ours, ref) in checks.items():
    print(f"{name}：mlvault 前几项 {np.array2string(ours[:4], precision=4)}，与 scipy 最大偏差 {np.max(np.abs(ours - ref)):.1e}")
    assert np.allclose(ours, ref, rtol=1e-10, atol=0)

# 泊松公式的指数是 -λ（ER-04）：λ = 2.5, k = 2 时 λ^k e^{-λ} / k!
print(f"泊松 P(k=2) = 2.5² · e^(-2.5) / 2! = {2.5**2 * np.exp(-2.5) / 2:.6f}")
# 分布的和/积分都是 1
print(f"Σ_k 泊松(k; 2.5) = {poisson_pmf(np.arange(100), 2.5).sum():.12f}")
grid = np.linspace(-15, 17, 20001)
print(f"∫ N(x; 1, 1.5²) dx ≈ {np.trapezoid(gaussian_pdf(grid, 1.0, 1.5), grid):.12f}")
