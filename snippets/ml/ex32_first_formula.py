# EX-32 第一公式 f(x) = x wᵀ + b：行向量写法、列向量写法与点积写法给出同一个分数
import numpy as np

from mlvault.linear import LinearRegression, LogisticRegression

rng = np.random.default_rng(0)
X = rng.normal(size=(6, 3))  # 6 个样本，每行一个样本（设计矩阵）
y_reg = X @ np.array([2.0, -1.0, 0.5]) + 3.0 + 0.1 * rng.normal(size=6)
y_cls = (X[:, 0] - X[:, 1] > 0).astype(int)

reg = LinearRegression().fit(X, y_reg)
w, b = reg.coef_, reg.intercept_
x = X[0]

row = x[None, :] @ w[None, :].T + b  # x 与 w 都看作 1×n 的行矩阵：x wᵀ + b，结果是 1×1 矩阵
col = w[:, None].T @ x[:, None] + b  # 都看作 n×1 的列向量：wᵀ x + b
dot = np.dot(w, x) + b  # 向量点积：w·x + b
by_sum = sum(w_i * x_i for w_i, x_i in zip(w, x)) + b  # Σ x_i w_i + b
print(f"w = {np.round(w, 4)}, b = {b:.4f}")
print(f"行矩阵 x wᵀ + b = {row.item():.6f}   列向量 wᵀx + b = {col.item():.6f}")
print(f"点积 w·x + b   = {dot:.6f}   逐项求和 Σ x_i w_i + b = {by_sum:.6f}")
print(f"LinearRegression.predict     = {reg.predict(X[:1])[0]:.6f}")
assert np.allclose([row.item(), col.item(), by_sum], dot) and np.isclose(dot, reg.predict(X[:1])[0])

# 整个数据集一次算完：X wᵀ + b（每行一个样本），就是 predict
assert np.allclose(X @ w + b, reg.predict(X))

# 分类器用的是同一个分数：逻辑回归的 decision_function 就是 X wᵀ + b，分类看它的符号
clf = LogisticRegression().fit(X, y_cls)
scores = X @ clf.coef_[0] + clf.intercept_[0]
print("逻辑回归的分数 X wᵀ + b:", np.round(scores, 4))
print("decision_function       :", np.round(clf.decision_function(X), 4))
print("按符号分类 (分数 > 0 → 1):", (scores > 0).astype(int), " predict:", clf.predict(X))
assert np.allclose(scores, clf.decision_function(X))
assert np.array_equal((scores > 0).astype(int), clf.predict(X))
