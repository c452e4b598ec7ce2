# 先猜：四个团两两靠近（两对），平均轮廓系数会选 K=2 还是 K=4？
import numpy as np

from mlvault.cluster import KMeans
from mlvault.metrics import silhouette_score

rng = np.random.default_rng(1)
centres = [[0, 0], [2, 0], [12, 0], [14, 0]]  # 两对团，对内相距 2，对间相距约 12
X = np.vstack([c + 0.4 * rng.standard_normal((30, 2)) for c in centres])
for K in range(2, 7):
    labels = KMeans(K, n_init=10, random_state=0).fit(X).labels_
    print(f"K = {K}: 平均轮廓系数 {silhouette_score(X, labels):.4f}")
