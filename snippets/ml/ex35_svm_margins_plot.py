# RBF 核 SVM 的边界、路沿与支持向量；可调 C（一个或多个值）与 γ：python ex35_svm_margins_plot.py --C 0.1 10 --gamma 2
import argparse

import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show
from mlvault.svm import SVC

parser = argparse.ArgumentParser()
parser.add_argument("--C", type=float, nargs="+", default=[1.0, 100.0], help="松弛的惩罚 C，每个值一幅子图")
parser.add_argument("--gamma", type=float, default=1.0, help="RBF 核 exp(-γ‖x-x'‖²) 的 γ")
args = parser.parse_args()

rng = np.random.default_rng(0)
t = rng.uniform(0, np.pi, 60)
X = np.r_[np.column_stack([np.cos(t), np.sin(t)]), np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])]
X += rng.normal(scale=0.2, size=X.shape)  # 两个交错的半月，带噪声：线性不可分、也有重叠
y = np.r_[np.ones(60), -np.ones(60)]
gx, gy = np.meshgrid(np.linspace(-1.7, 2.7, 110), np.linspace(-1.2, 1.7, 80))
grid = np.column_stack([gx.ravel(), gy.ravel()])

fig, axes = plt.subplots(1, len(args.C), figsize=(4.6 * len(args.C), 4.2), squeeze=False)
for ax, C in zip(axes[0], args.C):
    model = SVC(kernel="rbf", C=C, gamma=args.gamma).fit(X, y)
    f = model.decision_function(grid).reshape(gx.shape)
    ax.contourf(gx, gy, f, levels=[-1e9, 0, 1e9], colors=["#dbe9f6", "#fbe3d6"])
    ax.contour(gx, gy, f, levels=[-1, 0, 1], colors="k", linestyles=["--", "-", "--"], linewidths=1)
    ax.scatter(*X[y < 0].T, s=12, c="tab:blue", label="y = −1")
    ax.scatter(*X[y > 0].T, s=12, c="tab:red", label="y = +1")
    at_bound = np.isclose(np.abs(model.dual_coef_[0]), C, rtol=1e-6)
    sv = model.support_vectors_
    ax.scatter(*sv[~at_bound].T, s=60, facecolors="none", edgecolors="k", linewidths=1.2, label="0 < α < C")
    ax.scatter(*sv[at_bound].T, s=60, facecolors="none", edgecolors="tab:green", linewidths=1.2, linestyle="--",
               label="α = C")
    ax.set_title(f"C = {C:g}，γ = {args.gamma:g}：支持向量 {len(sv)} 个\n训练准确率 {model.score(X, y):.3f}",
                 fontsize=10)
    ax.set_xlabel("$x_1$")
    ax.set_aspect("equal")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=8, ncol=4, handletextpad=0.2,
              columnspacing=0.8)
axes[0, 0].set_ylabel("$x_2$")
fig.suptitle("RBF 核：实线 f(x) = 0，虚线 f(x) = ±1；圈出的是支持向量", fontsize=10)
fig.tight_layout()
show(fig)
