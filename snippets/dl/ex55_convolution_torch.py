# 与参考实现对照：conv2d、池化与 torch.nn.functional 一致；原文 002 的 Conv2d(1, 1, 3) 作用于 28×28
import numpy as np
import torch
import torch.nn.functional as F

from mlvault.nn.conv import avg_pool2d, conv2d, conv_output_size, conv_param_count, max_pool2d

rng = np.random.default_rng(0)
x, w, b = rng.normal(size=(2, 3, 9, 9)), rng.normal(size=(4, 3, 3, 3)), rng.normal(size=4)
ref = F.conv2d(torch.tensor(x), torch.tensor(w), torch.tensor(b), stride=2, padding=1).numpy()
print(f"conv2d（步长 2，填充 1）与 torch F.conv2d 的最大差: {np.abs(conv2d(x, w, b, 2, 1) - ref).max():.1e}")
t = torch.tensor(x)
print(f"max_pool2d 与 torch 的最大差: {np.abs(max_pool2d(x, 3) - F.max_pool2d(t, 3).numpy()).max():.1e}")
print(f"avg_pool2d 与 torch 的最大差: {np.abs(avg_pool2d(x, 3) - F.avg_pool2d(t, 3).numpy()).max():.1e}")

torch.manual_seed(0)
layer = torch.nn.Conv2d(1, 1, kernel_size=3)  # 原文 002 的代码
shape = tuple(layer(torch.randn(1, 1, 28, 28)).shape)
side = conv_output_size(28, 3)
print(f"\nConv2d(1,1,3) 作用于 28×28：torch 输出 {shape}，公式 {side}×{side}")
print(f"参数量：torch {sum(p.numel() for p in layer.parameters())}，公式 {conv_param_count(3, 1, 1)}")
