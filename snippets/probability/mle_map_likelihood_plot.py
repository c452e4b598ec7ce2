# 抛 10 次硬币 7 次正面：似然、对数似然与 MLE；乘上 Beta(5, 5) 先验后的后验与 MAP
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import betaln, xlogy

from mlvault.plotting import show

k, n, a, b = 7, 10, 5, 5
p = np.linspace(0.001, 0.999, 500)
log_lik = xlogy(k, p) + xlogy(n - k, 1 - p)  # ℓ(p) = k log p + (n−k) log(1−p)
p_mle, p_map = k / n, (k + a - 1) / (n + a + b - 2)


def beta_pdf(x, alpha, beta):
    return np.exp(xlogy(alpha - 1, x) + xlogy(beta - 1, 1 - x) - betaln(alpha, beta))


fig, axes = plt.subplots(1, 3, figsize=(10, 3.3))
axes[0].plot(p, np.exp(log_lik), color="C0")
axes[0].set(title=r"似然 $L(p)=p^7(1-p)^3$", xlabel="p", ylabel="L(p)")
axes[1].plot(p, log_lik, color="C0")
axes[1].set(title="对数似然 ℓ(p)：最大值点不变", xlabel="p", ylabel="ℓ(p)", ylim=(-20, 0))
for ax in axes[:2]:
    ax.axvline(p_mle, color="C3", ls="--", lw=1, label=f"MLE = {p_mle}")
    ax.legend(fontsize=9, loc="upper left")

ax = axes[2]
ax.plot(p, beta_pdf(p, a, b), color="C2", ls=":", lw=2, label=f"先验 Beta({a}, {b})")
ax.plot(p, beta_pdf(p, k + 1, n - k + 1), color="C0", label="似然（归一化）")
ax.plot(p, beta_pdf(p, k + a, n - k + b), color="C1", lw=2, label=f"后验 Beta({k + a}, {n - k + b})")
ax.axvline(p_mle, color="C3", ls="--", lw=1, label=f"MLE = {p_mle}")
ax.axvline(p_map, color="C1", ls="-.", lw=1, label=f"MAP = 11/18 ≈ {p_map:.3f}")
ax.set(title="后验 ∝ 似然 × 先验", xlabel="p", ylabel="密度", ylim=(0, 6.2))
ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
show(fig)
