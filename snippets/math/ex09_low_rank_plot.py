# 用 SVD 的前 k 个奇异值近似一幅 64×64 的合成"图像"
import matplotlib.pyplot as plt
import numpy as np

from mlvault.linalg import low_rank_approx
from mlvault.plotting import show

n = 64
y, x = np.mgrid[0:n, 0:n] / n
image = (
    ((x - 0.35) ** 2 + (y - 0.4) ** 2 < 0.06).astype(float)  # 圆盘
    + 0.6 * ((x > 0.6) & (x < 0.9) & (y > 0.15) & (y < 0.85))  # 矩形
    + 0.3 * np.sin(8 * np.pi * x) * (y > 0.8)  # 条纹
)
S = np.linalg.svd(image, compute_uv=False)
ks = [1, 3, 8, 20]
fig, axes = plt.subplots(1, len(ks) + 1, figsize=(8, 2.2))
axes[0].imshow(image, cmap="gray")
axes[0].set_title(f"原图 (秩 {np.linalg.matrix_rank(image)})", fontsize=9)
for ax, k in zip(axes[1:], ks):
    ax.imshow(low_rank_approx(image, k), cmap="gray")
    stored = k * (2 * n + 1)
    ax.set_title(f"k={k}：存 {stored / n**2:.0%} 的数", fontsize=9)
for ax in axes:
    ax.axis("off")
fig.suptitle("秩 k 近似 $A_k=\\sum_{i\\leq k}\\sigma_i\\mathbf{u}_i\\mathbf{v}_i^\\top$", fontsize=10)
show(fig)
