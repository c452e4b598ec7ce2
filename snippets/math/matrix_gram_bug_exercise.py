# 练习：旧代码用 np.matrix 写 Gram 矩阵 X.T * X；换成 ndarray 后会怎样？
import numpy as np


def gram_old(X):
    return X.T * X  # 写给 np.matrix 的：* 是矩阵乘法


rng = np.random.default_rng(0)
X_tall = rng.standard_normal((5, 3))  # 5 个样本、3 个特征
X_sq = rng.standard_normal((3, 3))  # 恰好是方阵

print("matrix 输入，形状", gram_old(np.asmatrix(X_tall)).shape)
try:
    gram_old(X_tall)
except ValueError as err:
    print("ndarray (5, 3) 输入：ValueError:", str(err).split("\n")[0])
G_bad = gram_old(X_sq)
print("ndarray (3, 3) 输入：形状", G_bad.shape, "，与 X.T @ X 的最大差", f"{np.abs(G_bad - X_sq.T @ X_sq).max():.4f}")
G_ok = X_sq.T @ X_sq
print("有 bug 的结果对称？", np.allclose(G_bad, G_bad.T), "（X^T ⊙ X 也是对称的，检查对称性发现不了）")
print(f"最小特征值：X.T @ X {np.linalg.eigvalsh(G_ok).min():.4f}，有 bug 的 {np.linalg.eigvalsh(G_bad).min():.4f}")
