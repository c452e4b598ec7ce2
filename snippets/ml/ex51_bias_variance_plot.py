# 多项式回归的偏差与方差：左边是所选次数在许多个重抽训练集上的拟合，右边是偏差²、方差、总误差随次数的变化
import argparse

import matplotlib.pyplot as plt
import numpy as np

from mlvault.model_selection import bias_variance_decomposition
from mlvault.plotting import show

parser = argparse.ArgumentParser()
parser.add_argument("--degree", type=int, default=3, help="多项式次数（模型复杂度），0 到 29")
args = parser.parse_args()


class Polynomial:
    """最小二乘多项式回归（Legendre 基，x 缩放到 [-1, 1]：同一个多项式空间，数值更稳定）。"""

    def __init__(self, degree):
        self.degree = degree

    def fit(self, X, y):
        basis = np.polynomial.legendre.legvander(2 * X[:, 0] - 1, self.degree)  # x ∈ [0, 1] → [-1, 1]
        self.coef = np.linalg.lstsq(basis, y, rcond=None)[0]
        return self

    def predict(self, X):
        return np.polynomial.legendre.legvander(2 * X[:, 0] - 1, self.degree) @ self.coef


def f(X):
    return np.sin(2 * np.pi * X[:, 0])


sigma, n_train = 0.3, 30
x_train = (np.arange(n_train) + 0.5) / n_train  # 固定的训练输入，每个训练集只重抽噪声
x = np.linspace(0, 1, 80)


def decompose(d):
    return bias_variance_decomposition(lambda: Polynomial(d), f, sigma, x, n_train=n_train, n_datasets=100,
                                       random_state=1, x_train=x_train)


degrees = np.arange(0, 13)
results = {d: decompose(d) for d in degrees}
chosen = results.get(args.degree) or decompose(args.degree)

fig, (left, right) = plt.subplots(1, 2, figsize=(8.4, 3.5))
left.plot(x, chosen.predictions[:25].T, color="C1", lw=0.6, alpha=0.45)
left.plot([], [], color="C1", lw=0.8, label="25 个训练集上的拟合")
left.plot(x, chosen.predictions.mean(axis=0), "C0--", lw=2, label=r"平均拟合 $\mathbb{E}_D[\hat f(x)]$")
left.plot(x, f(x[:, None]), "k", lw=2, label="真实函数 sin(2πx)")
left.plot(x_train, f(x_train[:, None]), "k.", ms=4, label="训练输入（固定）")
left.set_ylim(-2, 2)
left.set_xlabel("x")
left.set_ylabel("预测值")
left.set_title(f"{args.degree} 次多项式：偏差² = {chosen.bias2:.4f}，方差 = {chosen.variance:.4f}", fontsize=9)
left.legend(fontsize=7, loc="lower left")

bias2 = np.array([results[d].bias2 for d in degrees])
variance = np.array([results[d].variance for d in degrees])
right.plot(degrees, bias2, "o-", ms=4, label="偏差²")
right.plot(degrees, variance, "s-", ms=4, label="方差")
right.plot(degrees, bias2 + variance + sigma**2, "^-", ms=4, label="偏差² + 方差 + σ²")
right.axhline(sigma**2, color="gray", ls=":", label=f"不可约误差 σ² = {sigma**2:.2f}")
right.axvline(args.degree, color="C3", lw=1, alpha=0.6)
right.set_yscale("log")
right.set_xlabel("多项式次数（模型复杂度）")
right.set_ylabel("平方误差（对数刻度）")
right.set_title(f"训练集 {n_train} 个点，噪声 σ = {sigma}", fontsize=9)
right.set_ylim(5e-5, 10)
right.legend(fontsize=7, loc="upper right", ncol=2)
right.grid(alpha=0.3)
fig.tight_layout()
show(fig)
