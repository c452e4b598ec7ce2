# 用 SVD 的前 k 项近似一幅 64×64 的合成图像：图像、奇异值谱，以及误差随 k 的下降（Eckart–Young）
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
    + 0.03 * np.random.default_rng(0).standard_normal((n, n))  # 一点噪声
)
S = np.linalg.svd(image, compute_uv=False)
fro = np.sqrt(np.sum(S**2))
ks = [1, 3, 8, 20]

fig = plt.figure(figsize=(10, 5.4))
grid = fig.add_gridspec(2, 5, height_ratios=[1, 1.2], hspace=0.35, wspace=0.5)
ax0 = fig.add_subplot(grid[0, 0])
ax0.imshow(image, cmap="gray", vmin=-0.2, vmax=1.2)
ax0.set_title(f"原图（数值秩 {np.linalg.matrix_rank(image)}）", fontsize=9)
for j, k in enumerate(ks, start=1):
    ax = fig.add_subplot(grid[0, j])
    ax.imshow(low_rank_approx(image, k), cmap="gray", vmin=-0.2, vmax=1.2)
    rel = np.sqrt(np.sum(S[k:] ** 2)) / fro
    ax.set_title(f"k={k}：存 {k * (2 * n + 1) / n**2:.0%} 的数\n相对误差 {rel:.1%}", fontsize=9)
for ax in fig.axes:
    ax.axis("off")

i = np.arange(1, n + 1)
ax1 = fig.add_subplot(grid[1, :2])
ax1.semilogy(i, S, "o-", ms=3, color="C0")
ax1.set_xlabel("序号 $i$")
ax1.set_ylabel("奇异值 $\\sigma_i$")
ax1.set_title("奇异值谱：先陡降（图像结构），后是平台（噪声）", fontsize=9)
ax1.grid(alpha=0.3)
ax1.minorticks_off()

ax2 = fig.add_subplot(grid[1, 2:])
k_all = np.arange(0, n)
fro_err = np.sqrt(np.cumsum((S**2)[::-1])[::-1]) / fro  # sqrt(sum_{i>k} σ_i^2) / ||A||_F
spec_err = S / S[0]  # ||A - A_k||_2 / ||A||_2 = σ_{k+1} / σ_1
ax2.semilogy(k_all, fro_err, color="C1", lw=2, label="$\\Vert A-A_k\\Vert_F/\\Vert A\\Vert_F=\\sqrt{\\sum_{i>k}\\sigma_i^2}/\\Vert A\\Vert_F$")
ax2.semilogy(k_all, spec_err, color="C2", lw=2, ls="--", label="$\\Vert A-A_k\\Vert_2/\\Vert A\\Vert_2=\\sigma_{k+1}/\\sigma_1$")
ax2.plot(ks, fro_err[ks], "o", color="C1")
ax2.set_xlabel("保留的秩 $k$")
ax2.set_title("截断 SVD 的相对误差（圆点为上排的四个 $k$）", fontsize=9)
ax2.legend(fontsize=8)
ax2.grid(alpha=0.3)
ax2.minorticks_off()
fig.suptitle("秩 $k$ 近似 $A_k=\\sum_{i\\leq k}\\sigma_i\\mathbf{u}_i\\mathbf{v}_i^\\top$", fontsize=11)
show(fig)
