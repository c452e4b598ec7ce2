# 重参数化：z = μ + σ ⊙ ε 把与参数无关的标准正态噪声 ε 平移缩放到每个近似后验 q(z|x)
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
eps = rng.standard_normal((300, 2))
posteriors = [((-1.2, 0.8), (0.25, 0.4)), ((1.0, 1.0), (0.3, 0.15)), ((0.3, -1.2), (0.2, 0.3))]

fig, axes = plt.subplots(1, 2, figsize=(8, 3.6))
axes[0].scatter(eps[:, 0], eps[:, 1], s=4, color="0.5")
axes[0].set_title("噪声 ε ~ N(0, I)（与参数无关）", fontsize=9)
theta = np.linspace(0, 2 * np.pi, 200)
for ax in axes:
    for r in (1, 2):
        ax.plot(r * np.cos(theta), r * np.sin(theta), color="0.75", lw=0.8)
    ax.set_xlim(-3, 3)
    ax.set_ylim(-3, 3)
    ax.set_aspect("equal")
for k, (mu, sigma) in enumerate(posteriors):
    z = np.array(mu) + np.array(sigma) * eps
    axes[1].scatter(z[:, 0], z[:, 1], s=4, label=f"q(z|x{k + 1})")
    axes[1].plot(*mu, "k+", ms=10)
axes[1].set_title("z = μ(x) + σ(x) ⊙ ε；灰圈为先验 N(0, I)", fontsize=9)
axes[1].legend(fontsize=7, loc="upper right")
axes[1].set_xlabel("潜变量 $z_1$")
axes[1].set_ylabel("潜变量 $z_2$")
fig.tight_layout()
show(fig)
