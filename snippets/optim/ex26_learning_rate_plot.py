# 学习率太小、合适、太大：在 f(x) = x² 上各走 8 步梯度下降
import matplotlib.pyplot as plt
import numpy as np

from mlvault.optim import gradient_descent
from mlvault.plotting import show

x = np.linspace(-3.3, 3.3, 200)
cases = [(0.05, "学习率太小 η = 0.05：步子小，走不到谷底"),
         (0.3, "合适 η = 0.3：快速收敛"),
         (1.03, "太大 η = 1.03 > 2/λ = 1：来回震荡、越跳越高")]

fig, axes = plt.subplots(1, 3, figsize=(8, 3), sharey=True)
for ax, (lr, title) in zip(axes, cases):
    path = gradient_descent(lambda t: 2 * t, np.array([-2.0]), lr, 8)[:, 0]
    ax.plot(x, x**2, color="0.6")
    ax.plot(path, path**2, "o-", color="C3", ms=4, lw=1)
    ax.plot(path[0], path[0] ** 2, "s", color="k", ms=5)
    ax.set_title(title, fontsize=8.5)
    ax.set_xlabel("参数 x")
axes[0].set_ylabel("损失 f(x) = x²")
axes[0].set_ylim(-0.3, 11)
fig.tight_layout()
show(fig)
