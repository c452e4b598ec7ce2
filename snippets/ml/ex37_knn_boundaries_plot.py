# KNN 的决策边界随 k 变化：k=1 紧贴每个训练点（过拟合），k 大时边界平滑（可能欠拟合）
import matplotlib.pyplot as plt
import numpy as np

from mlvault.neighbors import KNeighborsClassifier
from mlvault.plotting import show

rng = np.random.default_rng(0)
n = 120
t = rng.uniform(0, np.pi, n)
upper = np.column_stack([np.cos(t), np.sin(t)])  # 两个交错的半月
lower = np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])
X = np.vstack([upper, lower]) + rng.normal(scale=0.25, size=(2 * n, 2))
y = np.repeat([0, 1], n)
xx, yy = np.meshgrid(np.linspace(-1.8, 2.8, 160), np.linspace(-1.3, 1.8, 110))
grid = np.column_stack([xx.ravel(), yy.ravel()])

fig, axes = plt.subplots(1, 3, figsize=(8, 3), sharey=True)
for ax, k in zip(axes, [1, 15, 100]):
    model = KNeighborsClassifier(k).fit(X, y)
    proba = model.predict_proba(grid)[:, 1].reshape(xx.shape)
    ax.contourf(xx, yy, proba, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.35)
    ax.contour(xx, yy, proba, levels=[0.5], colors="k", linewidths=1)
    ax.scatter(*X[y == 0].T, s=6, color="C0")
    ax.scatter(*X[y == 1].T, s=6, color="C3")
    ax.set_title(f"k = {k}\n训练准确率 {model.score(X, y):.3f}", fontsize=9)
    ax.set_xlabel("$x_1$")
axes[0].set_ylabel("$x_2$")
fig.suptitle("颜色：邻居中红类的比例；黑线：多数表决的边界", fontsize=9)
fig.tight_layout()
show(fig)
