# 与参考实现对照：从零写的缩放点积注意力与 torch.nn.functional.scaled_dot_product_attention 一致
import numpy as np
import torch
import torch.nn.functional as F

from mlvault.nn.attention import scaled_dot_product_attention

Q = np.array([[1.0, 0.0], [0.0, 1.0]])
K = np.array([[1.0, 1.0], [1.0, 0.0]])
V = np.array([[0.0, 1.0], [1.0, 0.0]])
ref = F.scaled_dot_product_attention(torch.tensor(Q), torch.tensor(K), torch.tensor(V)).numpy()
print("原文 Q, K, V 的输出（torch）:\n", np.array2string(ref, precision=4))
print(f"与从零实现的最大差: {np.abs(scaled_dot_product_attention(Q, K, V)[0] - ref).max():.1e}")

rng = np.random.default_rng(0)
Qr, Kr, Vr = rng.normal(size=(3, 2, 6, 8))
mask = np.tril(np.ones((6, 6), dtype=bool))
ref_m = F.scaled_dot_product_attention(torch.tensor(Qr), torch.tensor(Kr), torch.tensor(Vr),
                                       attn_mask=torch.tensor(mask)).numpy()
out_m, _ = scaled_dot_product_attention(Qr, Kr, Vr, mask=mask)
print(f"因果掩码（attn_mask，True = 可以关注）下的最大差: {np.abs(out_m - ref_m).max():.1e}")
