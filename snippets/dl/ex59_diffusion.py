# EX-59：前向扩散——原文的一步、迭代 50 步与闭式（要用累积乘积 ᾱ_t），以及信号如何随 t 消失
import numpy as np

from mlvault.nn.diffusion import alpha_bar, linear_beta_schedule, q_sample

n = 200_000
rng = np.random.default_rng(0)

# 1) 原文 002 的一步：x_1 = √α x_0 + √(1 − α) ε，x_0 = 1，α = 0.9
x1 = np.sqrt(0.9) * np.ones(n) + np.sqrt(0.1) * rng.standard_normal(n)
print(f"一步（α=0.9）：均值 {x1.mean():.4f}（理论 √0.9 = {np.sqrt(0.9):.4f}），方差 {x1.var():.4f}（理论 0.1）")

# 2) 线性时间表 β = 1e-4 … 0.02（T = 1000）下逐步迭代 50 步，与闭式比较
betas = linear_beta_schedule(1000)
ab = alpha_bar(betas)
x = np.ones(n)
for beta in betas[:50]:
    x = np.sqrt(1 - beta) * x + np.sqrt(beta) * rng.standard_normal(n)
closed = q_sample(np.ones(n), 49, betas, rng.standard_normal(n))  # 下标 49 是第 50 步
print(f"\n逐步迭代 50 步：均值 {x.mean():.4f}，方差 {x.var():.4f}")
print(f"闭式（ᾱ_50）  ：均值 {closed.mean():.4f}，方差 {closed.var():.4f}")
print(f"理论：√ᾱ_50 = {np.sqrt(ab[49]):.4f}，1 − ᾱ_50 = {1 - ab[49]:.4f}")
print(f"原文公式用 α_50：√α_50 = {np.sqrt(1 - betas[49]):.4f}，1 − α_50 = {betas[49]:.4f}")

# 3) 方差保持：数据方差为 1 时，每一步的 x_t 方差都是 ᾱ_t + (1 − ᾱ_t) = 1
x0 = rng.standard_normal(n)
print("\n数据 x_0 ~ N(0, 1) 时各步的方差：",
      "  ".join(f"t={t}: {q_sample(x0, t - 1, betas, rng.standard_normal(n)).var():.3f}" for t in [1, 100, 500, 1000]))

# 4) 信号消失得多快：√ᾱ_t 与信噪比 ᾱ_t/(1 − ᾱ_t)
print(f"\n{'t':>5} {'√ᾱ_t':>8} {'√(1−ᾱ_t)':>9} {'信噪比':>10}")
for t in [1, 10, 100, 250, 500, 1000]:
    a = ab[t - 1]
    print(f"{t:5d} {np.sqrt(a):8.4f} {np.sqrt(1 - a):9.4f} {a / (1 - a):10.2e}")
