# 贝叶斯优化 Demo 的图：第 1 轮的 GP 后验与 EI（EI 最大处就是下一个评估点），13 次评估后的后验，收敛曲线
import matplotlib.pyplot as plt
import numpy as np

from mlvault.bayesopt import GaussianProcess, bayes_opt, expected_improvement
from mlvault.plotting import show


def f(x):
    return x * np.sin(3 * np.pi * x) + 0.5 * x


result = bayes_opt(f, bounds=(0.0, 1.0), n_init=5, n_iter=8, random_state=0)
grid = np.linspace(0, 1, 1001)  # 与 bayes_opt 的候选网格相同


def draw_posterior(ax, X, y, title):
    mu, sigma = GaussianProcess(length_scale=0.1, noise=1e-6).fit(X[:, None], y).predict(grid[:, None], True)
    x, m, s = grid[::4], mu[::4], sigma[::4]  # 画图用 251 个点就够了
    ax.plot(x, f(x), "k--", lw=1, label="真实函数 f(x)")
    ax.plot(x, m, color="C0", label="GP 后验均值")
    ax.fill_between(x, m - 1.96 * s, m + 1.96 * s, color="C0", alpha=0.2, label="95% 置信带")
    ax.plot(X[:5], y[:5], "o", color="C1", label="随机初始点")
    ax.plot(X[5:], y[5:], "s", color="C3", label="BO 选的点")
    ax.set_title(title, fontsize=9)
    ax.set_ylim(-2.2, 2.8)
    return mu, sigma


fig, axes = plt.subplots(2, 2, figsize=(8, 4.5), gridspec_kw={"height_ratios": [2.2, 1]})
mu5, sigma5 = draw_posterior(axes[0, 0], result.X[:5], result.y[:5], "第 1 轮：5 个随机点之后的 GP 后验")
axes[0, 0].legend(fontsize=6.5, loc="lower left", ncol=2)
ei = expected_improvement(mu5, sigma5, result.y[:5].max(), xi=0.01)
axes[1, 0].fill_between(grid[::2], ei[::2], color="C2", alpha=0.6)
axes[1, 0].axvline(grid[np.argmax(ei)], color="C3", ls=":")
axes[1, 0].set_title("期望改进 EI(x)：最大处（虚线）是下一个评估点", fontsize=9)
axes[1, 0].set_xlabel("x")

draw_posterior(axes[0, 1], result.X, result.y, "13 次评估之后的 GP 后验")
axes[0, 1].plot(result.x_best, result.y_best, "*", color="gold", ms=13, mec="k")
best_so_far = np.maximum.accumulate(result.y)
axes[1, 1].plot(np.arange(1, 14), best_so_far, "o-", color="C3", ms=4)
axes[1, 1].axhline(f(grid).max(), color="k", ls="--", lw=1)
axes[1, 1].axvline(5.5, color="0.6", lw=1)
axes[1, 1].set_title("收敛曲线：目前最好的 f（虚线为真实最大值）", fontsize=9)
axes[1, 1].set_xlabel("评估次数（前 5 次随机）")
fig.tight_layout()
show(fig)
