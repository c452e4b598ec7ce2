# EX-55：CNN 的「卷积」是互相关；输出尺寸、参数量、池化；卷积的梯度还是卷积（核翻转）
import numpy as np
from scipy import signal

from mlvault.nn.conv import avg_pool2d, conv2d, conv_output_size, conv_param_count, max_pool2d

S = np.array([[1.0, 2, 0, 3], [4, 1, 5, 2], [0, 3, 1, 1], [2, 0, 4, 6]])  # 一个 4×4 的「图像」
K = np.array([[1.0, 2.0], [0.0, -1.0]])  # 不对称的 2×2 核，翻不翻转有区别

# 1) 原文公式 Σ S[i+m, j+n] K[m, n]（互相关）与真正的卷积 Σ S[i−m, j−n] K[m, n]
hand = np.array([[np.sum(S[i:i + 2, j:j + 2] * K) for j in range(3)] for i in range(3)])
conv = signal.convolve2d(S, K, mode="valid")
print("原文公式 ΣS[i+m,j+n]K[m,n]（互相关）:\n", hand)
print("真正的卷积（核翻转）:\n", conv)
print("CNN 层 conv2d 的输出与互相关相同？", np.allclose(conv2d(S[None, None], K[None, None])[0, 0], hand))
print("把核旋转 180° 后的互相关 = 卷积？", np.allclose(conv2d(S[None, None], K[::-1, ::-1][None, None])[0, 0], conv))

# 2) 输出尺寸 ⌊(n + 2p − k)/s⌋ + 1，输入 28×28
print(f"\n{'核 k':>4} {'填充 p':>6} {'步长 s':>6} {'输出边长':>8}")
for k, p, s in [(3, 0, 1), (3, 1, 1), (5, 2, 1), (3, 1, 2), (5, 0, 2), (2, 0, 2)]:
    print(f"{k:>4} {p:>6} {s:>6} {conv_output_size(28, k, p, s):>8}")

# 3) 参数量：卷积层与图像大小无关，全连接层随输入像素数增长
print(f"\nConv2d(1→1, 3×3)   参数量 = {conv_param_count(3, 1, 1)}（原文 002 的例子，28×28 → 26×26）")
print(f"Conv2d(64→128, 3×3) 参数量 = {conv_param_count(3, 64, 128)}")
for side in [28, 224]:
    print(f"全连接 {side}×{side}×3 → 128 参数量 = {(side * side * 3 + 1) * 128}；"
          f"Conv2d(3→128, 3×3) 仍是 {conv_param_count(3, 3, 128)}")

# 4) 池化：没有参数，窗口内取最大值或平均值
print("\n2×2 最大池化:\n", max_pool2d(S[None, None], 2)[0, 0])
print("2×2 平均池化:\n", avg_pool2d(S[None, None], 2)[0, 0])

# 5) 梯度：y = X ⋆ K，已知 G = ∂L/∂y。∂L/∂K = X ⋆ G，∂L/∂X = pad(G) ⋆ rot180(K)；用中心差分核对
rng = np.random.default_rng(0)
X, K3 = rng.normal(size=(6, 6)), rng.normal(size=(3, 3))
G = rng.normal(size=(4, 4))  # 上游梯度，形状与输出相同


def L(X_, K_):  # 令 L = Σ G ⊙ y，于是 ∂L/∂y = G
    return np.sum(G * conv2d(X_[None, None], K_[None, None])[0, 0])


dK = conv2d(X[None, None], G[None, None])[0, 0]
dX = conv2d(np.pad(G, 2)[None, None], K3[::-1, ::-1][None, None])[0, 0]
h = 1e-6
dK_num = np.array([[(L(X, K3 + h * E) - L(X, K3 - h * E)) / (2 * h) for E in row]
                   for row in np.eye(9).reshape(3, 3, 3, 3)])
dX_num = np.array([[(L(X + h * E, K3) - L(X - h * E, K3)) / (2 * h) for E in row]
                   for row in np.eye(36).reshape(6, 6, 6, 6)])
print(f"\n∂L/∂K = X ⋆ G               形状 {dK.shape}，与中心差分的最大差 {np.abs(dK - dK_num).max():.1e}")
print(f"∂L/∂X = pad(G) ⋆ rot180(K)  形状 {dX.shape}，与中心差分的最大差 {np.abs(dX - dX_num).max():.1e}")
