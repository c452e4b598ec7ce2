# EX-24 交叉熵 = 熵 + KL：沿一族 Q 扫描、one-hot 标签、软标签下两者的值不同而梯度相同
import numpy as np

from mlvault.information import cross_entropy, entropy, kl_divergence
from mlvault.nn.activations import softmax

# 1) P 固定，Q_t ∝ P^t：t = 0 是均匀分布，t = 1 是 P 本身，t > 1 比 P 更尖。两者之差始终是 H(P)
P = np.array([0.6, 0.3, 0.1])
print("   t     H(P,Q_t)   D_KL(P‖Q_t)   H(P,Q_t) - D_KL")
for t in [0.0, 0.5, 0.9, 1.0, 1.1, 2.0, 4.0]:
    Q = softmax(t * np.log(P))
    ce, kl = cross_entropy(P, Q), kl_divergence(P, Q)
    print(f"  {t:<4}  {ce:9.6f}   {kl:10.6f}    {ce - kl:9.6f}")
print(f"H(P) = {entropy(P):.6f} nat：两列都在 t = 1 处最小，差值恒为 H(P)")

# 2) 分类任务：one-hot 标签的熵为 0，交叉熵损失就是 KL 散度，也就是 -ln(正确类别的概率)
P1 = np.array([0.0, 1.0, 0.0])
Q1 = np.array([0.2, 0.7, 0.1])
print(f"one-hot P = {P1}, Q = {Q1}: H(P) = {entropy(P1):.1f}，H(P,Q) = {cross_entropy(P1, Q1):.6f}，"
      f"D_KL = {kl_divergence(P1, Q1):.6f}，-ln 0.7 = {-np.log(0.7):.6f}")

# 3) 软标签（如标签平滑）：H(P) > 0。Q = P 时 KL 为 0，交叉熵却停在 H(P)
P2 = np.array([0.9, 0.05, 0.05])
print(f"软标签 P = {P2}，Q = P：H(P,Q) = {cross_entropy(P2, P2):.6f}，D_KL = {kl_divergence(P2, P2):.6f}")

# 4) 但对模型 logits z 的梯度相同（中心差分）：两个目标只差一个与 z 无关的常数 H(P)
z = np.array([1.0, -0.5, 0.3])
h = 1e-6
steps = np.eye(3) * h
grad_ce = np.array([(cross_entropy(P2, softmax(z + e)) - cross_entropy(P2, softmax(z - e))) / (2 * h) for e in steps])
grad_kl = np.array([(kl_divergence(P2, softmax(z + e)) - kl_divergence(P2, softmax(z - e))) / (2 * h) for e in steps])
print(f"∇_z H(P,Q)  = {np.round(grad_ce, 6)}")
print(f"∇_z D_KL    = {np.round(grad_kl, 6)}")
print(f"softmax(z) - P = {np.round(softmax(z) - P2, 6)}")
