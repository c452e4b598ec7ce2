# K 折交叉验证：手写折划分 = KFold；在鸢尾花上做 5 折；再用模拟比较 LOO、10 折、5 折估计的偏差与波动
import numpy as np

from mlvault.datasets import load_iris
from mlvault.model_selection import KFold, cross_val_score
from mlvault.neighbors import KNeighborsClassifier

# 1) 手写：n = 10 个样本分 K = 3 折，前 n mod K 折多 1 个样本
n, K = 10, 3
sizes = [n // K + (i < n % K) for i in range(K)]
bounds = np.cumsum([0] + sizes)
hand = [np.arange(bounds[i], bounds[i + 1]) for i in range(K)]
for i, ((train, test), mine) in enumerate(zip(KFold(K).split(np.zeros(n)), hand)):
    assert np.array_equal(test, mine) and np.array_equal(np.sort(np.concatenate([train, test])), np.arange(n))
    print(f"第 {i + 1} 折：验证 {test.tolist()}，训练 {train.tolist()}")

# 2) 鸢尾花上 5 折（先打乱：数据按类别排序，不打乱会让某些折缺类）
iris = load_iris()
for shuffle in (False, True):
    scores = cross_val_score(KNeighborsClassifier(5), iris.data, iris.target,
                             cv=KFold(5, shuffle=shuffle, random_state=0))
    print(f"\n5 折 KNN(k=5)，shuffle={shuffle}：各折准确率 {np.round(scores, 4).tolist()}")
    print(f"  平均 {scores.mean():.4f} ± {scores.std():.4f}")
loo = KFold(len(iris.data))
print(f"\n留一法 (LOO) 就是 K = N：{loo.get_n_splits()} 折，每折验证 1 个样本；"
      f"LOO 准确率 {cross_val_score(KNeighborsClassifier(5), iris.data, iris.target, cv=loo).mean():.4f}")

# 3) 模拟：200 个大小 n = 40 的数据集（两类二维高斯），1-NN；
#    对每个数据集分别用 LOO、10 折、5 折估计准确率，并用 2000 个新样本测它的真实准确率
rng = np.random.default_rng(0)


def draw(m):
    labels = rng.integers(0, 2, m)
    return rng.normal(size=(m, 2)) + labels[:, None] * 1.5, labels


estimates = {"LOO": [], "10 折": [], "5 折": []}
truth = []
for _ in range(200):
    X, y = draw(40)
    X_new, y_new = draw(2000)
    truth.append(KNeighborsClassifier(1).fit(X, y).score(X_new, y_new))
    for name, k in (("LOO", 40), ("10 折", 10), ("5 折", 5)):
        cv = KFold(k, shuffle=True, random_state=rng)
        estimates[name].append(cross_val_score(KNeighborsClassifier(1), X, y, cv=cv).mean())
truth = np.array(truth)
print(f"\n模拟（200 个数据集）：1-NN 的真实准确率平均 {truth.mean():.4f}")
print(f"{'方法':<6}{'估计均值':>8}{'偏差':>9}{'估计的标准差':>10}{'误差(估计−真实)的标准差':>14}")
for name, values in estimates.items():
    values = np.array(values)
    print(f"{name:<6}{values.mean():>10.4f}{values.mean() - truth.mean():>+10.4f}{values.std():>12.4f}"
          f"{(values - truth).std():>14.4f}")
ratio = np.std(estimates["LOO"]) / np.std(estimates["10 折"])
print(f"LOO 与 10 折估计的标准差之比：{ratio:.3f}（LOO 要训练 40 次，10 折只要 10 次）")
