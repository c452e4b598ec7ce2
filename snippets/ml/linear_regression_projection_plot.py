# 最小二乘的两幅图：特征空间里是拟合直线与竖直残差；样本空间 ℝ³ 里是 y 在列空间上的正交投影
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

x = np.array([1.0, 2.0, 3.0])
y = np.array([1.0, 4.0, 2.0])
X = np.column_stack([np.ones(3), x])  # 设计矩阵：第一列全 1（截距），第二列是特征
theta = np.linalg.solve(X.T @ X, X.T @ y)  # 正规方程
y_hat = X @ theta
r = y - y_hat

fig = plt.figure(figsize=(10, 4.6))
ax = fig.add_subplot(1, 2, 1)
grid = np.linspace(0.5, 3.5, 2)
ax.plot(grid, theta[0] + theta[1] * grid, color="tab:blue", lw=2,
        label=rf"拟合直线 $\hat y={theta[0]:.2f}+{theta[1]:.2f}x$")
for xi, yi, fi in zip(x, y, y_hat):
    ax.plot([xi, xi], [yi, fi], color="tab:red", ls="--")
ax.scatter(x, y, color="k", zorder=3, label="样本 $(x_i, y_i)$")
ax.scatter(x, y_hat, color="tab:blue", marker="x", zorder=3, label=r"拟合值 $\hat y_i$")
ax.plot([], [], color="tab:red", ls="--", label=r"残差 $y_i-\hat y_i$")
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_xlim(0.5, 3.5)
ax.set_ylim(0, 4.8)
ax.set_title("特征空间：每个样本一个点，残差是竖直线段")
ax.legend(loc="upper left", fontsize=8)

ax3 = fig.add_subplot(1, 2, 2, projection="3d")
a, c = np.meshgrid(np.linspace(-0.2, 1.8, 2), np.linspace(-0.1, 1.2, 2))
plane = a[..., None] * X[:, 0] + c[..., None] * X[:, 1]  # 列空间 {a·1 + c·x} 的一块
ax3.plot_surface(plane[..., 0], plane[..., 1], plane[..., 2], alpha=0.2, color="tab:blue")
arrows = [(y, "k", r"$y$", [0.0, 0.3, 0.2]), (y_hat, "tab:blue", r"$\hat y=X\hat\theta$", [0.0, -0.5, 0.8]),
          (X[:, 0], "tab:gray", r"列 $\mathbf{1}$", [0.1, -0.1, -0.2]), (X[:, 1], "tab:green", r"列 $x$", [0.3, 0.2, -1.2])]
for vec, color, label, offset in arrows:
    ax3.quiver(0, 0, 0, *vec, color=color, arrow_length_ratio=0.07, lw=1.8)
    ax3.text(*(vec + offset), label, color=color, fontsize=10)
ax3.plot(*np.c_[y_hat, y], color="tab:red", ls="--", lw=2)
u, v = r / np.linalg.norm(r) * 0.35, y_hat / np.linalg.norm(y_hat) * 0.35  # 直角记号的两条边
ax3.plot(*np.c_[y_hat - v, y_hat - v + u, y_hat + u], color="tab:red", lw=1)
ax3.text(*((y + y_hat) / 2 + [0.0, 1.6, 0.5]), r"残差 $r=y-\hat y$", color="tab:red", fontsize=9)
ax3.set_xlabel("样本 1")
ax3.set_ylabel("样本 2")
ax3.set_zlabel("样本 3")
ax3.set_box_aspect((1, 1, 1))
ax3.view_init(elev=20, azim=230)
ax3.set_title("样本空间 $\\mathbb{R}^3$：残差垂直于列空间（蓝色平面）")
fig.tight_layout()
show(fig)
