# 拉格朗日乘子的几何：在约束 x² + y² = 1 上最小化 f = (x−2)² + 2(y−1)²，最优点处等高线与约束相切、∇f ∥ ∇h
import matplotlib.pyplot as plt
import numpy as np
from scipy import optimize

from mlvault.plotting import show


def f(x, y):
    return (x - 2) ** 2 + 2 * (y - 1) ** 2


def grad_f(x, y):
    return np.array([2 * (x - 2), 4 * (y - 1)])


def grad_h(x, y):                       # h(x, y) = x² + y² − 1
    return np.array([2 * x, 2 * y])


# 约束曲线参数化为 (cos t, sin t)，在曲线上找 f 的最小值
along = lambda t: f(np.cos(t), np.sin(t))
t_grid = np.linspace(-np.pi, np.pi, 721)
t_star = optimize.minimize_scalar(along, bracket=(t_grid[np.argmin(along(t_grid))] - 0.1,
                                                  t_grid[np.argmin(along(t_grid))] + 0.1)).x
t_other = 1.9                           # 约束上另一个（非最优）点
points = {"最优点": (t_star, "C3"), "非最优点": (t_other, "C2")}

fig, (left, right) = plt.subplots(1, 2, figsize=(8.4, 3.9), gridspec_kw={"width_ratios": [1.15, 1]})
gx, gy = np.meshgrid(np.linspace(-1.6, 2.6, 160), np.linspace(-1.5, 2.0, 140))
left.contour(gx, gy, f(gx, gy), levels=np.linspace(0.2, 12, 14), colors="0.75", linewidths=0.8)
theta = np.linspace(0, 2 * np.pi, 200)
left.plot(np.cos(theta), np.sin(theta), color="C0", lw=2, label="约束 h(x, y) = x² + y² − 1 = 0")
left.contour(gx, gy, f(gx, gy), levels=[along(t_star)], colors="C3", linewidths=1.5)
for name, (t, color) in points.items():
    p = np.array([np.cos(t), np.sin(t)])
    gf, gh = grad_f(*p), grad_h(*p)
    tangent = np.array([-p[1], p[0]])   # 约束曲线的切向
    left.plot(*p, "o", color=color, ms=6)
    left.annotate("", p + 0.6 * gf / np.linalg.norm(gf), p, arrowprops=dict(arrowstyle="->", color=color, lw=1.6))
    left.annotate("", p + 0.6 * gh / np.linalg.norm(gh), p, arrowprops=dict(arrowstyle="->", color="C0", lw=1.6))
    label = f"{name}：∇f 沿切向的分量 = {np.round(gf @ tangent, 2) + 0.0:.2f}"
    left.text(*(p + np.array([0.08, -0.28 if t == t_star else 0.15])), label, fontsize=7.5, color=color,
              bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1))
left.plot(2, 1, "k+", ms=10)
left.text(1.75, 1.15, "无约束最小值", fontsize=7.5, bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1))
left.plot([], [], color="C3", label="与约束相切的等高线")
left.set_aspect("equal")
left.set_xlim(-1.6, 2.6)
left.set_ylim(-1.5, 2.0)
left.set_xlabel("x")
left.set_ylabel("y")
left.set_title("等高线（灰）、∇f（红/绿箭头）与 ∇h（蓝箭头）", fontsize=9)
left.legend(fontsize=7, loc="lower left")

right.plot(t_grid, along(t_grid), color="C0")
for name, (t, color) in points.items():
    slope = grad_f(np.cos(t), np.sin(t)) @ np.array([-np.sin(t), np.cos(t)])  # d f(cos t, sin t)/dt
    dt = np.array([-0.7, 0.7])
    right.plot(t + dt, along(t) + slope * dt, "--", color=color, lw=1)
    right.plot(t, along(t), "o", color=color, label=f"{name}（虚线斜率 = ∇f 沿切向的分量）")
right.set_xlabel("沿约束的位置 t（点为 (cos t, sin t)）")
right.set_ylabel("f 在约束上的值")
right.set_title("约束上的 f：最小处沿切向的导数为 0", fontsize=9)
right.legend(fontsize=7, loc="upper right")
fig.tight_layout()
show(fig)
