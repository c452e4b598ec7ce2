# 不同 p 的单位球 {x : ||x||_p = 1}：p=1 菱形，p=2 圆，p=∞ 正方形
import matplotlib.pyplot as plt
import numpy as np

from mlvault.linalg import lp_norm
from mlvault.plotting import show

t = np.linspace(0, 2 * np.pi, 400)
directions = np.stack([np.cos(t), np.sin(t)], axis=1)
fig, ax = plt.subplots(figsize=(4.5, 4.5))
orders = [(1, "1", "C3"), (1.5, "1.5", "C1"), (2, "2", "C0"), (4, "4", "C2"), (np.inf, "\\infty", "C4")]
for p, label, c in orders:
    ball = directions / lp_norm(directions, p)[:, None]  # 把每个方向缩放到 p-范数为 1
    ax.plot(ball[:, 0], ball[:, 1], color=c, lw=2, label=f"$p={label}$")
ax.axhline(0, color="gray", lw=0.5)
ax.axvline(0, color="gray", lw=0.5)
ax.set_aspect("equal")
ax.set_xlim(-1.3, 1.3)
ax.set_ylim(-1.3, 1.3)
ax.legend(loc="upper right", fontsize=8)
ax.set_title("单位球 $\\Vert\\mathbf{x}\\Vert_p = 1$")
show(fig)
