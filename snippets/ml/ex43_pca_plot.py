# 鸢尾花的 PCA：碎石图（解释方差比与累计曲线）和前两个主成分上的投影
import matplotlib.pyplot as plt
import numpy as np

from mlvault.datasets import load_iris
from mlvault.decomposition import PCA
from mlvault.plotting import show

iris = load_iris()
pca = PCA().fit(iris.data)
Z = pca.transform(iris.data)[:, :2]
ratio = pca.explained_variance_ratio_
k = np.arange(1, len(ratio) + 1)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.6))
ax1.bar(k, ratio, color="C0", alpha=0.7, label="单个主成分")
ax1.plot(k, np.cumsum(ratio), "o-", color="C3", label="累计")
for level in (0.85, 0.95):
    ax1.axhline(level, color="0.5", ls=":", lw=1)
    ax1.text(2.5, level - 0.015, f"{level:.0%}", va="top", ha="center", fontsize=8, color="0.4")
ax1.set_xticks(k)
ax1.set_xlabel("主成分序号")
ax1.set_ylabel("解释方差比")
ax1.set_title("碎石图")
ax1.legend(fontsize=8, loc="center right")

names = ["山鸢尾 setosa", "变色鸢尾 versicolor", "维吉尼亚鸢尾 virginica"]
for c, name in enumerate(names):
    ax2.scatter(*Z[iris.target == c].T, s=12, label=name)
ax2.set_xlabel(f"PC1（{ratio[0]:.1%}）")
ax2.set_ylabel(f"PC2（{ratio[1]:.1%}）")
ax2.set_title("投影到前两个主成分")
ax2.legend(fontsize=7)
fig.tight_layout()
show(fig)
