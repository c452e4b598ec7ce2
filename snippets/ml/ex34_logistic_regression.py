# EX-34 逻辑回归：按梯度公式 (1/m)Xᵀ(σ(Xθ)-y) 做梯度下降；系数的几率解释；阈值 0.5 落在哪一边
import numpy as np
from scipy.special import expit

from mlvault.linear import LogisticRegression

rng = np.random.default_rng(7)
n = 200
X = rng.normal(size=(n, 2))
y = (X @ np.array([2.0, -1.0]) + 0.5 + rng.logistic(size=n) > 0).astype(int)  # 有重叠：不可分
A = np.column_stack([np.ones(n), X])  # 第一列 1 对应截距


def loss_and_grad(theta):
    h = expit(A @ theta)  # σ(θᵀx)
    loss = -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))  # 交叉熵 J(θ)
    return loss, A.T @ (h - y) / n  # ∇J = (1/m) Xᵀ(h - y)


theta = np.zeros(3)
print("迭代     交叉熵 J(θ)   ‖∇J‖        θ = [b, w1, w2]")
for t in range(5001):  # 对轮次循环；每一步是对全部样本的一次矩阵运算
    loss, grad = loss_and_grad(theta)
    if t in (0, 10, 100, 1000, 5000):
        print(f"{t:<8} {loss:<13.6f} {np.linalg.norm(grad):<11.2e} {np.round(theta, 4)}")
    theta -= 1.0 * grad  # 学习率 1.0
h = expit(A @ theta)
print(f"\n平均预测概率 mean(h) = {h.mean():.6f}，训练集正类比例 mean(y) = {y.mean():.6f}")

# 系数的含义：x1 增加 1，几率 h/(1-h) 乘以 e^{w1}
w1 = theta[1]
odds = []
for label, point in [("(0.3, -0.2)", [0.3, -0.2]), ("(1.3, -0.2)", [1.3, -0.2])]:
    p = expit(theta[0] + theta[1:] @ point)
    odds.append(p / (1 - p))
    print(f"x = {label:<12} h = {p:.4f}，几率 h/(1-h) = {p / (1 - p):.4f}，对数几率 = {np.log(p / (1 - p)):.4f}")
print(f"几率之比 = {odds[1] / odds[0]:.4f}，e^(w1) = {np.exp(w1):.4f}")

# 阈值：h = 0.5 恰在边界上。速查表写「h ≥ 0.5 → 1」，常见的库只在分数 > 0 时判 1
model = LogisticRegression(penalty=None).fit(X, y)
x_on_boundary = np.array([[-model.intercept_[0] / model.coef_[0, 0], 0.0]])  # 使 θᵀx = 0 的点
z = model.decision_function(x_on_boundary)[0]
print(f"\n边界上的点: θᵀx = {z:.1e}，h = {expit(z):.4f}，predict → {model.predict(x_on_boundary)[0]}（分数 > 0 才判 1）")
