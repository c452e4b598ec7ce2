# 练习：一个有错的反向传播（把 tanh′ 算在输出 a 上而不是预激活 z 上），梯度检查能不能发现？
import numpy as np

rng = np.random.default_rng(1)
X, Y = rng.normal(size=(8, 3)), rng.normal(size=(8, 2))
W1, b1 = rng.normal(scale=0.8, size=(4, 3)), np.zeros(4)
W2, b2 = rng.normal(scale=0.8, size=(2, 4)), np.zeros(2)


def loss(W1_):
    a1 = np.tanh(X @ W1_.T + b1)
    return 0.5 * np.sum((a1 @ W2.T + b2 - Y) ** 2)


def grad_W1(buggy):
    z1 = X @ W1.T + b1
    a1 = np.tanh(z1)
    delta2 = a1 @ W2.T + b2 - Y                          # δ(2) = ŷ − y
    local = 1 - np.tanh(a1) ** 2 if buggy else 1 - a1**2  # 正确：tanh′(z1) = 1 − a1²
    delta1 = (delta2 @ W2) * local                        # δ(1) = (W(2)ᵀ δ(2)) ⊙ tanh′(z1)
    return delta1.T @ X                                   # ∂L/∂W(1) = Σ δ(1) xᵀ


numeric = np.zeros_like(W1)
for idx in np.ndindex(W1.shape):
    E = np.zeros_like(W1)
    E[idx] = 1e-6
    numeric[idx] = (loss(W1 + E) - loss(W1 - E)) / 2e-6
for buggy in [False, True]:
    g = grad_W1(buggy)
    rel = np.linalg.norm(g - numeric) / np.linalg.norm(g + numeric)
    cos = np.sum(g * numeric) / (np.linalg.norm(g) * np.linalg.norm(numeric))
    print(f"{'有错的版本' if buggy else '正确的版本'}：相对误差 {rel:.2e}，与真梯度的夹角余弦 {cos:.4f}")
