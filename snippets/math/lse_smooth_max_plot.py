# log-sum-exp 是 max 的光滑版本：LSE(t, 0) 夹在 max(t, 0) 与 max(t, 0) + log 2 之间；温度 τ 越小越贴近 max
import matplotlib.pyplot as plt
import numpy as np

from mlvault.calculus import log_sum_exp
from mlvault.plotting import show

t = np.linspace(-5, 5, 201)
Z = np.stack([t, np.zeros_like(t)], axis=1)  # 每行是一对数 (t, 0)

fig, axes = plt.subplots(1, 2, figsize=(10, 4.2))
ax = axes[0]
ax.plot(t, np.maximum(t, 0), color="k", lw=2, label="$\\max(t,0)$")
ax.plot(t, np.maximum(t, 0) + np.log(2), color="gray", lw=1, ls="--", label="$\\max(t,0)+\\log 2$（上界）")
ax.plot(t, log_sum_exp(Z, axis=1), color="C3", lw=2, label="$\\mathrm{LSE}(t,0)=\\log(e^t+e^0)$")
ax.set_xlabel("$t$")
ax.set_title("LSE 夹在 max 与 max + log n 之间（n = 2）")
ax.legend(fontsize=8, loc="upper left")

ax = axes[1]
ax.plot(t, np.maximum(t, 0), color="k", lw=2, label="$\\max(t,0)$")
for tau, color in [(2.0, "C0"), (1.0, "C3"), (0.3, "C2")]:
    ax.plot(t, tau * log_sum_exp(Z / tau, axis=1), color=color, lw=1.5, label=f"$\\tau\\,\\mathrm{{LSE}}(z/\\tau)$，$\\tau={tau}$")
ax.set_xlabel("$t$")
ax.set_title("温度 $\\tau\\to0$ 时趋于 max，间隙至多 $\\tau\\log n$")
ax.legend(fontsize=8, loc="upper left")
for a in axes:
    a.set_ylim(-0.3, 5.6)
    a.grid(alpha=0.3)
show(fig)
