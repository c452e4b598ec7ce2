# 练习：softmax 交叉熵对 logits 的梯度是 p - y；用中心差分逐个分量核对
import numpy as np

from mlvault.nn.activations import log_softmax, softmax

z = np.array([2.0, 1.0, 0.1])
y = np.array([1.0, 0.0, 0.0])  # 正确类别是第 0 类


def loss(logits):
    return -np.sum(y * log_softmax(logits))


analytic = softmax(z) - y
h = 1e-6
numeric = np.array([(loss(z + h * e) - loss(z - h * e)) / (2 * h) for e in np.eye(3)])
print(f"p       = {np.round(softmax(z), 6)}")
print(f"p - y   = {np.round(analytic, 6)}")
print(f"中心差分 = {np.round(numeric, 6)}")
print(f"最大差   = {np.max(np.abs(analytic - numeric)):.1e}")
print(f"梯度分量之和 = {analytic.sum():.1e}（p 与 y 的和都是 1）")
