# EX-49 轮廓系数：按定义手算 a(i)、b(i)、s(i)，与 mlvault.metrics.silhouette_samples / silhouette_score 对照；再用它选 K
import numpy as np

from mlvault.cluster import KMeans
from mlvault.metrics import silhouette_samples, silhouette_score

# 一维上的 6 个点，分成 3 簇：{0, 1}、{4, 5}、{5.5, 9}（最后一簇故意分得不好）
x = np.array([0.0, 1.0, 4.0, 5.0, 5.5, 9.0])
labels = np.array([0, 0, 1, 1, 2, 2])
D = np.abs(x[:, None] - x[None, :])

s_hand = np.empty(len(x))
for i in range(len(x)):  # 逐点写出定义（教学用；库函数是向量化的）
    same = (labels == labels[i]) & (np.arange(len(x)) != i)
    a = D[i, same].mean()                                  # 到同簇其他点的平均距离
    b = min(D[i, labels == k].mean() for k in set(labels) - {labels[i]})  # 到最近其他簇的平均距离
    s_hand[i] = (b - a) / max(a, b)
    print(f"点 x={x[i]:4.1f}（簇 {labels[i]}）: a = {a:.4f}, b = {b:.4f}, s = {s_hand[i]:+.4f}")

s_lib = silhouette_samples(x[:, None], labels)
print("silhouette_samples:", np.array2string(s_lib, precision=4))
print(f"平均轮廓系数: 手算 {s_hand.mean():.4f}，silhouette_score {silhouette_score(x[:, None], labels):.4f}")
assert np.allclose(s_hand, s_lib) and np.isclose(s_hand.mean(), silhouette_score(x[:, None], labels))
print("s < 0 的点（离别的簇比离自己的簇还近）:", x[s_hand < 0])

# 用平均轮廓系数选 K（K 均值，三个真实簇）
rng = np.random.default_rng(0)
X = np.vstack([c + 0.8 * rng.standard_normal((40, 2)) for c in [[0, 0], [5, 0], [2.5, 4]]])
for K in range(2, 7):
    km = KMeans(K, n_init=5, random_state=0).fit(X)
    print(f"K = {K}: 平均轮廓系数 = {silhouette_score(X, km.labels_):.4f}")
