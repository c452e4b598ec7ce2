# KL 的非对称性：用一个高斯 q 去近似双峰分布 p，正向 KL 与反向 KL 选出不同的 q
import matplotlib.pyplot as plt
import numpy as np
from scipy import optimize, stats

from mlvault.information import kl_divergence
from mlvault.plotting import show

x = np.linspace(-10, 10, 801)  # 网格够宽，截断不影响宽的那个高斯
p = 0.5 * stats.norm.pdf(x, -2, 0.7) + 0.5 * stats.norm.pdf(x, 2, 0.7)
p /= p.sum()


def gaussian(params):
    q = stats.norm.pdf(x, params[0], np.exp(params[1])) + 1e-300
    return q / q.sum()


forward = optimize.minimize(lambda t: kl_divergence(p, gaussian(t)), [0.5, 0.0], method="Nelder-Mead").x
reverse = optimize.minimize(lambda t: kl_divergence(gaussian(t), p), [0.5, 0.0], method="Nelder-Mead").x

dx = x[1] - x[0]  # 网格上的概率除以格宽，画成概率密度
fig, ax = plt.subplots(figsize=(7.5, 3.8))
ax.fill_between(x, p / dx, color="0.8", label="真实分布 p（双峰）")
ax.plot(x, gaussian(forward) / dx, color="C0", lw=2,
        label=rf"最小化 $D_{{KL}}(p\Vert q)$：覆盖两个峰（$\sigma$ = {np.exp(forward[1]):.2f}）")
ax.plot(x, gaussian(reverse) / dx, color="C3", lw=2, ls="--",
        label=rf"最小化 $D_{{KL}}(q\Vert p)$：锁定一个峰（$\sigma$ = {np.exp(reverse[1]):.2f}）")
ax.set_xlim(-6, 6)
ax.set_xlabel("x")
ax.set_ylabel("概率密度")
ax.set_title("同一个 p，两个方向的 KL 给出不同的最优高斯近似")
ax.legend(loc="upper left", fontsize=9)
ax.set_ylim(0, 1.35 * gaussian(reverse).max() / dx)
show(fig)
