# 单位正方形与单位圆在线性变换 Ax 和仿射变换 Ax + b 下的像
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

A = np.array([[2.0, 1.0], [1.0, 3.0]])
b = np.array([0.0, 1.0])
t = np.linspace(0, 2 * np.pi, 200)
circle = np.stack([np.cos(t), np.sin(t)])
square = np.array([[0, 1, 1, 0, 0], [0, 0, 1, 1, 0]], dtype=float)

fig, axes = plt.subplots(1, 3, figsize=(8, 3.2), sharex=True, sharey=True)
titles = ["原图", "线性变换 $A\\mathbf{x}$", "仿射变换 $A\\mathbf{x}+\\mathbf{b}$"]
maps = [lambda P: P, lambda P: A @ P, lambda P: A @ P + b[:, None]]
for ax, title, f in zip(axes, titles, maps):
    ax.fill(*f(square), alpha=0.3, color="C0", label="单位正方形")
    ax.plot(*f(circle), color="C1", label="单位圆")
    for e, c in zip(np.eye(2), ["C2", "C3"]):
        start, end = f(np.zeros((2, 1)))[:, 0], f(e[:, None])[:, 0]
        ax.annotate("", xy=end, xytext=start, arrowprops=dict(arrowstyle="->", color=c, lw=2))
    ax.plot(*f(np.zeros((2, 1))), "ko", ms=4)
    ax.set_title(title)
    ax.axhline(0, color="gray", lw=0.5)
    ax.axvline(0, color="gray", lw=0.5)
    ax.set_aspect("equal")
axes[0].legend(loc="lower left", fontsize=7)
axes[2].set_xlim(-4, 4)
axes[2].set_ylim(-4, 5.5)
fig.suptitle("线性变换保持原点不动；加上 $\\mathbf{b}$ 后整体平移（黑点为原点的像）", fontsize=10)
show(fig)
