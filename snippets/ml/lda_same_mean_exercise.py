# LDA 的盲区：两类均值相同、只是方差不同 → S_B ≈ 0，没有任何方向的 Fisher 比明显大于 0
import numpy as np
import scipy.linalg

from mlvault.decomposition import scatter_matrices

rng = np.random.default_rng(0)
X0 = rng.normal(0.0, 0.3, size=(200, 2))   # 内圈：紧
X1 = rng.normal(0.0, 2.0, size=(200, 2))   # 外圈：散，均值同为 0
X = np.vstack([X0, X1])
y = np.repeat([0, 1], 200)

S_B, S_W = scatter_matrices(X, y)
lam = scipy.linalg.eigh(S_B, S_W, eigvals_only=True)[::-1]
print("类均值:", np.array2string(X0.mean(axis=0), precision=3), np.array2string(X1.mean(axis=0), precision=3))
print(f"rank 上限 C-1 = 1；最大广义特征值 λ₁ = J(w₁) = {lam[0]:.4f}")
w = scipy.linalg.eigh(S_B, S_W)[1][:, -1]
z0, z1 = X0 @ w, X1 @ w
print(f"投影后两类的均值 {z0.mean():+.3f} vs {z1.mean():+.3f}，标准差 {z0.std():.3f} vs {z1.std():.3f}")
# 半径 ‖x‖ 这个非线性特征却能把两类分开
r0, r1 = np.linalg.norm(X0, axis=1), np.linalg.norm(X1, axis=1)
threshold = 0.8
print(f"用半径 ‖x‖ < {threshold} 判为内圈的准确率：{((r0 < threshold).sum() + (r1 >= threshold).sum()) / 400:.4f}")
