# 二维点云（圆环）的前向扩散：按闭式 x_t = √ᾱ_t x_0 + √(1−ᾱ_t) ε 加噪，数据逐渐溶解成 N(0, I)
import argparse

import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn.diffusion import alpha_bar, linear_beta_schedule, q_sample
from mlvault.plotting import show

T = 1000
parser = argparse.ArgumentParser(description="前向扩散到第 t 步（线性时间表，T = 1000）")
parser.add_argument("--t", type=int, default=300, help="时间步 t，0 ≤ t ≤ 1000（默认 300）")
args = parser.parse_args()
t = args.t
if not 0 <= t <= T:
    parser.error("t 必须在 0 到 1000 之间")

rng = np.random.default_rng(0)
angle = rng.uniform(0, 2 * np.pi, 400)
x0 = np.column_stack([np.cos(angle), np.sin(angle)]) * 1.5 + 0.05 * rng.normal(size=(400, 2))
betas = linear_beta_schedule(T)
ab = np.concatenate([[1.0], alpha_bar(betas)])  # ab[s] = ᾱ_s，ᾱ_0 = 1
noise = rng.normal(size=x0.shape)  # 所有时刻用同一组 ε


def x_at(s):
    return x0 if s == 0 else q_sample(x0, s - 1, betas, noise)  # q_sample 的下标从 0 开始


fig, axes = plt.subplots(1, 4, figsize=(9.4, 2.6), gridspec_kw={"width_ratios": [1, 1, 1, 1.5]})
for ax, s in zip(axes[:3], [0, t // 2, t]):
    xs = x_at(s)
    ax.scatter(xs[:, 0], xs[:, 1], s=2, alpha=0.6, c=angle, cmap="hsv")
    ax.set_title(f"t = {s}：" + r"$\sqrt{\bar\alpha_t}$" + f" = {np.sqrt(ab[s]):.2f}", fontsize=9)
    ax.set_aspect("equal")
    ax.set_xlim(-3.5, 3.5)
    ax.set_ylim(-3.5, 3.5)
    ax.set_xticks([])
    ax.set_yticks([])
steps = np.arange(T + 1)
axes[3].plot(steps, np.sqrt(ab), label=r"信号系数 $\sqrt{\bar\alpha_t}$")
axes[3].plot(steps, np.sqrt(1 - ab), label=r"噪声系数 $\sqrt{1-\bar\alpha_t}$")
axes[3].axvline(t, color="k", lw=1)
axes[3].set_xlabel("时间步 t")
axes[3].set_title("黑线为当前 t", fontsize=9)
axes[3].legend(fontsize=7, loc="center right")
fig.suptitle(r"前向扩散 $x_t=\sqrt{\bar\alpha_t}\,x_0+\sqrt{1-\bar\alpha_t}\,\varepsilon$（颜色标记每个点在圆环上的位置）",
             fontsize=9)
fig.tight_layout()
show(fig)
