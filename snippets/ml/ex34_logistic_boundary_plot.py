# 逻辑回归的决策边界 θᵀx = 0（h = 0.5）与概率等高线
import matplotlib.pyplot as plt
import numpy as np

from mlvault.linear import LogisticRegression
from mlvault.plotting import show

rng = np.random.default_rng(7)
X = rng.normal(size=(200, 2))
y = (X @ np.array([2.0, -1.0]) + 0.5 + rng.logistic(size=200) > 0).astype(int)
model = LogisticRegression().fit(X, y)

grid = np.linspace(-3.2, 3.2, 80)
gx, gy = np.meshgrid(grid, grid)
proba = model.predict_proba(np.column_stack([gx.ravel(), gy.ravel()]))[:, 1].reshape(gx.shape)

fig, ax = plt.subplots(figsize=(6.4, 4.5))
filled = ax.contourf(gx, gy, proba, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.6)
lines = ax.contour(gx, gy, proba, levels=[0.1, 0.5, 0.9], colors="k", linestyles=["--", "-", "--"],
                   linewidths=[1.2, 2, 1.2])
ax.clabel(lines, fmt=lambda v: f"h = {v:.1f}", fontsize=9)
ax.scatter(*X[y == 0].T, s=14, c="tab:blue", edgecolors="white", linewidths=0.4, label="类别 0")
ax.scatter(*X[y == 1].T, s=14, c="tab:red", edgecolors="white", linewidths=0.4, label="类别 1")
fig.colorbar(filled, ax=ax, label=r"$h_\theta(x)=\sigma(\theta^\top x)$")
ax.set_xlabel(r"$x_1$")
ax.set_ylabel(r"$x_2$")
ax.set_title(r"决策边界是直线 $\theta^\top x=0$，概率沿法向平滑变化")
ax.legend(loc="lower right")
show(fig)
