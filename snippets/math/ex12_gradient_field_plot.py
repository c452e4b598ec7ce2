# f(x) = ½ xᵀAx + bᵀx 的等高线与梯度箭头：梯度垂直于等高线，指向上升最快的方向
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

A = np.array([[3.0, 1.0], [-1.0, 2.0]])
b = np.array([1.0, -2.0])
S = 0.5 * (A + A.T)  # 梯度 = S x + b

g1, g2 = np.meshgrid(np.linspace(-2, 2, 200), np.linspace(-1, 3, 200))
P = np.stack([g1.ravel(), g2.ravel()], axis=1)
F = (0.5 * np.einsum("ni,ij,nj->n", P, A, P) + P @ b).reshape(g1.shape)

q1, q2 = np.meshgrid(np.linspace(-1.75, 1.75, 8), np.linspace(-0.75, 2.75, 8))
Q = np.stack([q1.ravel(), q2.ravel()], axis=1)
G = Q @ S.T + b

path = [np.array([-1.8, 2.6])]
for _ in range(12):  # 梯度下降：沿负梯度走
    path.append(path[-1] - 0.25 * (S @ path[-1] + b))
path = np.array(path)

fig, ax = plt.subplots(figsize=(5.5, 4.5))
cs = ax.contour(g1, g2, F, levels=14, cmap="viridis", linewidths=1)
ax.clabel(cs, fontsize=7, fmt="%.1f")
ax.quiver(*Q.T, *G.T, color="C3", angles="xy", scale=40, width=0.004, label="$\\nabla f$")
ax.plot(path[:, 0], path[:, 1], "o-", color="k", ms=3, lw=1, label="沿 $-\\nabla f$ 的梯度下降")
ax.plot(*np.linalg.solve(S, -b), "*", color="C1", ms=12, label="最小值 $\\nabla f=\\mathbf{0}$")
ax.set_aspect("equal")
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
ax.legend(loc="upper right", fontsize=8)
ax.set_title("梯度垂直于等高线、指向函数增长最快的方向")
show(fig)
