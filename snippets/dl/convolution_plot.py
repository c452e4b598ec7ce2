# 3×3 卷积核在图像上滑动：红框中的窗口与核逐元素相乘再求和，得到特征图中红框标出的像素
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

from mlvault.nn.conv import conv2d
from mlvault.plotting import show

image = np.zeros((12, 12))
image[2:10, 3:6] = 1.0  # a bright vertical bar
image[6:9, 6:10] = 1.0  # and a horizontal foot
kernel = np.array([[1.0, 0.0, -1.0]] * 3)  # vertical-edge detector
feature = conv2d(image[None, None], kernel[None, None])[0, 0]
i, j = 4, 1  # window top-left = output pixel

fig, axes = plt.subplots(1, 3, figsize=(8, 3), gridspec_kw={"width_ratios": [12, 4, 10]})
axes[0].imshow(image, cmap="gray")
axes[0].add_patch(Rectangle((j - 0.5, i - 0.5), 3, 3, fill=False, ec="red", lw=2))
axes[0].set_title("输入图像 12×12（红框：当前窗口）", fontsize=9)
axes[1].imshow(kernel, cmap="coolwarm", vmin=-1, vmax=1)
for (r, c), v in np.ndenumerate(kernel):
    axes[1].text(c, r, f"{v:g}", ha="center", va="center", fontsize=9)
axes[1].set_title("卷积核 3×3", fontsize=9)
im = axes[2].imshow(feature, cmap="coolwarm", vmin=-3, vmax=3)
axes[2].add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, ec="red", lw=2))
axes[2].set_title("特征图 10×10（竖直边缘）", fontsize=9)
fig.colorbar(im, ax=axes[2], fraction=0.046)
for ax in axes:
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
show(fig)
