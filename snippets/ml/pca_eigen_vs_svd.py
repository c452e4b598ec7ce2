# PCA 的两条路线：协方差（1/n）的特征分解 vs 中心化数据的 SVD（方差按 1/(n-1)，同 scikit-learn）
import numpy as np

from mlvault.datasets import load_iris
from mlvault.decomposition import PCA

X = load_iris().data
n = X.shape[0]
Xc = X - X.mean(axis=0)
lam, V = np.linalg.eigh(Xc.T @ Xc / n)  # 特征值路线，升序
lam, V = lam[::-1], V[:, ::-1]
pca = PCA().fit(X)  # SVD 路线
print("特征值路线 λ（1/n）:          ", np.array2string(lam, precision=4))
print("SVD 路线 explained_variance_:", np.array2string(pca.explained_variance_, precision=4))
print(f"逐项之比: {np.array2string(pca.explained_variance_ / lam, precision=4)}，n/(n-1) = {n / (n - 1):.4f}")
print("解释方差比之差的最大值:", f"{np.abs(lam / lam.sum() - pca.explained_variance_ratio_).max():.1e}")
signs = np.sign(np.sum(V * pca.components_.T, axis=0))
print("主轴逐列符号（特征向量只确定到 ±）:", signs)
