# SVD 的几何：A x = U Σ V^T x 把单位圆先旋转（V^T）、再沿坐标轴拉伸（Σ）、再旋转（U），得到椭圆
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

A = np.array([[3.0, 0.0], [4.0, 5.0]])
U, S, Vt = np.linalg.svd(A)
# (u_i, v_i) 同时变号不改变 A：取 v_1 的第一个分量为正，再让 V（从而 U）成为行列式为 +1 的旋转
if Vt[0, 0] < 0:
    U[:, 0] *= -1
    Vt[0] *= -1
if np.linalg.det(Vt) < 0:
    U[:, 1] *= -1
    Vt[1] *= -1
V = Vt.T

t = np.linspace(0, 2 * np.pi, 73)[:-1]
circle = np.stack([np.cos(t), np.sin(t)])
stages = [
    ("① 输入：单位圆，$\\mathbf{v}_1,\\mathbf{v}_2$", np.eye(2), 1.4),
    ("② 乘 $V^\\top$：旋转，$\\mathbf{v}_i\\to\\mathbf{e}_i$", Vt, 1.4),
    ("③ 乘 $\\Sigma$：沿坐标轴拉伸 $\\sigma_1,\\sigma_2$", np.diag(S) @ Vt, 7.2),
    ("④ 乘 $U$：旋转到 $\\sigma_i\\mathbf{u}_i$，即 $A\\mathbf{x}$", A, 7.2),
]
fig, axes = plt.subplots(1, 4, figsize=(12, 3.6))
for ax, (title, M, lim) in zip(axes, stages):
    P = M @ circle
    ax.plot(*np.append(P, P[:, :1], axis=1), color="0.6", lw=1, zorder=1)
    ax.scatter(*P, c=t, cmap="hsv", s=10, zorder=2)  # 颜色标出圆上每个点的来历
    for i, c in enumerate(["C3", "C0"]):
        end = M @ V[:, i]
        ax.annotate("", xy=end, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color=c, lw=2.2))
    ax.set_title(title, fontsize=9.5)
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
    ax.axhline(0, color="gray", lw=0.5)
    ax.axvline(0, color="gray", lw=0.5)
handles = [
    plt.Line2D([], [], color="C3", lw=2, label="$\\mathbf{v}_1$ 及其像"),
    plt.Line2D([], [], color="C0", lw=2, label="$\\mathbf{v}_2$ 及其像"),
]
fig.legend(handles=handles, loc="lower center", ncol=2, fontsize=9, bbox_to_anchor=(0.5, -0.02))
fig.suptitle(f"$A=[[3,0],[4,5]]=U\\Sigma V^\\top$，$\\sigma_1={S[0]:.3f}$，$\\sigma_2={S[1]:.3f}$（点的颜色标出每个点去了哪里）", fontsize=11)
fig.tight_layout(rect=(0, 0.06, 1, 1))
show(fig)
