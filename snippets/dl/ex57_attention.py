# EX-57: scaled dot-product attention on the seed's Q, K, V = torch's scaled_dot_product_attention
import numpy as np
import torch
import torch.nn.functional as F

from mlvault.nn.attention import scaled_dot_product_attention

Q = np.array([[1.0, 0.0], [0.0, 1.0]])
K = np.array([[1.0, 1.0], [1.0, 0.0]])
V = np.array([[0.0, 1.0], [1.0, 0.0]])
d_k = Q.shape[-1]
print("分数 QKᵀ/√d_k:\n", np.array2string(Q @ K.T / np.sqrt(d_k), precision=4))
out, weights = scaled_dot_product_attention(Q, K, V)
print("注意力权重 softmax(QKᵀ/√d_k)（每行和为 1）:\n", np.array2string(weights, precision=4))
print("输出 = 权重 · V:\n", np.array2string(out, precision=4))
ref = F.scaled_dot_product_attention(torch.tensor(Q), torch.tensor(K), torch.tensor(V)).numpy()
print("torch F.scaled_dot_product_attention:\n", np.array2string(ref, precision=4))
assert np.allclose(out, ref)

# a causal mask (True = may attend): position i only sees keys 0..i
rng = np.random.default_rng(0)
Qr, Kr, Vr = rng.normal(size=(3, 4, 8))
mask = np.tril(np.ones((4, 4), dtype=bool))
out_m, w_m = scaled_dot_product_attention(Qr, Kr, Vr, mask=mask)
ref_m = F.scaled_dot_product_attention(torch.tensor(Qr), torch.tensor(Kr), torch.tensor(Vr),
                                       attn_mask=torch.tensor(mask)).numpy()
print("\n因果掩码下的权重（上三角为 0）:\n", np.array2string(w_m, precision=3))
print("与 torch（attn_mask）的最大差:", f"{np.abs(out_m - ref_m).max():.1e}")
assert np.allclose(out_m, ref_m)

# why √d_k: for unit-variance q, k the dot product has variance d_k
for d in [4, 64, 512]:
    q, k = rng.normal(size=(2, 4000, d))
    dots = np.sum(q * k, axis=1)
    print(f"d_k = {d:>3}: Var(q·k) = {dots.var():8.2f},  Var(q·k/√d_k) = {(dots / np.sqrt(d)).var():.4f}")
