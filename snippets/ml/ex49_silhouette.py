# EX-49 轮廓系数：用它和肘部一起选 K；它偏爱凸的团——月牙上「正确」的划分反而得分更低
import numpy as np

from mlvault.cluster import KMeans
from mlvault.metrics import silhouette_samples, silhouette_score

# 1) 三个真实簇：平均轮廓系数与 J 随 K 的变化
rng = np.random.default_rng(0)
X = np.vstack([c + 0.8 * rng.standard_normal((40, 2)) for c in [[0, 0], [5, 0], [2.5, 4]]])
print("K   J（簇内平方和）   平均轮廓系数   s<0 的点数")
for K in range(2, 7):
    km = KMeans(K, n_init=5, random_state=0).fit(X)
    s = silhouette_samples(X, km.labels_)
    print(f"{K}   {km.inertia_:14.2f}   {s.mean():12.4f}   {np.sum(s < 0):8d}")

# 2) 两个月牙：真实划分与 K 均值的直线切分，谁的轮廓系数高？
t = rng.uniform(0, np.pi, 200)
M = np.vstack([np.c_[np.cos(t[:100]), np.sin(t[:100])], np.c_[1 - np.cos(t[100:]), 0.5 - np.sin(t[100:])]])
M += 0.06 * rng.standard_normal((200, 2))
truth = np.repeat([0, 1], 100)
km = KMeans(2, n_init=5, random_state=0).fit(M).labels_
print(f"\n月牙：真实划分的平均轮廓系数 {silhouette_score(M, truth):.4f}")
print(f"  K 均值（K=2，把月牙切断）的平均轮廓系数 {silhouette_score(M, km):.4f}")
