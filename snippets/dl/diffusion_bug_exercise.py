# 练习：把 β_t 当成标准差写进单步加噪（噪声系数写成 β 而不是 √β），1000 步后 x_T 的分布还是 N(0, 1) 吗？
import numpy as np

from mlvault.nn.diffusion import linear_beta_schedule

rng = np.random.default_rng(0)
betas = linear_beta_schedule(1000)
x0 = 2.0 + 0.5 * rng.standard_normal(20_000)  # 数据：均值 2、标准差 0.5
for name, noise_coef in [("正确：√β_t", np.sqrt(betas)), ("有错：β_t", betas)]:
    x = x0.copy()
    for b, c in zip(betas, noise_coef):
        x = np.sqrt(1 - b) * x + c * rng.standard_normal(x.size)
    print(f"{name:<10} 1000 步后：均值 {x.mean():.4f}，方差 {x.var():.4f}")
