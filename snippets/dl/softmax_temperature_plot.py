# Softmax 的温度：softmax(z/T) 在 T 小时趋向 one-hot（argmax），T 大时趋向均匀分布
import argparse

import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn.activations import softmax
from mlvault.plotting import show

parser = argparse.ArgumentParser(description="softmax(z / T) 在给定温度 T 下的概率")
parser.add_argument("--temperature", type=float, default=1.0, help="温度 T > 0（默认 1）")
args = parser.parse_args()
T = args.temperature
if T <= 0:
    parser.error("温度必须为正")

z = np.array([3.0, 2.0, 1.0, 0.2])
labels = [f"类 {k + 1}\nz={v:g}" for k, v in enumerate(z)]
s = softmax(z / T)
entropy = -np.sum(s * np.log(np.where(s > 0, s, 1.0)))

fig, (ax_bar, ax_curve) = plt.subplots(1, 2, figsize=(8, 3.4), gridspec_kw={"width_ratios": [2, 3]})
ax_bar.bar(range(len(z)), softmax(z), color="none", edgecolor="0.5", ls="--", label="T = 1")
ax_bar.bar(range(len(z)), s, color="C0", alpha=0.8, label=f"T = {T:g}")
ax_bar.axhline(1 / len(z), color="C3", lw=1, ls=":", label="均匀 1/K")
ax_bar.set_xticks(range(len(z)), labels, fontsize=8)
ax_bar.set_ylim(0, 1.05)
ax_bar.set_ylabel("概率 softmax(z/T)")
ax_bar.set_title(f"T = {T:g}：熵 {entropy:.3f} nat（上限 ln4 = {np.log(4):.3f}）", fontsize=9)
ax_bar.legend(fontsize=7, loc="upper right")

Ts = np.logspace(-2, 2, 200)
curves = softmax(z[None, :] / Ts[:, None], axis=1)
for k in range(len(z)):
    ax_curve.plot(Ts, curves[:, k], label=f"类 {k + 1}（z={z[k]:g}）")
ax_curve.axhline(1 / len(z), color="C3", lw=1, ls=":")
ax_curve.axvline(T, color="k", lw=1)
ax_curve.set_xscale("log")
ax_curve.set_xlabel("温度 T（对数坐标）")
ax_curve.set_ylabel("概率")
ax_curve.set_title("T → 0：趋向 argmax；T → ∞：趋向均匀（黑线为当前 T）", fontsize=9)
ax_curve.legend(fontsize=7, loc="center right")
fig.tight_layout()
show(fig)
