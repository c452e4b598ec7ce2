# 正则化也是复杂度旋钮：9 次多项式 + 岭回归，λ 从小到大时偏差²与方差怎样变化
import numpy as np

from mlvault.linear import Ridge
from mlvault.model_selection import bias_variance_decomposition


class PolynomialRidge:
    """9 次多项式特征（Legendre 基，不含常数列）上的岭回归；截距不受惩罚。"""

    def __init__(self, lam):
        self.model = Ridge(alpha=lam)

    def features(self, X):
        return np.polynomial.legendre.legvander(2 * X[:, 0] - 1, 9)[:, 1:]

    def fit(self, X, y):
        self.model.fit(self.features(X), y)
        return self

    def predict(self, X):
        return self.model.predict(self.features(X))


def f(X):
    return np.sin(2 * np.pi * X[:, 0])


x = (np.arange(20) + 0.5) / 20
print(f"{'λ':>8}{'偏差²':>10}{'方差':>10}{'总误差':>10}")
for lam in (1e-4, 1e-2, 1e-1, 1.0, 10.0):
    r = bias_variance_decomposition(lambda: PolynomialRidge(lam), f, 0.3, x, n_train=20, n_datasets=200,
                                    random_state=0, x_train=x)
    print(f"{lam:>8g}{r.bias2:>10.4f}{r.variance:>10.4f}{r.bias2 + r.variance + r.noise:>10.4f}")
