# 左：不同 p 的单位球（p<1 不再是凸的）；右：同一个二次损失在 L1 球与 L2 球上的最优点，L1 的最优点落在尖角上
import matplotlib.pyplot as plt
import numpy as np

from mlvault.linalg import lp_norm
from mlvault.plotting import show

t = np.linspace(0, 2 * np.pi, 3601)  # 含 0, π/2, π, 3π/2：尖角恰好被取到
directions = np.stack([np.cos(t), np.sin(t)], axis=1)


def unit_sphere(p):
    """把每个方向缩放到 p-范数为 1（p<1 时用同一公式，只是它已不是范数）。"""
    if p < 1:
        return directions / (np.abs(directions) ** p).sum(axis=1, keepdims=True) ** (1 / p)
    return directions / lp_norm(directions, p)[:, None]


fig, (ax, ax2) = plt.subplots(1, 2, figsize=(9, 4.4))
orders = [(0.5, "0.5（非范数）", "0.6", "--"), (1, "1", "C3", "-"), (2, "2", "C0", "-"), (4, "4", "C2", "-"), (np.inf, "\\infty", "C4", "-")]
for p, label, c, ls in orders:
    ball = unit_sphere(p)
    ax.plot(ball[:, 0], ball[:, 1], color=c, lw=2, ls=ls, label=f"$p={label}$" if p >= 1 else "$p=0.5$（非范数）")
ax.plot([1, 0, -1, 0], [0, 1, 0, -1], "o", color="C3", ms=5)
ax.plot([1, -1, -1, 1], [1, 1, -1, -1], "s", color="C4", ms=5)
ax.set_title("单位球 $\\Vert\\mathbf{x}\\Vert_p = 1$：L1 的尖角在坐标轴上，$L_\\infty$ 的在对角线上", fontsize=9)
ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)

# 右图：min (w-w0)^T H (w-w0)  s.t. ||w||_p <= 1；无约束最优点 w0 在球外，所以最优点在球面上
w0 = np.array([2.0, 0.4])
H = np.array([[1.0, 0.3], [0.3, 1.5]])
g = np.linspace(-1.6, 2.8, 200)
G1, G2 = np.meshgrid(g, g)
D = np.stack([G1 - w0[0], G2 - w0[1]], axis=-1)
L = np.einsum("...i,ij,...j->...", D, H, D)
for p, c, name in [(1, "C3", "L1 球"), (2, "C0", "L2 球")]:
    ball = unit_sphere(p)
    d = ball - w0
    loss = np.einsum("ni,ij,nj->n", d, H, d)
    w_star = ball[np.argmin(loss)]
    ax2.plot(ball[:, 0], ball[:, 1], color=c, lw=2, label=f"{name}，最优点 ({w_star[0]:.2f}, {w_star[1]:.2f})")
    ax2.contour(G1, G2, L, levels=[loss.min()], colors=c, linewidths=1, linestyles=":")
    ax2.plot(*w_star, "o", color=c, ms=7)
ax2.plot(*w0, "k*", ms=10, label="无约束最优点")
ax2.set_title("损失的等高线（虚线）最先碰到 L1 球的尖角", fontsize=9)
ax2.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=8, ncol=1)
for a in (ax, ax2):
    a.axhline(0, color="gray", lw=0.5)
    a.axvline(0, color="gray", lw=0.5)
    a.set_aspect("equal")
    a.set_xlabel("$x_1$")
    a.set_ylabel("$x_2$")
ax.set_xlim(-1.3, 1.3)
ax.set_ylim(-1.3, 1.3)
ax2.set_xlim(-1.3, 2.7)
ax2.set_ylim(-1.4, 1.6)
fig.tight_layout()
show(fig)
