# 生成式与判别式：共享方差的高斯朴素贝叶斯，后验也是逻辑函数 σ(wᵀx + b)；但 w 的估计方法不同，假设不成立时结果就不同
import numpy as np

from mlvault.linear import LogisticRegression

rng = np.random.default_rng(0)


def draw(m, copies):
    """两类，3 个条件独立、方差为 1 的特征；第一个特征再复制 copies 份（几乎相同的副本）。"""
    y = rng.integers(0, 2, m)
    X = rng.standard_normal((m, 3)) + np.outer(y, [1.0, 0.6, 0.3])
    extra = X[:, [0] * copies] + 0.05 * rng.standard_normal((m, copies))
    return np.hstack([X, extra]), y


def shared_variance_nb(X, y):
    """生成式拟合：类均值、共享的各特征方差、先验 → 推导给出的 w 与 b。"""
    mu0, mu1 = X[y == 0].mean(axis=0), X[y == 1].mean(axis=0)
    var = np.where(y[:, None] == 1, X - mu1, X - mu0).var(axis=0)
    prior1 = y.mean()
    w = (mu1 - mu0) / var
    b = np.sum((mu0**2 - mu1**2) / (2 * var)) + np.log(prior1 / (1 - prior1))
    return w, b


def accuracy(w, b, X, y):
    return np.mean(((X @ w + b) > 0) == y)


for copies in (0, 3):
    X, y = draw(20000, copies)
    X_test, y_test = draw(20000, copies)
    w_nb, b_nb = shared_variance_nb(X, y)
    lr = LogisticRegression(C=1e4).fit(X, y)
    w_lr, b_lr = lr.coef_[0], lr.intercept_[0]
    print(f"第一个特征复制 {copies} 份（共 {X.shape[1]} 个特征）")
    print("  朴素贝叶斯推出的 w:", np.array2string(w_nb, precision=3), f" b = {b_nb:+.3f}")
    print("  逻辑回归拟合的 w:  ", np.array2string(w_lr, precision=3), f" b = {b_lr:+.3f}")
    print(f"  第一个特征（含副本）的总权重：朴素贝叶斯 {w_nb[[0] + list(range(3, 3 + copies))].sum():.3f}，"
          f"逻辑回归 {w_lr[[0] + list(range(3, 3 + copies))].sum():.3f}")
    print(f"  测试准确率：朴素贝叶斯 {accuracy(w_nb, b_nb, X_test, y_test):.4f}，"
          f"逻辑回归 {accuracy(w_lr, b_lr, X_test, y_test):.4f}\n")
