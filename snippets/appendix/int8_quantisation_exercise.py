# 练习：把权重量化成 int8，q = round(w / s)。超出 [-128, 127] 的值截断（饱和）与绕回（溢出），误差差多少？
import numpy as np

from mlvault.notation import wrap_to_bits

rng = np.random.default_rng(0)
w = rng.normal(0.0, 1.0, size=10_000)  # 一层网络的权重（标准正态）
print(f"权重：{w.size} 个，max |w| = {np.abs(w).max():.2f}")
for s in [np.abs(w).max() / 127, 0.02, 0.01, 0.005]:
    q = np.round(w / s).astype(np.int64)  # 精确的整数
    clipped = s * np.clip(q, -128, 127)
    wrapped = s * wrap_to_bits(q, 8)
    out = np.mean((q < -128) | (q > 127))
    print(f"s = {s:.4f}（可表示 ±{127 * s:.2f}）：超出范围 {out:6.2%}\n   "
          f"截断 MSE {np.mean((w - clipped) ** 2):.2e}，最大误差 {np.abs(w - clipped).max():.2f}   "
          f"绕回 MSE {np.mean((w - wrapped) ** 2):.2e}，最大误差 {np.abs(w - wrapped).max():.2f}")
