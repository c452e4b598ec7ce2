# EX-57：缩放点积注意力——读懂权重、掩码的效果、点积方差随 d_k 增长、多头各看各的子空间
import numpy as np

from mlvault.nn.activations import softmax
from mlvault.nn.attention import scaled_dot_product_attention

# 1) 原文 002 的 Q, K, V
Q = np.array([[1.0, 0.0], [0.0, 1.0]])
K = np.array([[1.0, 1.0], [1.0, 0.0]])
V = np.array([[0.0, 1.0], [1.0, 0.0]])
out, weights = scaled_dot_product_attention(Q, K, V)
print("分数 QKᵀ/√d_k:\n", np.array2string(Q @ K.T / np.sqrt(2), precision=4))
print("注意力权重（每行和为 1）:\n", np.array2string(weights, precision=4))
print("输出 = 权重 · V:\n", np.array2string(out, precision=4))

# 2) 因果掩码：被掩掉的分数置为 −∞，权重恰为 0，其余的重新归一化
rng = np.random.default_rng(0)
Qr, Kr, Vr = rng.normal(size=(3, 4, 8))
_, w_full = scaled_dot_product_attention(Qr, Kr, Vr)
_, w_causal = scaled_dot_product_attention(Qr, Kr, Vr, mask=np.tril(np.ones((4, 4), dtype=bool)))
print("\n无掩码的权重:\n", np.array2string(w_full, precision=3))
print("因果掩码下的权重（上三角为 0）:\n", np.array2string(w_causal, precision=3))
row = 1
print(f"查询 {row + 1}：无掩码权重的前 {row + 1} 个重新归一化 =",
      np.array2string(w_full[row, :row + 1] / w_full[row, :row + 1].sum(), precision=3))

# 3) 为什么除以 √d_k：q、k 各分量独立、方差 1 时 Var(q·k) = d_k
print(f"\n{'d_k':>5} {'Var(q·k)':>10} {'Var(q·k/√d_k)':>14} {'最大权重(不缩放)':>16} {'最大权重(缩放)':>14}")
for d in [4, 16, 64, 256, 1024]:
    q = rng.normal(size=(2000, d))
    k = rng.normal(size=(2000, 10, d))  # 每个查询 10 个键
    dots = np.einsum("nd,nkd->nk", q, k)
    print(f"{d:5d} {dots.var():10.2f} {(dots / np.sqrt(d)).var():14.4f} "
          f"{softmax(dots, axis=1).max(axis=1).mean():16.4f} {softmax(dots / np.sqrt(d), axis=1).max(axis=1).mean():14.4f}")

# 4) 多头：d = 8 拆成 2 个头，每个头在自己的 4 维子空间里算权重，得到不同的注意力模式
X = rng.normal(size=(5, 8))
W_Q, W_K, W_V = rng.normal(size=(3, 8, 8)) / np.sqrt(8)
heads = []
for h in range(2):
    cols = slice(4 * h, 4 * h + 4)
    o, w = scaled_dot_product_attention(X @ W_Q[:, cols], X @ W_K[:, cols], X @ W_V[:, cols])
    heads.append(o)
    print(f"\n头 {h + 1} 的权重（第 1 个查询）:", np.array2string(w[0], precision=3, suppress_small=True))
print("拼接后的输出形状:", np.concatenate(heads, axis=1).shape, "（再乘 W_O 回到 d = 8 维）")
