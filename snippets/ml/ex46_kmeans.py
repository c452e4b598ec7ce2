# EX-46 K 均值：按 003 的四步手写 Lloyd 迭代，与 mlvault.cluster.KMeans 从同一初值出发的结果一致；J = inertia_
import numpy as np

from mlvault.cluster import KMeans

rng = np.random.default_rng(0)
centres_true = np.array([[0.0, 0.0], [5.0, 1.0], [2.0, 5.0]])
X = np.vstack([c + rng.standard_normal((30, 2)) for c in centres_true])

# 1. 初始化 K 个中心（这里固定取 3 个样本，两种实现用同一个初值）
init = X[[0, 1, 2]].copy()
mu = init.copy()
print("初始中心:\n", np.array2string(mu, precision=4))
for it in range(1, 100):
    # 2. 分配：每个点归到最近的中心
    d2 = ((X[:, None, :] - mu[None, :, :]) ** 2).sum(axis=2)  # (n, K)：教学版，直接广播
    labels = d2.argmin(axis=1)
    J = d2[np.arange(len(X)), labels].sum()
    # 3. 更新：每个簇的均值
    new_mu = np.array([X[labels == k].mean(axis=0) for k in range(3)])
    print(f"第 {it} 次迭代：分配后 J = {J:.4f}，中心移动 {np.abs(new_mu - mu).max():.4f}")
    # 4. 重复直到中心不再移动
    if np.allclose(new_mu, mu):
        break
    mu = new_mu

J = ((X - mu[labels]) ** 2).sum()
km = KMeans(n_clusters=3, init=init, n_init=1).fit(X)
print("手写 Lloyd 的中心:\n", np.array2string(mu, precision=4))
print("KMeans.cluster_centers_:\n", np.array2string(km.cluster_centers_, precision=4))
print(f"J（手写）= {J:.4f}，inertia_ = {km.inertia_:.4f}，迭代 {km.n_iter_} 次")
print("inertia_history_（每次分配后的 J，单调不增）:", np.array2string(km.inertia_history_, precision=4))
assert np.allclose(mu, km.cluster_centers_) and np.array_equal(labels, km.labels_)
assert np.isclose(J, km.inertia_)

# 肘部法则：J 随 K 增大而下降，下降变缓的"肘部"提示 K
for K in range(1, 7):
    print(f"K = {K}: J = {KMeans(K, n_init=5, random_state=0).fit(X).inertia_:9.4f}")
