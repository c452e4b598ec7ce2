# 练习：堆叠卷积层的感受野有多大？在输入上放一个「脉冲」，看它影响到最后一层的多少个位置
import numpy as np

from mlvault.nn.conv import conv2d


def receptive_field(layers, n=64):
    """layers: [(核大小, 步长), ...]。在输入中间一行逐列放脉冲，数输出中心像素受到影响的列数（全 1 核，不会相互抵消）。"""
    ones = [np.ones((1, 1, k, k)) for k, _ in layers]
    x = np.zeros((1, 1, n, n))
    seen = np.zeros(n, dtype=bool)
    for col in range(n):  # 输入第 col 列放一个脉冲，看输出中间那一行是否受影响
        x[:] = 0
        x[0, 0, n // 2, col] = 1.0
        y = x
        for (k, s), w in zip(layers, ones):
            y = conv2d(y, w, stride=s)
        seen[col] = y[0, 0, y.shape[2] // 2, y.shape[3] // 2] != 0
    return seen.sum()


for name, layers in [("1 层 3×3", [(3, 1)]), ("2 层 3×3", [(3, 1)] * 2), ("3 层 3×3", [(3, 1)] * 3),
                     ("5 层 3×3", [(3, 1)] * 5), ("3×3 步长2 → 3×3 → 3×3", [(3, 2), (3, 1), (3, 1)])]:
    print(f"{name:<24} 感受野边长 = {receptive_field(layers)}")
