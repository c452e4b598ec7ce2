# EX-19 核密度估计的偏差与方差：对高斯混合可以精确算出 E f̂ 与 Var f̂，与渐近公式 h²f''/2、f R(K)/(nh) 对照；最优带宽 ∝ n^(−1/5)
import numpy as np

from mlvault.probability import gaussian_pdf

weights, means, sds = np.array([0.375, 0.625]), np.array([-2.0, 1.5]), np.array([0.6, 1.0])
R_K = 1 / (2 * np.sqrt(np.pi))  # 高斯核的 R(K) = ∫K²；二阶矩 μ₂(K) = 1


def mixture(x, extra_var=0.0):
    """Σ π_j N(x; μ_j, s_j² + extra_var)。高斯与高斯核卷积仍是高斯，方差相加。"""
    x, extra_var = np.asarray(x, dtype=float)[..., None], np.asarray(extra_var, dtype=float)[..., None]
    return (weights * gaussian_pdf(x, means, np.sqrt(sds**2 + extra_var))).sum(axis=-1)


def f2(x):
    """真实密度的二阶导数 f''(x)：N'' = N·((x−μ)²/s⁴ − 1/s²)。"""
    x = np.asarray(x, dtype=float)[..., None]
    return (weights * gaussian_pdf(x, means, sds) * ((x - means) ** 2 / sds**4 - 1 / sds**2)).sum(axis=-1)


def exact_bias_var(x, h, n):
    mean = mixture(x, h**2)                                     # E f̂(x) = (K_h * f)(x)
    second = mixture(x, h**2 / 2) / (2 * np.sqrt(np.pi) * h)    # E[K_h(x − X)²]
    return mean - mixture(x), (second - mean**2) / n


n = 160
for x0, where in ((-2.0, "左峰"), (0.0, "谷底")):
    print(f"x = {x0}（{where}）：f = {mixture(x0):.4f}，f'' = {f2(x0):+.4f}，n = {n}")
    print("    h     偏差(精确)  h²f''/2    标准差(精确)  √(f R(K)/(nh))   均方误差")
    for h in (0.05, 0.1, 0.2, 0.4, 0.8):
        bias, var = exact_bias_var(x0, h, n)
        print(f"  {h:4.2f}   {bias:+.5f}   {h**2 / 2 * f2(x0):+.5f}   {np.sqrt(var):.5f}       "
              f"{np.sqrt(mixture(x0) * R_K / (n * h)):.5f}         {bias**2 + var:.6f}")

# 模拟核对精确公式：2000 个样本量 160 的数据集，在 x = −2、h = 0.4 处的 f̂ 的均值与标准差
rng = np.random.default_rng(0)
component = rng.random((2000, n)) < weights[1]
samples = np.where(component, rng.normal(means[1], sds[1], (2000, n)), rng.normal(means[0], sds[0], (2000, n)))
fhat = gaussian_pdf((-2.0 - samples) / 0.4).mean(axis=1) / 0.4
bias, var = exact_bias_var(-2.0, 0.4, n)
print(f"模拟 f̂(−2)：均值 − f = {fhat.mean() - mixture(-2.0):+.5f}，标准差 = {fhat.std():.5f}（精确：{bias:+.5f}，{np.sqrt(var):.5f}）")

# 积分均方误差 MISE(h) = ∫ 偏差² + 方差 dx，在网格上积分，找最优带宽
grid = np.linspace(-7, 7, 1401)
hs = np.geomspace(0.03, 1.5, 400)[:, None]  # 每行一个带宽，与网格广播
previous = None
for n in (100, 1000, 10_000):
    bias, var = exact_bias_var(grid, hs, n)
    mise = np.trapezoid(bias**2 + var, grid, axis=1)
    h_best = hs[np.argmin(mise), 0]
    ratio = "" if previous is None else f"，是上一个的 {h_best / previous:.3f} 倍"
    print(f"n = {n:6d}：使 MISE 最小的 h = {h_best:.3f}{ratio}")
    previous = h_best
print(f"理论比例 10^(−1/5) = {10 ** (-1 / 5):.3f}")
