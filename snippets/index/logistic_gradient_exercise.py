# 练习：逻辑回归交叉熵损失的梯度 (1/m)Xᵀ(σ(Xθ) - y)，与线性回归的梯度形式相同；梯度检验核对三个候选
import numpy as np

from mlvault.calculus import gradient_check

rng = np.random.default_rng(0)
m, n = 40, 3
X = np.c_[np.ones(m), rng.normal(size=(m, n - 1))]  # 第一列为 1：截距 θ₀
y = (rng.random(m) < 0.5).astype(float)
theta = rng.normal(size=n)
sigmoid = lambda z: 1 / (1 + np.exp(-z))


def J(theta):
    h = sigmoid(X @ theta)
    return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))


candidates = {
    "(1/m)Xᵀ(σ(Xθ) - y)": lambda t: X.T @ (sigmoid(X @ t) - y) / m,
    "(1/m)Xᵀ(Xθ - y)（照搬线性回归）": lambda t: X.T @ (X @ t - y) / m,
    "(1/m)Xᵀ[(σ(Xθ) - y)⊙σ'(Xθ)]（多乘了 σ'）": lambda t: X.T @ ((sigmoid(X @ t) - y) * sigmoid(X @ t) * (1 - sigmoid(X @ t))) / m,
}
for name, grad in candidates.items():
    print(f"{name}：梯度检验最大相对误差 {gradient_check(J, grad, theta):.1e}")
