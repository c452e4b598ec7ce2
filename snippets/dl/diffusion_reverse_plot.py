# 反向过程：用「完美」的噪声预测 ε̂(x_t, t) 从纯噪声一步步去噪，采样回到数据分布（8 个小团组成的圆环）
import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn.diffusion import alpha_bar, linear_beta_schedule
from mlvault.plotting import show

rng = np.random.default_rng(0)
T = 1000
betas = linear_beta_schedule(T)
alphas = 1 - betas
ab = alpha_bar(betas)                                    # ab[t-1] = ᾱ_t
means = 1.5 * np.column_stack([np.cos(np.arange(8) * np.pi / 4), np.sin(np.arange(8) * np.pi / 4)])
s2 = 0.08**2  # 数据：8 个等权高斯 N(m_k, s² I)


def eps_hat(x, t):
    """精确的噪声预测 E[ε | x_t] = −√(1−ᾱ_t) ∇log q(x_t)。q(x_t) 是高斯混合，得分可以算出来。"""
    a = ab[t - 1]
    var = a * s2 + 1 - a                                   # 每个分量在 t 时刻的方差
    diff = x[:, None, :] - np.sqrt(a) * means[None]        # (n, 8, 2)
    logw = -0.5 * np.sum(diff**2, axis=2) / var
    r = np.exp(logw - logw.max(axis=1, keepdims=True))
    r /= r.sum(axis=1, keepdims=True)                      # 每个点属于各分量的后验概率
    score = -np.einsum("nk,nkd->nd", r, diff) / var
    return -np.sqrt(1 - a) * score


x = rng.normal(size=(400, 2))                              # x_T ~ N(0, I)
snapshots = {T: x.copy()}
for t in range(T, 0, -1):
    mean = (x - betas[t - 1] / np.sqrt(1 - ab[t - 1]) * eps_hat(x, t)) / np.sqrt(alphas[t - 1])
    if t > 1:
        var_t = (1 - ab[t - 2]) / (1 - ab[t - 1]) * betas[t - 1]  # β̃_t
        x = mean + np.sqrt(var_t) * rng.normal(size=x.shape)
    else:
        x = mean                                           # 最后一步不加噪声
    if t - 1 in (600, 300, 100, 0):
        snapshots[t - 1] = x.copy()

fig, axes = plt.subplots(1, 5, figsize=(9.4, 2.3), sharex=True, sharey=True)
for ax, t in zip(axes, [T, 600, 300, 100, 0]):
    ax.scatter(snapshots[t][:, 0], snapshots[t][:, 1], s=2, alpha=0.5)
    ax.scatter(means[:, 0], means[:, 1], s=12, marker="x", color="C3", lw=0.8)
    ax.set_title(f"t = {t}", fontsize=9)
    ax.set_aspect("equal")
    ax.set_xlim(-3.2, 3.2)
    ax.set_ylim(-3.2, 3.2)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle(r"反向采样 $x_{t-1}=\frac{1}{\sqrt{\alpha_t}}\left(x_t-\frac{\beta_t}{\sqrt{1-\bar\alpha_t}}\hat\varepsilon\right)+\tilde\sigma_t z$"
             "，从 t = 1000 的纯噪声到 t = 0（红叉为 8 个数据团的中心）", fontsize=9)
fig.tight_layout()
show(fig)
