# 先猜：在 2 个有用特征之外再加上几十、几百个纯噪声特征，K 近邻与逻辑回归的准确率各掉多少？
import numpy as np

from mlvault.linear import LogisticRegression
from mlvault.neighbors import KNeighborsClassifier

rng = np.random.default_rng(0)


def draw(m, noise_dims):
    y = rng.integers(0, 2, m)
    useful = rng.standard_normal((m, 2)) + 1.5 * y[:, None]
    return np.hstack([useful, rng.standard_normal((m, noise_dims))]), y


print(f"{'噪声特征数':>8}{'K 近邻 (k=5)':>14}{'逻辑回归':>10}")
for p in (0, 10, 50, 200):
    X, y = draw(200, p)
    X_test, y_test = draw(2000, p)
    knn = KNeighborsClassifier(5).fit(X, y).score(X_test, y_test)
    lr = LogisticRegression().fit(X, y).score(X_test, y_test)
    print(f"{p:>10}{knn:>14.4f}{lr:>12.4f}")
