# 练习：只有一层的 softmax 分类器（z = Wx + b）用推导出的梯度 (s − y)xᵀ 训练，能学会异或（XOR）吗？加一个隐藏层呢？
import numpy as np

from mlvault.nn.activations import log_softmax, softmax

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([0, 1, 1, 0])
Y = np.eye(2)[y]
rng = np.random.default_rng(0)

# 一层：z = W x + b
W, b = rng.normal(scale=0.1, size=(2, 2)), np.zeros(2)
for step in range(2000):
    S = softmax(X @ W.T + b)
    delta = (S - Y) / len(X)            # ∂L/∂z = s − y（批平均）
    W -= 1.0 * delta.T @ X              # ∂L/∂W = Σ δ xᵀ
    b -= 1.0 * delta.sum(axis=0)        # ∂L/∂b = Σ δ
loss = -np.mean(np.sum(Y * log_softmax(X @ W.T + b), axis=1))
print(f"一层：交叉熵 {loss:.4f}（ln 2 = {np.log(2):.4f}），P(y=1) = {np.round(softmax(X @ W.T + b)[:, 1], 3)}")

# 两层：a = tanh(W1 x + b1)，z = W2 a + b2；误差项 δ1 = (W2ᵀ δ2) ⊙ (1 − a²)
W1, b1 = rng.normal(size=(4, 2)), np.zeros(4)
W2, b2 = rng.normal(scale=0.5, size=(2, 4)), np.zeros(2)
for step in range(2000):
    A = np.tanh(X @ W1.T + b1)
    S = softmax(A @ W2.T + b2)
    d2 = (S - Y) / len(X)
    d1 = (d2 @ W2) * (1 - A**2)
    W2 -= 1.0 * d2.T @ A
    b2 -= 1.0 * d2.sum(axis=0)
    W1 -= 1.0 * d1.T @ X
    b1 -= 1.0 * d1.sum(axis=0)
S = softmax(np.tanh(X @ W1.T + b1) @ W2.T + b2)
print(f"两层：交叉熵 {-np.mean(np.sum(Y * np.log(S), axis=1)):.4f}，P(y=1) = {np.round(S[:, 1], 3)}")
