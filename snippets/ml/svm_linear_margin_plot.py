# 线性软间隔 SVM 的「街道」：C 小 → 街道宽、支持向量多；C 大 → 街道窄；圈出支持向量并按 α 分类
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show
from mlvault.svm import SVC

rng = np.random.default_rng(3)
X = np.r_[rng.normal(size=(20, 2)) + 1.2, rng.normal(size=(20, 2)) - 1.2]
y = np.r_[np.ones(20), -np.ones(20)]
grid = np.linspace(-3.5, 3.5, 80)
gx, gy = np.meshgrid(grid, grid)

fig, axes = plt.subplots(1, 2, figsize=(9, 4.4))
for ax, C in zip(axes, [0.05, 10.0]):
    model = SVC(kernel="linear", C=C, tol=1e-6).fit(X, y)
    w = model.coef_[0]
    alpha = np.abs(model.dual_coef_[0])
    f = model.decision_function(np.column_stack([gx.ravel(), gy.ravel()])).reshape(gx.shape)
    ax.contourf(gx, gy, f, levels=[-1, 1], colors=["#eeeeee"])  # 街道：|f| < 1
    ax.contour(gx, gy, f, levels=[-1, 0, 1], colors="k", linestyles=["--", "-", "--"], linewidths=1)
    ax.scatter(*X[y < 0].T, s=16, c="tab:blue", label="y = −1")
    ax.scatter(*X[y > 0].T, s=16, c="tab:red", label="y = +1")
    at_bound = np.isclose(alpha, C, rtol=1e-6)
    sv = model.support_vectors_
    ax.scatter(*sv[~at_bound].T, s=90, facecolors="none", edgecolors="k", linewidths=1.5,
               label=f"0 < α < C：恰在路沿上（{np.sum(~at_bound)}）")
    ax.scatter(*sv[at_bound].T, s=90, facecolors="none", edgecolors="tab:green", linewidths=1.5, linestyle="--",
               label=f"α = C：在街道内或分错（{np.sum(at_bound)}）")
    ax.set_title(f"C = {C:g}：间隔宽度 2/‖w‖ = {2 / np.linalg.norm(w):.2f}", fontsize=10)
    ax.set_xlim(-3.5, 3.5)
    ax.set_ylim(-3.5, 3.5)
    ax.set_aspect("equal")
    ax.set_xlabel("$x_1$")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), fontsize=8, ncol=2)
axes[0].set_ylabel("$x_2$")
fig.suptitle("实线 f(x) = 0 是决策边界，虚线 f(x) = ±1 是路沿，灰色是街道", fontsize=10)
fig.tight_layout()
show(fig)
