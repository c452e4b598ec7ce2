# EX-37 K 近邻：同一个查询点，k 不同答案就不同；维度升高后「最近」与「最远」的距离越来越接近
import numpy as np

from mlvault.neighbors import KNeighborsClassifier, KNeighborsRegressor

# 训练集：5 个二维点，标签与一个回归目标
X = np.array([[1.0, 1.0], [2.0, 1.0], [4.0, 3.0], [5.0, 4.0], [1.5, 2.0]])
label = np.array(["A", "A", "B", "B", "B"])
target = np.array([1.0, 1.5, 4.0, 5.0, 2.0])
query = np.array([2.0, 2.0])

d = np.sqrt(((X - query) ** 2).sum(axis=1))  # 欧氏距离
order = np.argsort(d, kind="stable")  # 距离相同则按下标
print(f"查询点 {query.tolist()} 到各训练点的距离（由近到远）：")
for i in order:
    print(f"  点 {i} {X[i].tolist()}  标签 {label[i]}  目标 {target[i]:.1f}  距离 {d[i]:.4f}")

for k in (1, 3, 5):
    nearest = order[:k]
    values, votes = np.unique(label[nearest], return_counts=True)
    hand_class = values[np.argmax(votes)]  # 平票时取排序最前的标签
    hand_mean = target[nearest].mean()
    assert KNeighborsClassifier(k).fit(X, label).predict([query])[0] == hand_class
    assert np.isclose(KNeighborsRegressor(k).fit(X, target).predict([query])[0], hand_mean)
    print(f"k={k}: 邻居 {nearest.tolist()}，票数 {dict(zip(values.tolist(), votes.tolist()))} → 类别 {hand_class}；"
          f"回归 = 邻居目标均值 {hand_mean:.4f}")

# 维度灾难：[0,1]^d 中 1000 个均匀随机点到一个随机查询点的距离
rng = np.random.default_rng(0)
print(f"\n{'维度 d':>7}{'最近距离':>10}{'最远距离':>10}{'最近/最远':>10}{'标准差/均值':>12}{'典型距离 √(d/6)':>14}")
for dim in (1, 2, 10, 100, 1000):
    points, q = rng.uniform(size=(1000, dim)), rng.uniform(size=dim)
    dist = np.sqrt(((points - q) ** 2).sum(axis=1))
    print(f"{dim:>7d}{dist.min():>12.4f}{dist.max():>12.4f}{dist.min() / dist.max():>12.4f}"
          f"{dist.std() / dist.mean():>12.4f}{np.sqrt(dim / 6):>14.4f}")
