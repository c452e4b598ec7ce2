# 补码是模 2ⁿ 的数轮：4 位的 16 个位串排成一圈，7 再加 1 绕到 -8；右图对比 int8 的绕回（溢出）与截断（量化）
import matplotlib.pyplot as plt
import numpy as np

from mlvault.notation import to_twos_complement, wrap_to_bits
from mlvault.plotting import show

fig, (ax, ax2) = plt.subplots(1, 2, figsize=(11, 5.0), gridspec_kw={"width_ratios": [1, 1.15]})

# 左：4 位数轮。位串按无符号值 0..15 顺时针排列，从正上方开始
n = 4
angles = np.pi / 2 - 2 * np.pi * np.arange(2**n) / 2**n
ax.add_patch(plt.Circle((0, 0), 1.0, fill=False, color="0.7", lw=1))
for u, t in enumerate(angles):
    v = u - 2**n if u >= 2 ** (n - 1) else u
    color = "C3" if v < 0 else "C0"
    ax.plot(np.cos(t), np.sin(t), "o", color=color, ms=7)
    ax.text(1.28 * np.cos(t), 1.28 * np.sin(t), to_twos_complement(v, n), ha="center", va="center", fontsize=8, family="monospace")
    ax.text(0.78 * np.cos(t), 0.78 * np.sin(t), f"{v}", ha="center", va="center", fontsize=10, color=color, weight="bold")
t7, t8 = angles[7], angles[8]
ax.annotate("", xy=(1.05 * np.cos(t8), 1.05 * np.sin(t8)), xytext=(1.05 * np.cos(t7), 1.05 * np.sin(t7)),
            arrowprops=dict(arrowstyle="->", color="k", lw=1.5, connectionstyle="arc3,rad=-0.4"))
ax.text(0.0, -1.62, "7 + 1：0111 → 1000，绕到 -8", ha="center", fontsize=9)
ax.text(0.0, 0.12, "顺时针 +1", ha="center", fontsize=9, color="0.3")
ax.text(0.0, -0.12, "蓝：非负  红：负", ha="center", fontsize=9, color="0.3")
ax.set_xlim(-1.6, 1.6)
ax.set_ylim(-1.75, 1.55)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title("4 位补码：模 $2^4=16$ 的数轮")

# 右：精确结果 x 存进 int8 时，绕回（整数运算溢出）与截断（量化的饱和）
x = np.arange(-400, 401)
ax2.plot(x, x, color="0.75", lw=1, label="精确值 $x$")
ax2.plot(x, wrap_to_bits(x, 8), color="C3", lw=1.3, label="绕回：$x$ 模 $2^8$ 落回 $[-128,127]$")
ax2.plot(x, np.clip(x, -128, 127), color="C0", lw=2.2, label="截断：$\\mathrm{clip}(x,-128,127)$")
ax2.axhspan(-128, 127, color="C2", alpha=0.06)
ax2.set_xlim(-400, 400)
ax2.set_ylim(-260, 200)
ax2.set_xlabel("精确结果 $x$")
ax2.set_ylabel("存进 int8 的值")
ax2.set_title("超出 $[-128,127]$ 时：绕回跳到另一端，截断停在边界")
ax2.legend(loc="lower right", fontsize=8)
ax2.grid(alpha=0.3)
show(fig)
