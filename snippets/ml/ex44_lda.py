# EX-44 线性判别分析：按定义写散度矩阵，解 S_B w = λ S_W w；rank(S_B) ≤ C-1；Fisher 比 = 特征值；PCA 方向的 Fisher 比；分量数上限
import numpy as np
import scipy.linalg

from mlvault.datasets import load_iris
from mlvault.decomposition import PCA, LinearDiscriminantAnalysis

iris = load_iris()
X, y = iris.data, iris.target
mu = X.mean(axis=0)

# 按定义：类间散度 S_B = Σ n_k (μ_k-μ)(μ_k-μ)ᵀ，类内散度 S_W = Σ_k Σ_{x∈k} (x-μ_k)(x-μ_k)ᵀ
S_B = np.zeros((4, 4))
S_W = np.zeros((4, 4))
for k in range(3):  # 对类别循环，不对样本循环
    Xk = X[y == k]
    d = Xk.mean(axis=0) - mu
    S_B += len(Xk) * np.outer(d, d)
    S_W += (Xk - Xk.mean(axis=0)).T @ (Xk - Xk.mean(axis=0))
print(f"rank(S_B) = {np.linalg.matrix_rank(S_B)}（3 个类别 → 至多 C-1 = 2）")

# 广义特征问题 S_B w = λ S_W w
lam, W = scipy.linalg.eigh(S_B, S_W)
lam, W = lam[::-1], W[:, ::-1]
print("广义特征值 λ:", np.array2string(np.where(np.abs(lam) < 1e-10, 0.0, lam), precision=4))


def fisher(w):
    return (w @ S_B @ w) / (w @ S_W @ w)


print(f"J(w1) = {fisher(W[:, 0]):.4f}，J(w2) = {fisher(W[:, 1]):.4f}：Fisher 比恰好等于特征值")
assert np.isclose(fisher(W[:, 0]), lam[0]) and np.isclose(fisher(W[:, 1]), lam[1])

lda = LinearDiscriminantAnalysis().fit(X, y)
print("explained_variance_ratio_（各广义特征值占总和的比例）:", np.array2string(lda.explained_variance_ratio_, precision=4))

# 同是一维投影，PCA 的第一主成分与 LDA 的第一判别方向谁更能分开类别？
w_pca = PCA(1).fit(X).components_[0]
print(f"Fisher 比 J：PCA 第一主成分 {fisher(w_pca):.4f}  vs  LDA 第一判别方向 {fisher(W[:, 0]):.4f}")

# ER-48：LDA 最多 min(n_features, n_classes-1) = min(4, 2) = 2 个分量
try:
    LinearDiscriminantAnalysis(n_components=3).fit(X, y)
except ValueError as err:
    print("n_components=3 →", f"ValueError: {err}")
