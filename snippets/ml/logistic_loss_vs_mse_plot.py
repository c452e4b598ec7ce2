# 逻辑回归为什么用交叉熵而不用 MSE：真实标签 y = 1 时，两种损失及其对分数 z 的导数
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import expit

from mlvault.plotting import show

z = np.linspace(-8, 8, 400)  # 分数 z = θᵀx；y = 1，所以 z 很负表示「自信地答错」
h = expit(z)
ce = np.logaddexp(0, -z)  # -log σ(z) = log(1 + e^{-z})，稳定写法
mse = (1 - h) ** 2
d_ce = h - 1  # d/dz [-log σ(z)] = σ(z) - 1
d_mse = -2 * (1 - h) * h * (1 - h)  # 链式法则：多出一个 σ'(z) = σ(1-σ)

fig, axes = plt.subplots(1, 2, figsize=(9, 3.6))
axes[0].plot(z, ce, lw=2, label=r"交叉熵 $-\log\sigma(z)$")
axes[0].plot(z, mse, lw=2, ls="--", label=r"平方误差 $(1-\sigma(z))^2$")
axes[0].set_ylim(0, 4)
axes[0].set_title("损失：交叉熵是凸的，平方误差在左侧变平")
axes[1].plot(z, d_ce, lw=2, label=r"交叉熵：$\sigma(z)-1$")
axes[1].plot(z, d_mse, lw=2, ls="--", label=r"平方误差：$-2(1-\sigma)^2\sigma$")
axes[1].set_title("对 z 的导数：答得越错，交叉熵推得越用力")
for ax in axes:
    ax.axvline(0, color="gray", lw=0.8)
    ax.set_xlabel(r"分数 $z=\theta^\top x$（真实标签 $y=1$）")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper right" if ax is axes[0] else "lower right")
axes[0].set_ylabel("损失")
axes[1].set_ylabel("导数")
fig.tight_layout()
show(fig)
