# EX-20 高斯混合与 EM（一维，numpy 手写）：下界 ELBO 的夹逼链说明似然不降；不同初值落到不同局部最优；σ → 0 时似然无界
import numpy as np
from scipy.special import logsumexp

rng = np.random.default_rng(0)


def log_gauss(x, mu, sigma):
    """log N(x | μ, σ²)，直接在对数空间算，σ 极小也不会下溢。"""
    return -0.5 * ((x - mu) / sigma) ** 2 - np.log(sigma) - 0.5 * np.log(2 * np.pi)


def log_joint(x, theta):
    pi, mu, sigma = theta
    return np.log(pi) + log_gauss(x[:, None], mu, sigma)  # log[π_k N(x_i | μ_k, σ_k²)]，形状 (N, K)


def loglik(x, theta):
    return logsumexp(log_joint(x, theta), axis=1).sum()  # ℓ(θ) = Σ_i log Σ_k π_k N(x_i | μ_k, σ_k²)


def e_step(x, theta):
    lj = log_joint(x, theta)
    return np.exp(lj - logsumexp(lj, axis=1, keepdims=True))  # γ_ik：每行归一化（对分量求和为 1）


def m_step(x, q):
    nk = q.sum(axis=0)
    mu = q.T @ x / nk
    return nk / len(x), mu, np.sqrt((q * (x[:, None] - mu) ** 2).sum(axis=0) / nk)


def elbo(x, q, theta):
    return np.sum(q * (log_joint(x, theta) - np.log(q)))  # L(q, θ) = Σ_i Σ_k q_ik log(π_k N_ik / q_ik)


# 1) 夹逼链 ℓ(θ_t) = L(q_t, θ_t) ≤ L(q_t, θ_t+1) ≤ ℓ(θ_t+1)
x = np.concatenate([rng.normal(-2.0, 0.7, 120), rng.normal(1.5, 1.0, 180)])
theta = (np.array([0.5, 0.5]), np.array([0.0, 1.0]), np.array([1.5, 1.5]))
print("  t     ℓ(θ_t)     L(q_t, θ_t)   L(q_t, θ_t+1)   ℓ(θ_t+1)")
for t in range(5):
    q = e_step(x, theta)
    new = m_step(x, q)
    print(f"  {t}   {loglik(x, theta):10.4f}   {elbo(x, q, theta):10.4f}   {elbo(x, q, new):12.4f}   {loglik(x, new):10.4f}")
    theta = new
for _ in range(200):
    theta = m_step(x, e_step(x, theta))
print(f"200 轮后：ℓ = {loglik(x, theta):.4f}，μ = {np.round(theta[1], 3)}，σ = {np.round(theta[2], 3)}，π = {np.round(theta[0], 3)}")
best = loglik(x, theta)

# 2) 局部最优：四个簇（中心 −6, −2, 2, 6），K = 4，初始均值取 4 个随机样本点
x4 = np.concatenate([rng.normal(c, 0.7, 75) for c in (-6.0, -2.0, 2.0, 6.0)])
print("种子   初始均值                      150 轮后的均值                 平均对数似然")
for seed in range(8):
    mu0 = np.sort(np.random.default_rng(seed).choice(x4, 4, replace=False))
    th = (np.full(4, 0.25), mu0, np.ones(4))
    for _ in range(150):
        th = m_step(x4, e_step(x4, th))
    print(f"  {seed}   {np.array2string(mu0, precision=1):28s}  {np.array2string(np.sort(th[1]), precision=2):28s}  {loglik(x4, th) / len(x4):.4f}")

# 3) 退化：把一个分量的均值放在样本 x₀ 上，让它的 σ → 0。x₀ 的密度 → ∞，总对数似然也无界
print(f"σ₂         总对数似然（对照：EM 收敛到的 ℓ = {best:.4f}）")
for sigma2 in (1.0, 1e-4, 1e-50, 1e-100, 1e-150):
    degenerate = (np.array([0.5, 0.5]), np.array([x.mean(), x[0]]), np.array([x.std(), sigma2]))
    print(f"{sigma2:8.0e}   {loglik(x, degenerate):10.4f}")
