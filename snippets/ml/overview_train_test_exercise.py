# 练习：在交错的半月上比较七个分类器的训练准确率与测试准确率，谁过拟合、谁欠拟合？
import numpy as np

from mlvault.linear import LogisticRegression
from mlvault.naive_bayes import GaussianNB
from mlvault.neighbors import KNeighborsClassifier
from mlvault.svm import SVC
from mlvault.trees import DecisionTreeClassifier

rng = np.random.default_rng(0)


def moons(n):
    t = rng.uniform(0, np.pi, n)
    X = np.r_[np.column_stack([np.cos(t), np.sin(t)]), np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])]
    return X + rng.normal(scale=0.25, size=X.shape), np.repeat([0, 1], n)


X, y = moons(100)  # 200 个训练点
X_test, y_test = moons(1000)  # 2000 个同分布的测试点
models = [
    ("逻辑回归", LogisticRegression()),
    ("高斯朴素贝叶斯", GaussianNB()),
    ("决策树（不限深度）", DecisionTreeClassifier("gini", random_state=0)),
    ("决策树（深度 4）", DecisionTreeClassifier("gini", max_depth=4, random_state=0)),
    ("1 近邻", KNeighborsClassifier(1)),
    ("15 近邻", KNeighborsClassifier(15)),
    ("RBF 核 SVM", SVC(kernel="rbf", C=1.0, gamma=1.0)),
]
print(f"{'模型':<18}{'训练准确率':>10}{'测试准确率':>10}{'差距':>8}")
for name, model in models:
    model.fit(X, y)
    train, test = model.score(X, y), model.score(X_test, y_test)
    print(f"{name:<18}{train:>12.3f}{test:>12.3f}{train - test:>10.3f}")
