# 鸢尾花：PCA（无监督，最大方差）与 LDA（有监督，最大 Fisher 比）的二维投影并排
import matplotlib.pyplot as plt

from mlvault.datasets import load_iris
from mlvault.decomposition import PCA, LinearDiscriminantAnalysis
from mlvault.plotting import show

iris = load_iris()
X, y = iris.data, iris.target
panels = [
    ("PCA：不看标签，保留最大方差", PCA(2).fit_transform(X), "PC"),
    ("LDA：用标签，类间/类内散度比最大", LinearDiscriminantAnalysis(2).fit_transform(X, y), "LD"),
]
names = ["山鸢尾 setosa", "变色鸢尾 versicolor", "维吉尼亚鸢尾 virginica"]
fig, axes = plt.subplots(1, 2, figsize=(8, 3.6))
for ax, (title, Z, axis) in zip(axes, panels):
    for c, name in enumerate(names):
        ax.scatter(*Z[y == c].T, s=12, label=name)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel(f"{axis}1")
    ax.set_ylabel(f"{axis}2")
axes[0].legend(fontsize=7, loc="lower right")
fig.tight_layout()
show(fig)
