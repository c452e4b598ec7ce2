# 网格与单位圆在线性变换 Ax、仿射变换 Ax+b 以及「仿射 + tanh」下的像：直线、平行、等距是否保持
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

A = np.array([[2.0, 1.0], [1.0, 3.0]])
b = np.array([0.0, 1.0])
s = np.linspace(-1, 1, 41)
ticks = np.linspace(-1, 1, 5)
# 网格线：x = 常数（竖线）与 y = 常数（横线），每条线 41 个点，形状 (2, 41)
vertical = [np.stack([np.full_like(s, c), s]) for c in ticks]
horizontal = [np.stack([s, np.full_like(s, c)]) for c in ticks]
t = np.linspace(0, 2 * np.pi, 120)
circle = np.stack([np.cos(t), np.sin(t)])

maps = [
    ("原图：网格、单位圆、基向量", lambda P: P, 1.6),
    ("线性 $A\\mathbf{x}$：原点不动，网格仍平行等距", lambda P: A @ P, 5.2),
    ("仿射 $A\\mathbf{x}+\\mathbf{b}$：整体平移，原点移到 $\\mathbf{b}$", lambda P: A @ P + b[:, None], 5.2),
    ("再经激活 $\\tanh(0.4(A\\mathbf{x}+\\mathbf{b}))$：网格线被弯曲", lambda P: np.tanh(0.4 * (A @ P + b[:, None])), 1.15),
]
fig, axes = plt.subplots(2, 2, figsize=(8.2, 8.2))
for ax, (title, f, lim) in zip(axes.ravel(), maps):
    for line in vertical:
        ax.plot(*f(line), color="C0", lw=0.9)
    for line in horizontal:
        ax.plot(*f(line), color="C2", lw=0.9)
    ax.plot(*f(circle), color="C1", lw=2)
    origin = f(np.zeros((2, 1)))[:, 0]
    for e, c in zip(np.eye(2), ["C3", "C4"]):
        end = f(e[:, None])[:, 0]
        ax.annotate("", xy=end, xytext=origin, arrowprops=dict(arrowstyle="-|>", color=c, lw=2.2))
    ax.plot(*origin, "ko", ms=5, zorder=5)
    ax.set_title(title, fontsize=9.5)
    ax.axhline(0, color="gray", lw=0.5)
    ax.axvline(0, color="gray", lw=0.5)
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
handles = [
    plt.Line2D([], [], color="C0", lw=1, label="竖网格线 $x_1$=常数"),
    plt.Line2D([], [], color="C2", lw=1, label="横网格线 $x_2$=常数"),
    plt.Line2D([], [], color="C1", lw=2, label="单位圆"),
    plt.Line2D([], [], color="C3", lw=2, label="$\\mathbf{e}_1$ 的像（$A$ 的第 1 列）"),
    plt.Line2D([], [], color="C4", lw=2, label="$\\mathbf{e}_2$ 的像（$A$ 的第 2 列）"),
    plt.Line2D([], [], color="k", marker="o", ls="", label="原点的像"),
]
fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=8.5, bbox_to_anchor=(0.5, -0.01))
fig.suptitle("$A=[[2,1],[1,3]]$，$\\mathbf{b}=[0,1]^\\top$ 作用在 $[-1,1]^2$ 的网格上", fontsize=11)
fig.tight_layout(rect=(0, 0.05, 1, 0.97))
show(fig)
