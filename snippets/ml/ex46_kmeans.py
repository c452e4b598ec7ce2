# EX-46 K 均值：分配与更新两个半步各自让 J 下降；初值不同会停在不同的局部最优；肘部法则
import numpy as np

from mlvault.cluster import KMeans

rng = np.random.default_rng(0)
X = np.vstack([c + rng.standard_normal((30, 2)) for c in [[0.0, 0.0], [5.0, 1.0], [2.0, 5.0]]])

# 1) 从三个挤在一起的初始中心出发，记录每个半步之后的 J
centres = X[[0, 1, 2]].copy()
for it in range(1, 20):
    labels = ((X[:, None] - centres[None]) ** 2).sum(axis=2).argmin(axis=1)  # 分配：最近的中心
    J_assign = ((X - centres[labels]) ** 2).sum()
    new = np.array([X[labels == k].mean(axis=0) for k in range(3)])           # 更新：簇均值
    J_update = ((X - new[labels]) ** 2).sum()
    print(f"第 {it} 轮：分配后 J = {J_assign:9.4f}，更新后 J = {J_update:9.4f}，中心移动 {np.abs(new - centres).max():.4f}")
    if np.allclose(new, centres):
        break
    centres = new

# 2) 局部最优：5 簇数据，20 个随机初值（各跑一次 Lloyd）停在哪里
centres5 = np.array([[0, 0], [6, 0], [0, 6], [6, 6], [3, 3]], dtype=float)
X5 = np.vstack([c + 0.7 * rng.standard_normal((25, 2)) for c in centres5])
finals = np.array([KMeans(5, init="random", n_init=1, random_state=s).fit(X5).inertia_ for s in range(20)])
values, counts = np.unique(np.round(finals, 2), return_counts=True)
print("\n20 个随机初值的最终 J（取值：次数）:", ", ".join(f"{v:.2f}：{c}" for v, c in zip(values, counts)))
best = KMeans(5, n_init=10, random_state=0).fit(X5).inertia_
print(f"k-means++ 初始化、n_init=10 取最好：J = {best:.2f}")

# 3) 肘部法则：最优 J 随 K 单调下降，下降变缓处提示 K
for K in range(1, 7):
    print(f"K = {K}: J = {KMeans(K, n_init=5, random_state=0).fit(X).inertia_:9.4f}")
