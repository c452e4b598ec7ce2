# EX-43 主成分分析：003 的"特征值路线"（协方差用 1/n）与 SVD 路线（1/(n-1)，同 scikit-learn）在鸢尾花上对比
import numpy as np

from mlvault.datasets import load_iris
from mlvault.decomposition import PCA

X = load_iris().data
n = X.shape[0]

# 003 的五步：中心化 → 协方差 Σ = (1/n) X̃ᵀX̃ → 特征分解 → 取前 k 个 → 投影 Z = X̃ V_k
Xc = X - X.mean(axis=0)
Sigma = Xc.T @ Xc / n
lam, V = np.linalg.eigh(Sigma)  # eigh 按升序返回，翻转成降序
lam, V = lam[::-1], V[:, ::-1]
Z_eig = Xc @ V[:, :2]

pca = PCA(n_components=4).fit(X)  # SVD 路线：X̃ = UΣVᵀ，方差 σ²/(n-1)
print("特征值路线 λ (1/n):       ", np.array2string(lam, precision=4))
print("SVD 路线 explained_variance_:", np.array2string(pca.explained_variance_, precision=4))
print(f"两者之比: {np.array2string(pca.explained_variance_ / lam, precision=4)}  (n/(n-1) = {n / (n - 1):.4f})")
assert np.allclose(pca.explained_variance_ / lam, n / (n - 1))

ratio_eig = lam / lam.sum()
print("解释方差比 (特征值路线):", np.array2string(ratio_eig, precision=4))
print("解释方差比 (SVD 路线):  ", np.array2string(pca.explained_variance_ratio_, precision=4))
assert np.allclose(ratio_eig, pca.explained_variance_ratio_)

cumulative = np.cumsum(pca.explained_variance_ratio_)
print("累计解释方差比:", np.array2string(cumulative, precision=4))
for threshold in (0.85, 0.95):
    k = int(np.searchsorted(cumulative, threshold) + 1)
    print(f"  达到 {threshold:.0%} 需要 k = {k} 个主成分；PCA({threshold}) 选 {PCA(threshold).fit(X).n_components_} 个")

# 投影只差一个符号：特征向量（和奇异向量）的方向本来就只确定到 ±
Z_svd = PCA(2).fit_transform(X)
signs = np.sign(np.sum(Z_eig * Z_svd, axis=0))
print("特征值路线的投影（前 3 个样本）:\n", np.array2string(Z_eig[:3], precision=4))
print("SVD 路线的投影（前 3 个样本）:\n", np.array2string(Z_svd[:3], precision=4))
print(f"逐列符号: {signs}，对齐后最大差 {np.abs(Z_eig * signs - Z_svd).max():.2e}")
assert np.allclose(Z_eig * signs, Z_svd)
