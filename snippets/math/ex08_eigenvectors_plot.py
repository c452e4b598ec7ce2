# A = [[4,2],[1,3]]：一般的向量被转了方向，只有特征向量方向上的向量只被拉伸；右图是转角随方向的变化
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

A = np.array([[4.0, 2.0], [1.0, 3.0]])
R = np.array([[0.0, -1.0], [1.0, 0.0]])  # 旋转 90°：没有实特征向量
eigenvalues, V = np.linalg.eig(A)

fig, (ax, ax2) = plt.subplots(1, 2, figsize=(10, 4.6), gridspec_kw={"width_ratios": [1.1, 1]})
t = np.linspace(0, 2 * np.pi, 300)
circle = np.stack([np.cos(t), np.sin(t)])
ax.plot(*circle, color="0.45", lw=1.2, label="单位圆上的 $\\mathbf{u}$")
ax.plot(*(A @ circle), color="C1", lw=1.5, label="像 $A\\mathbf{u}$（椭圆）")
for a in np.linspace(0, 2 * np.pi, 24, endpoint=False):
    u = np.array([np.cos(a), np.sin(a)])
    ax.annotate("", xy=A @ u, xytext=u, arrowprops=dict(arrowstyle="->", color="0.7", lw=0.8))
for lam, v, c in zip(eigenvalues, V.T, ["C3", "C0"]):
    v = v * np.sign(v[0])
    ax.plot(*np.outer([-6, 6], v).T, color=c, ls=":", lw=1.2)
    ax.annotate("", xy=lam * v, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color=c, lw=2.5))
    ax.annotate("", xy=v, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color="k", lw=1.5))
    ax.text(*(lam * v + np.array([0.15, -0.45 if lam > 3 else 0.1])), f"$A\\mathbf{{v}}={lam:.0f}\\mathbf{{v}}$", color=c, fontsize=10)
ax.plot([], [], color="0.7", label="$\\mathbf{u}\\to A\\mathbf{u}$：一般方向改变")
ax.plot([], [], color="C3", lw=2.5, label="特征向量方向：只缩放")
ax.set_xlim(-5.5, 5.5)
ax.set_ylim(-4.2, 4.2)
ax.set_aspect("equal")
ax.axhline(0, color="gray", lw=0.5)
ax.axvline(0, color="gray", lw=0.5)
ax.legend(loc="lower right", fontsize=7.5)
ax.set_title("$A=[[4,2],[1,3]]$ 作用在单位向量上", fontsize=10)

theta = np.linspace(0, np.pi, 721)
U = np.stack([np.cos(theta), np.sin(theta)])
for M, name, c in [(A, "$A$", "C2"), (R, "旋转 90°", "C4")]:
    W = M @ U
    turn = np.degrees(np.arctan2(U[0] * W[1] - U[1] * W[0], (U * W).sum(axis=0)))  # u 到 Mu 的有向转角
    ax2.plot(np.degrees(theta), turn, color=c, lw=2, label=f"{name}：$\\mathbf{{u}}$ 到 $M\\mathbf{{u}}$ 的转角")
for v, c in zip(V.T, ["C3", "C0"]):
    ax2.axvline(np.degrees(np.arctan2(v[1], v[0])) % 180, color=c, ls=":", lw=1.5)
ax2.axhline(0, color="gray", lw=0.8)
ax2.set_xlabel("$\\mathbf{u}$ 的方向角（度）")
ax2.set_ylabel("转角（度）")
ax2.set_xticks(range(0, 181, 30))
ax2.set_xlim(0, 180)
ax2.legend(loc="center right", fontsize=8)
ax2.set_title("转角为 0 的方向就是特征向量（虚线）；旋转处处转 90°", fontsize=10)
fig.tight_layout()
show(fig)
