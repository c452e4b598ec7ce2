# EX-23 KL 散度：002 的例子、非对称性、含 0 的分布、高斯分布的闭式解
import numpy as np
import torch
from scipy import special, stats

from mlvault.information import kl_divergence

P = np.array([0.7, 0.3])
Q = np.array([0.5, 0.5])
kl_pq, kl_qp = kl_divergence(P, Q), kl_divergence(Q, P)
assert np.isclose(kl_pq, stats.entropy(P, Q)) and np.isclose(kl_pq, special.rel_entr(P, Q).sum())
assert np.isclose(kl_qp, stats.entropy(Q, P))
kl_bits = kl_divergence(P, Q, base=2)
print(f"D_KL(P‖Q) = {kl_pq:.10f} nats = {kl_bits:.10f} bits   (scipy: {stats.entropy(P, Q):.10f})")
print(f"D_KL(Q‖P) = {kl_qp:.10f} nats   → 交换两个分布，结果不同：KL 不是距离")
# 原文打印的 0.08228287850505156 与此处只差浮点舍入：比较要用 np.isclose，不能用 ==（CV-10）
print(f"与原文输出一致（isclose）：{np.isclose(kl_pq, 0.08228287850505156)}")

# P 含 0：原文写法 np.sum(P * np.log(P / Q)) 得到 nan；约定 0·log 0 = 0 时结果有限（CV-11）
P0 = np.array([0.5, 0.5, 0.0])
Q0 = np.array([0.25, 0.25, 0.5])
with np.errstate(divide="ignore", invalid="ignore"):
    naive = np.sum(P0 * np.log(P0 / Q0))
print(f"P = {P0}, Q = {Q0}: 原文写法 → {naive}，kl_divergence → {kl_divergence(P0, Q0):.6f} (= ln 2)")
print(f"反过来 Q 在 P = 0 处有概率：D_KL(Q‖P) = {kl_divergence(Q0, P0)}（Q 认为可能、P 认为不可能 → 无穷大）")

# 连续分布：两个一维高斯的闭式解 vs torch.distributions
mu1, s1, mu2, s2 = 0.0, 1.0, 1.0, 2.0
closed = np.log(s2 / s1) + (s1**2 + (mu1 - mu2) ** 2) / (2 * s2**2) - 0.5
f64 = torch.float64
p_t = torch.distributions.Normal(torch.tensor(mu1, dtype=f64), torch.tensor(s1, dtype=f64))
q_t = torch.distributions.Normal(torch.tensor(mu2, dtype=f64), torch.tensor(s2, dtype=f64))
reference = torch.distributions.kl_divergence(p_t, q_t).item()
assert np.isclose(closed, reference)
print(f"KL(N(0,1)‖N(1,2²)) 闭式解 = {closed:.6f}，torch.distributions = {reference:.6f}")

# VAE 里的那一项：KL(N(μ, σ²) ‖ N(0, 1)) = ½(μ² + σ² − 1 − ln σ²)
mu, sigma = np.array([0.5, -1.0]), np.array([0.8, 1.5])
vae_kl = 0.5 * np.sum(mu**2 + sigma**2 - 1 - np.log(sigma**2))
torch_kl = torch.distributions.kl_divergence(
    torch.distributions.Normal(torch.from_numpy(mu), torch.from_numpy(sigma)),
    torch.distributions.Normal(torch.zeros(2, dtype=f64), torch.ones(2, dtype=f64)),
).sum().item()
assert np.isclose(vae_kl, torch_kl)
print(f"VAE 的 KL 项（2 维潜变量）= {vae_kl:.6f}，torch = {torch_kl:.6f}")
