# A = [[4,2],[1,3]]：一般的向量被转了方向，特征向量只被拉伸 λ 倍
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

A = np.array([[4.0, 2.0], [1.0, 3.0]])
eigenvalues, V = np.linalg.eig(A)
angles = np.linspace(0, np.pi, 12, endpoint=False)
U = np.stack([np.cos(angles), np.sin(angles)])

fig, ax = plt.subplots(figsize=(6, 4.5))
for u in U.T:
    ax.annotate("", xy=A @ u, xytext=(0, 0), arrowprops=dict(arrowstyle="->", color="0.75"))
    ax.annotate("", xy=u, xytext=(0, 0), arrowprops=dict(arrowstyle="->", color="0.45"))
for lam, v, c in zip(eigenvalues, V.T, ["C3", "C0"]):
    v = v * np.sign(v[0])
    ax.annotate("", xy=lam * v, xytext=(0, 0), arrowprops=dict(arrowstyle="->", color=c, lw=2.5))
    ax.annotate("", xy=v, xytext=(0, 0), arrowprops=dict(arrowstyle="->", color="k", lw=1.5))
    ax.text(*(lam * v * 1.05), f"$A\\mathbf{{v}}={lam:.0f}\\mathbf{{v}}$", color=c)
    ax.plot(*np.outer([-5.5, 5.5], v).T, color=c, ls=":", lw=1)
ax.plot([], [], color="0.45", label="单位向量 $\\mathbf{u}$")
ax.plot([], [], color="0.75", label="像 $A\\mathbf{u}$：方向改变")
ax.plot([], [], color="C3", lw=2.5, label="特征向量方向：只缩放")
ax.set_xlim(-2, 5.5)
ax.set_ylim(-2.5, 4)
ax.set_aspect("equal")
ax.axhline(0, color="gray", lw=0.5)
ax.axvline(0, color="gray", lw=0.5)
ax.legend(loc="upper left", fontsize=8)
ax.set_title("$A=[[4,2],[1,3]]$ 的特征向量（虚线）经 $A$ 作用后仍在原直线上")
show(fig)
