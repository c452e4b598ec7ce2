# 练习：k 从 1 增大到 239（训练点总数减 1），KNN 的训练准确率和测试准确率分别怎样变化？
import numpy as np

from mlvault.neighbors import KNeighborsClassifier

rng = np.random.default_rng(0)


def moons(n):
    t = rng.uniform(0, np.pi, n)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])
    return np.vstack([upper, lower]) + rng.normal(scale=0.25, size=(2 * n, 2)), np.repeat([0, 1], n)


X, y = moons(120)  # 240 个训练点
X_test, y_test = moons(1000)
print(f"{'k':>5}{'训练准确率':>12}{'测试准确率':>12}")
for k in (1, 3, 7, 15, 31, 61, 121, 239):
    model = KNeighborsClassifier(k).fit(X, y)
    print(f"{k:>5}{model.score(X, y):>14.3f}{model.score(X_test, y_test):>14.3f}")
