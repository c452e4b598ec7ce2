# f(x) = ½ xᵀAx + bᵀx 的等高线与梯度箭头：梯度垂直于等高线、指向上升最快的方向，却不指向最小值
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

A = np.array([[1.0, 1.5], [-0.5, 4.0]])  # 非对称；梯度只取决于对称部分 S
b = np.array([1.0, -2.0])
S = 0.5 * (A + A.T)  # ∇f(x) = S x + b
x_star = np.linalg.solve(S, -b)

g1, g2 = np.meshgrid(np.linspace(-4, 2, 160), np.linspace(-1.2, 2.6, 160))
P = np.stack([g1.ravel(), g2.ravel()], axis=1)
F = (0.5 * np.einsum("ni,ij,nj->n", P, A, P) + P @ b).reshape(g1.shape)

q1, q2 = np.meshgrid(np.linspace(-3.6, 1.6, 9), np.linspace(-0.9, 2.3, 7))
Q = np.stack([q1.ravel(), q2.ravel()], axis=1)
G = Q @ S.T + b

path = [np.array([1.2, 2.2])]
for _ in range(14):  # 梯度下降：每步沿负梯度走 0.4 倍梯度
    path.append(path[-1] - 0.4 * (S @ path[-1] + b))
path = np.array(path)

fig, ax = plt.subplots(figsize=(7.2, 5.6))
levels = np.quantile(F, np.linspace(0.01, 0.9, 12))
cs = ax.contour(g1, g2, F, levels=levels, cmap="viridis", linewidths=1)
ax.clabel(cs, fontsize=7, fmt="%.1f")
ax.quiver(*Q.T, *G.T, color="C3", angles="xy", scale_units="xy", scale=12, width=0.0035, label="梯度 $\\nabla f$（长度按比例缩小）")
ax.plot(path[:, 0], path[:, 1], "o-", color="k", ms=3, lw=1, label="梯度下降：沿 $-\\nabla f$ 走，呈之字形")
p0 = path[0]
ax.annotate("", xy=x_star, xytext=p0, arrowprops=dict(arrowstyle="->", color="C0", ls="--", lw=1.5))
ax.plot([], [], "--", color="C0", label="起点指向最小值的方向（≠ $-\\nabla f$）")
ax.plot(*x_star, "*", color="C1", ms=14, label="最小值：$\\nabla f=\\mathbf{0}$")
ax.set_aspect("equal")
ax.set_xlim(-4, 2)
ax.set_ylim(-1.2, 2.6)
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
ax.set_title("梯度处处垂直于等高线，指向函数增长最快的方向")
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, fontsize=8)
show(fig)
