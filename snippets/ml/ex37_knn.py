# K 近邻：三种距离与 scipy 对照；一个 5 点小例子手算投票与平均，再与 mlvault 的模型对照
import numpy as np
from scipy.spatial import distance

from mlvault.neighbors import KNeighborsClassifier, KNeighborsRegressor, minkowski_distances

a, b = np.array([1.0, 2.0, 3.0]), np.array([4.0, 0.0, 3.5])
for p, name, ref in [(2, "欧氏距离 (p=2)", distance.euclidean(a, b)),
                     (1, "曼哈顿距离 (p=1)", distance.cityblock(a, b)),
                     (3, "闵可夫斯基距离 (p=3)", distance.minkowski(a, b, p=3))]:
    ours = (np.abs(a - b) ** p).sum() ** (1 / p)
    assert np.isclose(ours, ref) and np.isclose(minkowski_distances([a], [b], p)[0, 0], ref)
    print(f"{name:<16} 手算 {ours:.4f}  scipy {ref:.4f}")

# 训练集：5 个二维点，标签与一个回归目标
X = np.array([[1.0, 1.0], [2.0, 1.0], [4.0, 3.0], [5.0, 4.0], [1.5, 2.0]])
label = np.array(["A", "A", "B", "B", "B"])
target = np.array([1.0, 1.5, 4.0, 5.0, 2.0])
query = np.array([2.0, 2.0])

d = np.sqrt(((X - query) ** 2).sum(axis=1))
order = np.argsort(d, kind="stable")  # 距离相同则按下标
print(f"\n查询点 {query.tolist()} 到各训练点的距离：")
for i in order:
    print(f"  点 {i} {X[i].tolist()}  标签 {label[i]}  目标 {target[i]:.1f}  距离 {d[i]:.4f}")

for k in (1, 3, 5):
    nearest = order[:k]
    values, votes = np.unique(label[nearest], return_counts=True)
    hand_class = values[np.argmax(votes)]  # 平票时取排序最前的标签
    hand_mean = target[nearest].mean()
    clf = KNeighborsClassifier(k).fit(X, label)
    reg = KNeighborsRegressor(k).fit(X, target)
    assert clf.predict([query])[0] == hand_class and np.isclose(reg.predict([query])[0], hand_mean)
    ballot = dict(zip(values.tolist(), votes.tolist()))
    print(f"k={k}: 邻居 {nearest.tolist()}，票数 {ballot} → 类别 {hand_class}；"
          f"回归 = 邻居目标均值 {hand_mean:.4f}；P(B) = {clf.predict_proba([query])[0, 1]:.4f}")
