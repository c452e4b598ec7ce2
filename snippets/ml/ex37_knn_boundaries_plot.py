# KNN 的决策边界随 k 变化；可调 k（一个或多个值）：python ex37_knn_boundaries_plot.py --k 1 5 50
import argparse

import matplotlib.pyplot as plt
import numpy as np

from mlvault.neighbors import KNeighborsClassifier
from mlvault.plotting import show

parser = argparse.ArgumentParser()
parser.add_argument("--k", type=int, nargs="+", default=[1, 15], help="近邻个数 k，每个值一幅子图")
args = parser.parse_args()

rng = np.random.default_rng(0)


def moons(n):
    """两个交错的半月，各 n 个点，带噪声"""
    t = rng.uniform(0, np.pi, n)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])
    return np.vstack([upper, lower]) + rng.normal(scale=0.25, size=(2 * n, 2)), np.repeat([0, 1], n)


X, y = moons(120)  # 训练集
X_test, y_test = moons(500)  # 同分布的测试集，只用来算测试准确率
xx, yy = np.meshgrid(np.linspace(-1.8, 2.8, 150), np.linspace(-1.3, 1.8, 100))
grid = np.column_stack([xx.ravel(), yy.ravel()])

fig, axes = plt.subplots(1, len(args.k), figsize=(4.2 * len(args.k), 3.6), sharey=True, squeeze=False)
for ax, k in zip(axes[0], args.k):
    model = KNeighborsClassifier(k).fit(X, y)
    proba = model.predict_proba(grid)[:, 1].reshape(xx.shape)
    ax.imshow(proba, origin="lower", extent=(xx.min(), xx.max(), yy.min(), yy.max()), cmap="RdBu_r", alpha=0.35,
              vmin=0, vmax=1, aspect="auto", interpolation="nearest")
    ax.contour(xx, yy, proba, levels=[0.5], colors="k", linewidths=1)
    ax.scatter(*X[y == 0].T, s=8, color="C0", label="类别 0")
    ax.scatter(*X[y == 1].T, s=8, color="C3", label="类别 1")
    ax.set_title(f"k = {k}\n训练准确率 {model.score(X, y):.3f}，测试准确率 {model.score(X_test, y_test):.3f}",
                 fontsize=9)
    ax.set_xlabel("$x_1$")
axes[0, 0].set_ylabel("$x_2$")
axes[0, 0].legend(loc="lower left", fontsize=8)
fig.suptitle("颜色：k 个邻居中类别 1 的比例；黑线：多数表决的边界", fontsize=9)
fig.tight_layout()
show(fig)
