# SVM 的间隔与支持向量：线性核与 RBF 核
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show
from mlvault.svm import SVC

rng = np.random.default_rng(3)
X_lin = np.r_[rng.normal(size=(20, 2)) + 1.2, rng.normal(size=(20, 2)) - 1.2]
y_lin = np.r_[np.ones(20), -np.ones(20)]
radius = np.r_[rng.uniform(0, 1.0, 30), rng.uniform(1.6, 2.6, 30)]  # 内圈 / 外环：线性不可分
angle = rng.uniform(0, 2 * np.pi, 60)
X_rbf = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
y_rbf = np.r_[np.ones(30), -np.ones(30)]

fig, axes = plt.subplots(1, 2, figsize=(8, 4))
for ax, X, y, model, title in [
    (axes[0], X_lin, y_lin, SVC(kernel="linear", C=1.0), "线性核"),
    (axes[1], X_rbf, y_rbf, SVC(kernel="rbf", C=10.0, gamma=0.5), "RBF 核"),
]:
    model.fit(X, y)
    grid = np.linspace(-3.3, 3.3, 70)
    gx, gy = np.meshgrid(grid, grid)
    f = model.decision_function(np.column_stack([gx.ravel(), gy.ravel()])).reshape(gx.shape)
    ax.contourf(gx, gy, f, levels=[-100, 0, 100], colors=["#dbe9f6", "#fbe3d6"])
    ax.contour(gx, gy, f, levels=[-1, 0, 1], colors="k", linestyles=["--", "-", "--"], linewidths=1)
    ax.scatter(*X[y < 0].T, s=14, c="tab:blue", label="y = −1")
    ax.scatter(*X[y > 0].T, s=14, c="tab:red", label="y = +1")
    sv = model.support_vectors_
    ax.scatter(*sv.T, s=70, facecolors="none", edgecolors="k", linewidths=1, label=f"支持向量（{len(sv)}）")
    ax.set_title(f"{title}：实线 f(x)=0，虚线 f(x)=±1")
    ax.set_xlim(-3.3, 3.3)
    ax.set_ylim(-3.3, 3.3)
    ax.set_aspect("equal")
    ax.legend(loc="lower right", fontsize=8)
show(fig)
