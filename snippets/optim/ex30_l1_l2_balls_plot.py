# L1 与 L2 约束区域：损失的等高线（椭圆）第一次碰到菱形时往往在角上（某个 w = 0），碰到圆时一般不在坐标轴上
import matplotlib.pyplot as plt
import numpy as np
from scipy import optimize

from mlvault.plotting import show

w_hat = np.array([2.0, 0.5])                      # 无约束最优解
A = np.array([[1.0, 0.0], [0.0, 1.5]])            # 损失 (w − ŵ)ᵀA(w − ŵ) 的形状


def loss(w):
    d = w - w_hat
    return np.einsum("...i,ij,...j->...", d, A, d)


norms = {
    r"L1：$\Vert w\Vert_1 \leq 1$（菱形）": (
        lambda w: np.abs(w).sum(), plt.Polygon([(1, 0), (0, 1), (-1, 0), (0, -1)])
    ),
    r"L2：$\Vert w\Vert_2 \leq 1$（圆）": (lambda w: np.hypot(*w), plt.Circle((0, 0), 1.0)),
}
gx, gy = np.meshgrid(np.linspace(-1.5, 3, 120), np.linspace(-1.5, 2.2, 100))
fig, axes = plt.subplots(1, 2, figsize=(8, 3.8))
for ax, (title, (norm, region)) in zip(axes, norms.items()):
    w_star = optimize.minimize(loss, [0.1, 0.1], method="SLSQP",
                               constraints=[{"type": "ineq", "fun": lambda w: 1.0 - norm(w)}]).x
    surface = loss(np.stack([gx, gy], axis=-1))
    ax.contour(gx, gy, surface, levels=np.linspace(0.25, 6, 9), colors="C0", linewidths=0.8)
    ax.contour(gx, gy, surface, levels=[loss(w_star)], colors="C0", linewidths=2)
    region.set(color="C1", alpha=0.35)
    ax.add_patch(region)
    ax.plot(*w_hat, "k+", ms=10)
    ax.annotate(r"无正则最优 $\hat w$", w_hat, textcoords="offset points", xytext=(-30, 8), fontsize=8,
                bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1))
    ax.plot(*w_star, "o", color="C3")
    ax.annotate(f"约束最优 ({w_star[0]:.2f}, {w_star[1] + 0.0:.2f})", w_star, textcoords="offset points",
                xytext=(-20, -16), fontsize=8, color="C3",
                bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1))
    ax.axhline(0, color="0.5", lw=0.6)
    ax.axvline(0, color="0.5", lw=0.6)
    ax.set_aspect("equal")
    ax.set_title(title, fontsize=10)
    ax.set_xlabel(r"$w_1$")
axes[0].set_ylabel(r"$w_2$")
fig.tight_layout()
show(fig)
