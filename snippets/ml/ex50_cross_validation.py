# K 折交叉验证：折怎样切；不打乱有序数据的后果；留一法（LOO）与 10 折、5 折估计的波动取决于学习算法是否稳定
import numpy as np

from mlvault.datasets import load_iris
from mlvault.model_selection import KFold, cross_val_score
from mlvault.neighbors import KNeighborsClassifier

# 1) n = 10 个样本分 K = 3 折：前 n mod K 折各多 1 个样本
for i, (train, test) in enumerate(KFold(3).split(np.zeros(10))):
    print(f"第 {i + 1} 折：验证 {test.tolist()}，训练 {train.tolist()}")

# 2) 鸢尾花按类别排好序：不打乱时每个验证折只含一两个类
iris = load_iris()
for shuffle in (False, True):
    scores = cross_val_score(KNeighborsClassifier(5), iris.data, iris.target,
                             cv=KFold(5, shuffle=shuffle, random_state=0))
    print(f"\n5 折 KNN(k=5)，shuffle={shuffle}：各折准确率 {np.round(scores, 4).tolist()}")
    print(f"  平均 {scores.mean():.4f} ± {scores.std():.4f}")

# 3) 模拟：同一个学习算法在许多独立数据集上各做一次 LOO、10 折、5 折，看估计值在数据集之间的波动
rng = np.random.default_rng(0)


def fold_ids(R, n, K):
    """每个数据集一种随机划分：样本 i 属于第 fold[r, i] 折（LOO 时每折一个样本）。"""
    return np.argsort(rng.random((R, n)), axis=1) % K


def cv_linear_regression(X, y, K):
    """最小二乘线性回归（含截距）的 K 折 CV 均方误差，对 R 个数据集同时计算。"""
    R, n, _ = X.shape
    A = np.concatenate([np.ones((R, n, 1)), X], axis=2)
    fold = fold_ids(R, n, K)
    err = np.empty((R, n))
    for k in range(K):  # 对折循环
        train = (fold != k)[..., None]
        w = np.linalg.solve(np.einsum("rni,rnj->rij", A * train, A), np.einsum("rni,rn->ri", A * train, y)[..., None])[..., 0]
        pred = np.einsum("rni,ri->rn", A, w)
        err = np.where(fold == k, (y - pred) ** 2, err)
    return err.mean(axis=1)


def cv_one_nn(X, y, K):
    """1-近邻的 K 折 CV 准确率：把同一折的点之间的距离设为 ∞，再找最近邻。"""
    fold = fold_ids(*y.shape, K)
    D = ((X[:, :, None] - X[:, None]) ** 2).sum(axis=3)
    D[fold[:, :, None] == fold[:, None, :]] = np.inf
    return (np.take_along_axis(y, D.argmin(axis=2), axis=1) == y).mean(axis=1)


def cv_majority(y, K):
    """「预测训练集里的多数类」（平票取 0）的 K 折 CV 准确率。"""
    fold = fold_ids(*y.shape, K)
    correct = np.empty(y.shape)
    for k in range(K):
        train = fold != k
        ones = (y * train).sum(axis=1)
        guess = (ones > train.sum(axis=1) - ones).astype(int)
        correct = np.where(fold == k, y == guess[:, None], correct)
    return correct.mean(axis=1)


n = 30
X = rng.uniform(-1, 1, (1000, n, 5))
y_lin = X @ np.linspace(1, -1, 5) + rng.normal(0, 1, (1000, n))
X_nn = rng.normal(size=(400, 40, 2))
y_nn = rng.integers(0, 2, (400, 40))
X_nn += 1.5 * y_nn[..., None]
y_coin = rng.integers(0, 2, (1000, 40))  # 标签是公平硬币：任何分类器的真实准确率都是 0.5

cases = [
    ("线性回归 MSE（n=30）", lambda K: cv_linear_regression(X, y_lin, K), n),
    ("1-近邻 准确率（n=40）", lambda K: cv_one_nn(X_nn, y_nn, K), 40),
    ("多数类 准确率（n=40）", lambda K: cv_majority(y_coin, K), 40),
]
print(f"\n{'学习算法':<18}{'方法':<6}{'估计的均值':>10}{'估计的标准差':>12}")
for name, run, size in cases:
    for label, K in (("LOO", size), ("10 折", 10), ("5 折", 5)):
        est = run(K)
        print(f"{name:<16}{label:<6}{est.mean():>12.4f}{est.std():>14.4f}")
