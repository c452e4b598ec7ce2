# EX-59: the forward diffusion process — one step, many steps, and the closed form with ᾱ_t
import numpy as np
import torch

from mlvault.nn.diffusion import alpha_bar, linear_beta_schedule, q_sample

n = 200_000
torch.manual_seed(0)
rng = np.random.default_rng(0)

# the seed's single step: x_t = √α x_0 + √(1 − α) ε with x_0 = 1, α = 0.9
x0 = torch.ones(n, dtype=torch.float64)
x1 = torch.sqrt(torch.tensor(0.9)) * x0 + torch.sqrt(torch.tensor(0.1)) * torch.randn_like(x0)
print(f"一步（α=0.9）：均值 {x1.mean():.4f}（理论 √0.9 = {np.sqrt(0.9):.4f}），方差 {x1.var():.4f}（理论 0.1）")

# 50 steps of the one-step kernel with the linear schedule β = 1e-4 … 0.02 (T = 1000), in torch
betas = linear_beta_schedule(1000)
x = x0.clone()
for beta in torch.tensor(betas[:50]):
    x = torch.sqrt(1 - beta) * x + torch.sqrt(beta) * torch.randn_like(x)
ab = alpha_bar(betas)
assert np.allclose(ab, torch.cumprod(1 - torch.tensor(betas), 0).numpy())
closed = q_sample(np.ones(n), 49, betas, rng.standard_normal(n))  # t = 49 is the 50th step
print(f"\n逐步迭代 50 步（torch）：均值 {x.mean():.4f}，方差 {x.var():.4f}")
print(f"闭式 q_sample（ᾱ_50）    ：均值 {closed.mean():.4f}，方差 {closed.var():.4f}")
print(f"理论：√ᾱ_50 = {np.sqrt(ab[49]):.4f}，1 − ᾱ_50 = {1 - ab[49]:.4f}")
print(f"原文公式用 α_50：√α_50 = {np.sqrt(1 - betas[49]):.4f}，1 − α_50 = {betas[49]:.4f}  ← 差了一个数量级以上")
se = np.sqrt(2 / n) * (1 - ab[49])
assert abs(x.var().item() - (1 - ab[49])) < 5 * se and abs(closed.var() - (1 - ab[49])) < 5 * se

# how fast the signal fades: √ᾱ_t for a few t
for t in [1, 10, 100, 500, 1000]:
    print(f"t = {t:>4}: √ᾱ_t = {np.sqrt(ab[t - 1]):.4f}, √(1 − ᾱ_t) = {np.sqrt(1 - ab[t - 1]):.4f}")
