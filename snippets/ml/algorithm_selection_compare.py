# 同样四个分类器，换一种数据，名次就变：线性可分的高斯团 vs 同心圆（5 折交叉验证准确率）
import numpy as np

from mlvault.linear import LogisticRegression
from mlvault.model_selection import KFold, cross_val_score
from mlvault.naive_bayes import GaussianNB
from mlvault.neighbors import KNeighborsClassifier
from mlvault.trees import DecisionTreeClassifier

rng = np.random.default_rng(0)
n = 300
y = rng.integers(0, 2, n)
blobs = rng.standard_normal((n, 2)) + 2.0 * y[:, None]             # 两个高斯团：线性边界最优
radius = np.where(y == 1, 2.0, 1.0) + 0.25 * rng.standard_normal(n)  # 同心圆：边界是一个圆
angle = rng.uniform(0, 2 * np.pi, n)
circles = np.c_[radius * np.cos(angle), radius * np.sin(angle)]

models = {
    "逻辑回归": LogisticRegression,
    "高斯朴素贝叶斯": GaussianNB,
    "K 近邻 (k=5)": lambda: KNeighborsClassifier(5),
    "决策树 (深度 4)": lambda: DecisionTreeClassifier(max_depth=4),
}
cv = KFold(5, shuffle=True, random_state=0)
print(f"{'模型':<14}{'高斯团':>10}{'同心圆':>10}")
for name, make in models.items():
    row = [cross_val_score(make(), X, y, cv=cv).mean() for X in (blobs, circles)]
    print(f"{name:<12}{row[0]:>12.4f}{row[1]:>12.4f}")
