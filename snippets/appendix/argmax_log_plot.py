# argmax 在严格递增变换下不变：硬币 10 次 7 次正面的似然 L(θ) 与对数似然 log L(θ) 在同一个 θ 取最大
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

k, n = 7, 10
theta = np.linspace(0.005, 0.995, 199)
L = theta**k * (1 - theta) ** (n - k)
logL = k * np.log(theta) + (n - k) * np.log(1 - theta)
best = theta[np.argmax(L)]

fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
for ax, y, label, color in [(axes[0], L, "似然 $L(\\theta)=\\theta^7(1-\\theta)^3$", "C0"), (axes[1], logL, "对数似然 $\\log L(\\theta)$", "C3")]:
    ax.plot(theta, y, color=color, lw=2, label=label)
    ax.axvline(best, color="k", ls="--", lw=1, label=f"最大值点 $\\hat\\theta$ = {best:.2f}")
    ax.plot(best, y.max(), "o", color="k")
    ax.set_xlabel("$\\theta$（正面朝上的概率）")
    ax.grid(alpha=0.3)
axes[0].legend(fontsize=8, loc="upper left")
axes[1].legend(fontsize=8, loc="lower center")
axes[0].set_title("最大值本身是一个很小的数")
axes[1].set_title("取对数后数值完全不同，最大值点不变")
axes[1].set_ylim(-25, 0)
show(fig)
