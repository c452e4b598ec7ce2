# Forward diffusion of a 2-D point cloud (a ring): the data dissolves into N(0, I)
import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn.diffusion import alpha_bar, linear_beta_schedule, q_sample
from mlvault.plotting import show

rng = np.random.default_rng(0)
angle = rng.uniform(0, 2 * np.pi, 600)
x0 = np.column_stack([np.cos(angle), np.sin(angle)]) * 1.5 + 0.05 * rng.normal(size=(600, 2))
betas = linear_beta_schedule(1000)
ab = alpha_bar(betas)
noise = rng.normal(size=x0.shape)
steps = [0, 50, 150, 300, 999]
fig, axes = plt.subplots(1, len(steps), figsize=(8, 1.9), sharex=True, sharey=True)
for ax, t in zip(axes, steps):
    xt = x0 if t == 0 else q_sample(x0, t - 1, betas, noise)
    ax.scatter(xt[:, 0], xt[:, 1], s=2, alpha=0.6)
    signal = 1.0 if t == 0 else np.sqrt(ab[t - 1])
    ax.set_title(f"t = {t}, " + r"$\sqrt{\bar\alpha_t}$" + f" = {signal:.2f}", fontsize=8)
    ax.set_aspect("equal")
    ax.set_xlim(-3.5, 3.5)
    ax.set_ylim(-3.5, 3.5)
    ax.set_xticks([])
    ax.set_yticks([])
formula = r"$x_t = \sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\varepsilon$"
fig.suptitle(f"前向扩散：{formula}（各时刻用同一组 ε）", fontsize=9)
fig.tight_layout()
show(fig)
