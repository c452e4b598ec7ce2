# 偏差-方差分解的蒙特卡洛验证：多项式回归，训练输入固定、只重抽噪声；看方差怎样随次数和样本数变化
import numpy as np

from mlvault.model_selection import bias_variance_decomposition


class Polynomial:
    """最小二乘多项式回归（Legendre 基，x 缩放到 [-1, 1]）。"""

    def __init__(self, degree):
        self.degree = degree

    def fit(self, X, y):
        self.coef = np.linalg.lstsq(np.polynomial.legendre.legvander(2 * X[:, 0] - 1, self.degree), y,
                                    rcond=None)[0]
        return self

    def predict(self, X):
        return np.polynomial.legendre.legvander(2 * X[:, 0] - 1, self.degree) @ self.coef


def f(X):
    return np.sin(2 * np.pi * X[:, 0])


sigma = 0.3
print(f"{'次数':>4}{'n':>5}{'偏差²':>9}{'方差':>9}{'σ²(d+1)/n':>11}{'三项之和':>10}{'模拟测试MSE':>12}")
for degree in (1, 3, 9):
    for n in (15, 30, 120):
        x = (np.arange(n) + 0.5) / n  # 在训练输入处评估（x_test = x_train）
        r = bias_variance_decomposition(lambda: Polynomial(degree), f, sigma, x, n_train=n, n_datasets=300,
                                        random_state=0, x_train=x)
        total = r.bias2 + r.variance + r.noise
        print(f"{degree:>5}{n:>6}{r.bias2:>10.4f}{r.variance:>10.4f}{sigma**2 * (degree + 1) / n:>12.4f}"
              f"{total:>11.4f}{r.expected_mse:>12.4f}")
