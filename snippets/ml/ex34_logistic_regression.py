# EX-34 逻辑回归：手写梯度下降 = mlvault LogisticRegression(penalty=None)（L-BFGS），以及交叉熵损失
import numpy as np
from scipy.special import expit

from mlvault.information import binary_cross_entropy
from mlvault.linear import LogisticRegression

rng = np.random.default_rng(7)
n = 200
X = rng.normal(size=(n, 2))
y = (X @ np.array([2.0, -1.0]) + 0.5 + rng.logistic(size=n) > 0).astype(int)  # 有重叠：不可分

# 梯度下降：J(θ) = -(1/m) Σ [y log h + (1-y) log(1-h)]，∇J = (1/m) Xᵀ(h - y)
A = np.column_stack([np.ones(n), X])  # 第一列 1 对应截距
theta = np.zeros(3)
for _ in range(5000):  # 对轮次循环；每一步是对全部样本的一次矩阵运算
    h = expit(A @ theta)  # σ(θᵀx)
    theta -= 1.0 * A.T @ (h - y) / n
print("梯度下降      θ = [b, w1, w2] =", np.round(theta, 6))

model = LogisticRegression(penalty=None, tol=1e-10, max_iter=1000).fit(X, y)
lbfgs = np.r_[model.intercept_, model.coef_[0]]
print("L-BFGS（mlvault）             =", np.round(lbfgs, 6))
print(f"最大差异 {np.abs(theta - lbfgs).max():.1e}")
assert np.allclose(theta, lbfgs, atol=1e-6)

loss_gd = binary_cross_entropy(y, expit(A @ theta))
loss_model = binary_cross_entropy(y, model.predict_proba(X)[:, 1])
print(f"交叉熵（对数损失）: 梯度下降 {loss_gd:.6f} nats，mlvault {loss_model:.6f} nats")
print(f"最优点处梯度的范数: {np.linalg.norm(A.T @ (expit(A @ theta) - y) / n):.1e}")
assert np.isclose(loss_gd, loss_model)

# 对数几率：log(h / (1-h)) 恰好是线性分数 θᵀx
h = model.predict_proba(X[:3])[:, 1]
log_odds, scores = np.log(h / (1 - h)), model.decision_function(X[:3])
print("log(h/(1-h)) =", np.round(log_odds, 6), " θᵀx =", np.round(scores, 6))
assert np.allclose(log_odds, scores)

# 阈值：h = 0.5 恰在边界上。速查表写 “h ≥ 0.5 → 1”，scikit-learn/mlvault 只在分数 > 0 时判 1
x_on_boundary = np.array([[-model.intercept_[0] / model.coef_[0, 0], 0.0]])  # 使 θᵀx ≈ 0 的点
z = model.decision_function(x_on_boundary)[0]
print(f"边界上的点: θᵀx = {z:.1e}，h = {expit(z):.4f}，predict → {model.predict(x_on_boundary)[0]}（分数 > 0 才判 1）")
assert model.predict(x_on_boundary)[0] == int(z > 0)
