# 同一份数据上五种分类器的决策边界：模型的形式决定了边界能长成什么样
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import ListedColormap

from mlvault.linear import LogisticRegression
from mlvault.naive_bayes import GaussianNB
from mlvault.neighbors import KNeighborsClassifier
from mlvault.plotting import show
from mlvault.svm import SVC
from mlvault.trees import DecisionTreeClassifier

rng = np.random.default_rng(0)
t = rng.uniform(0, np.pi, 100)
X = np.r_[np.column_stack([np.cos(t), np.sin(t)]), np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])]
X += rng.normal(scale=0.25, size=X.shape)  # 两个交错的半月
y = np.repeat([0, 1], 100)
gx, gy = np.meshgrid(np.linspace(-1.8, 2.8, 100), np.linspace(-1.3, 1.8, 70))
grid = np.column_stack([gx.ravel(), gy.ravel()])

models = [
    ("逻辑回归：直线", LogisticRegression()),
    ("高斯朴素贝叶斯：二次曲线（这里近乎直线）", GaussianNB()),
    ("决策树（深度 4）：轴平行的台阶", DecisionTreeClassifier("gini", max_depth=4, random_state=0)),
    ("K 近邻（k = 15）：局部投票", KNeighborsClassifier(15)),
    ("RBF 核 SVM：光滑曲线", SVC(kernel="rbf", C=1.0, gamma=1.0)),
]
fig, axes = plt.subplots(2, 3, figsize=(10, 5.6), sharex=True, sharey=True)
for ax, (name, model) in zip(axes.flat, models):
    model.fit(X, y)
    if hasattr(model, "predict_proba"):
        score, level = model.predict_proba(grid)[:, 1].reshape(gx.shape), 0.5  # 类别 1 的概率
    else:
        score, level = model.decision_function(grid).reshape(gx.shape), 0.0  # SVM 的决策值
    ax.imshow(score > level, origin="lower", extent=(gx.min(), gx.max(), gy.min(), gy.max()), aspect="auto",
              cmap=ListedColormap(["#dbe9f6", "#fbe3d6"]), interpolation="nearest")
    ax.contour(gx, gy, score, levels=[level], colors="k", linewidths=1)
    ax.scatter(*X[y == 0].T, s=6, color="tab:blue")
    ax.scatter(*X[y == 1].T, s=6, color="tab:red")
    ax.set_title(f"{name}\n训练准确率 {model.score(X, y):.3f}", fontsize=9)
ax = axes.flat[-1]
ax.scatter(*X[y == 0].T, s=6, color="tab:blue", label="类别 0")
ax.scatter(*X[y == 1].T, s=6, color="tab:red", label="类别 1")
ax.set_title("数据：两个交错的半月", fontsize=9)
ax.legend(fontsize=8, loc="lower left")
for ax in axes[1]:
    ax.set_xlabel("$x_1$")
for ax in axes[:, 0]:
    ax.set_ylabel("$x_2$")
fig.tight_layout()
show(fig)
