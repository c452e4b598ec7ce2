# EX-58：反向缩放 Dropout 保持期望、批归一化让梯度与权重尺度成反比、早停在验证损失最低处停下
import numpy as np

from mlvault.nn.regularization import batch_norm, batch_norm_backward, dropout

rng = np.random.default_rng(0)

# 1) Dropout：E[y] = x，Var[y] = x² p/(1 − p)
x = np.ones(200_000)
print(f"{'丢弃概率 p':>10} {'保留比例':>8} {'保留值':>8} {'均值':>8} {'方差':>8} {'理论方差 p/(1−p)':>16}")
for p in [0.1, 0.3, 0.5, 0.8]:
    y = dropout(x, p, rng)
    print(f"{p:10.1f} {np.mean(y != 0):8.4f} {y.max():8.4f} {y.mean():8.4f} {y.var():8.4f} {p / (1 - p):16.4f}")
print("评估模式原样输出？", np.array_equal(dropout(x, 0.5, rng, training=False), x))

# 2) 批归一化的尺度不变性：z = W x 之后接 BN，把 W 放大 10 倍，损失不变、梯度缩小 10 倍且与 W 正交
X = rng.normal(size=(64, 5))
T = rng.normal(size=(64, 3))
W = rng.normal(size=(3, 5))
print("\n线性层 + 批归一化，L = ½‖BN(XWᵀ) − T‖²")
for scale in [1.0, 10.0]:
    Ws = scale * W
    Z = X @ Ws.T
    Y = batch_norm(Z, np.ones(3), np.zeros(3), eps=0.0)
    dZ, _, _ = batch_norm_backward(Y - T, Z, np.ones(3), eps=0.0)
    dW = dZ.T @ X
    cos = np.sum(dW * Ws) / (np.linalg.norm(dW) * np.linalg.norm(Ws))
    print(f"  W × {scale:>4}: 损失 {0.5 * np.sum((Y - T) ** 2):.6f}  ‖∂L/∂W‖ {np.linalg.norm(dW):.6f}  "
          f"∂L/∂W 与 W 的夹角余弦 {cos:+.1e}")

# 3) 早停：验证损失连续 patience 个 epoch 没有刷新最低点就停，恢复最低点的参数
epochs = np.arange(1, 61)
train_loss = 1.0 / np.sqrt(epochs)
val_loss = train_loss + 0.004 * epochs + 0.002 * rng.normal(size=60)  # 泛化差距随训练增大
patience, stopped = 5, epochs[-1]
for e in epochs[patience:]:
    if val_loss[: e - patience].min() <= val_loss[e - patience : e].min():  # 最近 5 个 epoch 没有改进
        stopped = e
        break
best = epochs[np.argmin(val_loss[:stopped])]
print(f"\n早停（耐心 {patience}）：在 epoch {stopped} 停止，恢复验证损失最小的 epoch {best}")
print(f"  epoch {best}: 训练损失 {train_loss[best - 1]:.4f}，验证损失 {val_loss[best - 1]:.4f}")
print(f"  一直训练到 epoch 60: 训练损失 {train_loss[-1]:.4f}，验证损失 {val_loss[-1]:.4f}")
