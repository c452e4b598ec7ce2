# 第一公式的几何：wᵀx + b = 0 是一条以 w 为法向量的直线，f(x)/‖w‖ 是点到它的有符号距离
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

w, b = np.array([3.0, 4.0]), -10.0
norm = np.linalg.norm(w)
grid = np.linspace(-1, 4.5, 120)
gx, gy = np.meshgrid(grid, grid)
f = w[0] * gx + w[1] * gy + b

fig, ax = plt.subplots(figsize=(6.2, 5.4))
filled = ax.contourf(gx, gy, f, levels=np.arange(-20, 26, 5), cmap="RdBu_r", alpha=0.45)
lines = ax.contour(gx, gy, f, levels=[-10, -5, 0, 5, 10], colors="k", linewidths=[0.6, 0.6, 2, 0.6, 0.6])
ax.clabel(lines, fmt=lambda v: f"f = {v:.0f}", fontsize=8, inline=True)
fig.colorbar(filled, ax=ax, label=r"分数 $f(x)=w^\top x+b$")

foot = -b * w / (w @ w)  # 离原点最近的点
ax.annotate("", xy=foot, xytext=(0, 0), arrowprops=dict(arrowstyle="<->", color="tab:green", lw=1.5))
ax.text(0.25, 1.0, rf"$|b|/\Vert w\Vert={abs(b) / norm:.0f}$", color="tab:green", fontsize=10)
ax.annotate("", xy=foot + 0.5 * w / norm * 2, xytext=foot, arrowprops=dict(arrowstyle="->", color="k", lw=2))
ax.text(*(foot + w / norm * 1.1 + [0.1, -0.1]), r"法向量 $w$", fontsize=10)

x = np.array([3.0, 3.0])
fx = w @ x + b
proj = x - fx / (w @ w) * w  # x 在超平面上的垂足
ax.plot(*x, "o", color="tab:purple", ms=7)
ax.plot([x[0], proj[0]], [x[1], proj[1]], color="tab:purple", ls="--", lw=1.5)
ax.text(x[0] - 0.15, x[1] + 0.25, rf"$x=(3,3)$：$f(x)={fx:.0f}$" "\n" rf"距离 $f(x)/\Vert w\Vert={fx / norm:.1f}$",
        fontsize=9, color="tab:purple", ha="center")
ax.plot(0, 0, "k+", ms=10)
ax.text(-0.4, -0.35, "原点", fontsize=9)
ax.set_xlim(-1, 4.5)
ax.set_ylim(-1, 4.5)
ax.set_aspect("equal")
ax.set_xlabel(r"$x_1$")
ax.set_ylabel(r"$x_2$")
ax.set_title(r"$3x_1+4x_2-10=0$：等分数线互相平行，都垂直于 $w$")
show(fig)
