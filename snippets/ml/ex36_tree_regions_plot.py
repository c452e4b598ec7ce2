# CART 在二维数据上的划分：每次分裂都是一条平行于坐标轴的直线，深度越大区域越碎
import matplotlib.pyplot as plt
import numpy as np

from mlvault.datasets import load_iris
from mlvault.plotting import show
from mlvault.trees import DecisionTreeClassifier

iris = load_iris()
X, y = iris.data[:, 2:], iris.target  # 花瓣长度、花瓣宽度
xx, yy = np.meshgrid(np.linspace(0.5, 7.5, 200), np.linspace(-0.2, 2.8, 120))
grid = np.column_stack([xx.ravel(), yy.ravel()])

fig, axes = plt.subplots(1, 3, figsize=(8, 3), sharey=True)
for ax, depth in zip(axes, [1, 2, 5]):
    tree = DecisionTreeClassifier("gini", max_depth=depth, random_state=0).fit(X, y)
    regions = tree.predict(grid).reshape(xx.shape)
    ax.contourf(xx, yy, regions, levels=[-0.5, 0.5, 1.5, 2.5], colors=["#cfe2f3", "#fce5cd", "#d9ead3"])
    for k, (name, marker) in enumerate(zip(["山鸢尾", "变色鸢尾", "维吉尼亚鸢尾"], "o^s")):
        ax.scatter(*X[y == k].T, s=10, marker=marker, color=f"C{k}", label=name)
    title = f"最大深度 {depth}：{tree.n_leaves_} 个叶子\n训练准确率 {tree.score(X, y):.3f}"
    ax.set_title(title, fontsize=9)
    ax.set_xlabel("花瓣长度 (cm)")
axes[0].set_ylabel("花瓣宽度 (cm)")
axes[0].legend(fontsize=7, loc="upper left")
fig.tight_layout()
show(fig)
