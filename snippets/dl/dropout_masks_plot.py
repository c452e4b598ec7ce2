# Dropout 掩码：每个训练步都是一个不同的随机子网络（白 = 被丢弃），评估时不丢弃也不缩放
import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn.regularization import dropout
from mlvault.plotting import show

rng = np.random.default_rng(0)
ones = np.ones((8, 16))
fig, axes = plt.subplots(1, 4, figsize=(8, 2.0))
for k, ax in enumerate(axes[:3]):
    ax.imshow(dropout(ones, 0.5, rng), cmap="Greens", vmin=0, vmax=2)
    ax.set_title(f"训练第 {k + 1} 步（p=0.5，保留值×2）", fontsize=8)
axes[3].imshow(dropout(ones, 0.5, rng, training=False), cmap="Greens", vmin=0, vmax=2)
axes[3].set_title("评估：不丢弃、不缩放", fontsize=8)
for ax in axes:
    ax.set_xticks([])
    ax.set_yticks([])
fig.supxlabel("每格一个神经元的激活（白 = 被丢弃 = 0）", fontsize=9)
fig.tight_layout()
show(fig)
