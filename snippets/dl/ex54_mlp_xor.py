# EX-54（续）：从零实现的多层感知机学会异或（XOR），这是任何线性模型都分不开的问题
import numpy as np

from mlvault.nn.mlp import MLP

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([0, 1, 1, 0])
net = MLP([2, 8, 2], activation="tanh", learning_rate=0.5, n_epochs=1500, random_state=0).fit(X, y)
for epoch in [0, 100, 300, 1000, 1499]:
    print(f"第 {epoch:>4} 步  交叉熵 = {net.loss_curve_[epoch]:.4f}")
proba = net.predict_proba(X)[:, 1]
for xi, yi, p in zip(X, y, proba):
    print(f"x = {xi}  真实 y = {yi}  P(y=1) = {p:.4f}")
assert np.array_equal(net.predict(X), y)
