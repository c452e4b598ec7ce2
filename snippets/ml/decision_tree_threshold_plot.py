# 数值特征的阈值搜索：划分后的加权基尼不纯度是 t 的阶梯函数，只在样本取值处跳变，所以只需试相邻取值的中点
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

x = np.array([1.0, 1.5, 2.2, 2.2, 3.0, 3.6, 4.1, 4.8, 5.5, 6.0])
y = np.array([0, 0, 0, 1, 0, 1, 1, 0, 1, 1])


def weighted_gini(t):
    """x ≤ t 与 x > t 两个子集的基尼不纯度 1 - Σ p_k²，按子集大小加权；t 可以是数组"""
    t = np.atleast_1d(t)[:, None]
    left = x[None, :] <= t
    counts_left = np.stack([(left & (y == k)).sum(axis=1) for k in (0, 1)], axis=1)
    counts_right = np.bincount(y, minlength=2)[None, :] - counts_left
    total = 0.0
    for counts in (counts_left, counts_right):
        size = counts.sum(axis=1)
        p = counts / np.maximum(size, 1)[:, None]  # 空子集的权重 size = 0，取值无关紧要
        total = total + size * (1 - (p**2).sum(axis=1))
    return total / len(x)


t_fine = np.linspace(0.5, 6.5, 1201)
values = np.unique(x)
midpoints = (values[:-1] + values[1:]) / 2  # 相邻两个不同取值的中点：全部候选阈值
scores = weighted_gini(midpoints)
best = midpoints[np.argmin(scores)]

fig, (ax0, ax1) = plt.subplots(2, 1, figsize=(7, 4.2), sharex=True, gridspec_kw={"height_ratios": [1, 3]})
for k, (color, name) in enumerate([("tab:blue", "类别 0"), ("tab:red", "类别 1")]):
    xs = x[y == k]
    offsets = np.where(np.isin(xs, x[(y != k)]), 0.15 * (1 - 2 * k), 0)  # 重合的取值上下错开
    ax0.scatter(xs, offsets, s=40, color=color, label=name, zorder=3)
for v in midpoints:
    ax0.axvline(v, color="gray", lw=0.6, ls=":")
ax0.set_yticks([])
ax0.set_ylim(-0.5, 0.5)
ax0.legend(loc="upper left", fontsize=8, ncol=2)
ax0.set_title("样本（灰色虚线是相邻不同取值的中点）", fontsize=10)
ax1.plot(t_fine, weighted_gini(t_fine), color="k", lw=1.5, label="阈值取任意 t 时的加权基尼")
ax1.scatter(midpoints, scores, color="tab:orange", zorder=3, label=f"候选阈值（{len(midpoints)} 个中点）")
ax1.scatter([best], [scores.min()], s=120, facecolors="none", edgecolors="tab:green", lw=2,
            label=f"最优阈值 t = {best:.2f}")
ax1.set_xlabel("阈值 t（划分 x ≤ t / x > t）")
ax1.set_ylabel("划分后的加权基尼")
ax1.set_title("不纯度只在样本取值处跳变，同一台阶上的所有 t 划分相同", fontsize=10)
ax1.legend(fontsize=8, loc="lower right")
ax1.grid(alpha=0.3)
fig.tight_layout()
show(fig)
