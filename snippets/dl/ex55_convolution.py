# EX-55: what a CNN computes (cross-correlation), output sizes, parameter counts, pooling
import itertools

import numpy as np
import torch
import torch.nn.functional as F
from scipy import signal

from mlvault.nn.conv import avg_pool2d, conv2d, conv_output_size, conv_param_count, max_pool2d

S = np.arange(16.0).reshape(4, 4)  # a 4×4 "image"
K = np.array([[1.0, 0.0], [0.0, -1.0]])  # a 2×2 kernel (not symmetric, so flipping matters)

# the seed's formula Σ_m Σ_n S[i+m, j+n] K[m, n], written out by hand
hand = np.array([[np.sum(S[i:i + 2, j:j + 2] * K) for j in range(3)] for i in range(3)])
ours = conv2d(S[None, None], K[None, None])[0, 0]
torch_out = F.conv2d(torch.tensor(S)[None, None], torch.tensor(K)[None, None])[0, 0].numpy()
corr = signal.correlate2d(S, K, mode="valid")
conv = signal.convolve2d(S, K, mode="valid")
print("手算 ΣS[i+m,j+n]K[m,n]:\n", hand)
print("mlvault conv2d = torch F.conv2d = scipy correlate2d:",
      np.allclose(hand, ours) and np.allclose(ours, torch_out) and np.allclose(ours, corr))
print("scipy convolve2d（真正的卷积，核翻转）:\n", conv)
print("与 conv2d 相同？", np.allclose(ours, conv), " 把核旋转 180° 后相同？",
      np.allclose(conv2d(S[None, None], K[::-1, ::-1][None, None])[0, 0], conv))
assert np.allclose(hand, torch_out) and np.allclose(hand, corr) and not np.allclose(hand, conv)

# output size ⌊(W − F + 2P)/S⌋ + 1 over a grid, against torch.nn.Conv2d
checked = 0
for W, Fk, P, St in itertools.product([5, 7, 28, 32], [1, 3, 5], [0, 1, 2], [1, 2, 3]):
    with torch.no_grad():
        out_shape = torch.nn.Conv2d(1, 1, Fk, stride=St, padding=P)(torch.zeros(1, 1, W, W)).shape
    assert conv_output_size(W, Fk, P, St) == out_shape[-1]
    checked += 1
print(f"\n输出尺寸公式与 torch.nn.Conv2d 在 {checked} 组 (W, F, P, S) 上一致")

# the seed's example: Conv2d(1, 1, kernel_size=3) on a 28×28 image
layer = torch.nn.Conv2d(1, 1, kernel_size=3)
shape = layer(torch.randn(1, 1, 28, 28)).shape
n_params = sum(p.numel() for p in layer.parameters())
side = conv_output_size(28, 3)
print(f"Conv2d(1,1,3) 作用于 28×28：torch 输出 {tuple(shape)}，公式 {side}×{side}")
print(f"参数量：torch {n_params}，公式 (3·3·1+1)·1 = {conv_param_count(3, 1, 1)}")
print(f"Conv2d(64,128,3) 参数量 = {conv_param_count(3, 64, 128)}（torch: "
      f"{sum(p.numel() for p in torch.nn.Conv2d(64, 128, 3).parameters())}）；"
      f"全连接 28·28→128 = {(28 * 28 + 1) * 128}")
assert n_params == conv_param_count(3, 1, 1) == 10 and tuple(shape) == (1, 1, 26, 26)

# pooling on the 4×4 image
print("\n2×2 最大池化:\n", max_pool2d(S[None, None], 2)[0, 0])
print("2×2 平均池化:\n", avg_pool2d(S[None, None], 2)[0, 0])
t = torch.tensor(S)[None, None]
assert np.allclose(max_pool2d(S[None, None], 2), F.max_pool2d(t, 2).numpy())
assert np.allclose(avg_pool2d(S[None, None], 2), F.avg_pool2d(t, 2).numpy())
