# 样本方差为什么除以 n−1：对大量数据集取平均，除以 n 的估计的期望只有真实方差的 (n−1)/n
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
sigma2 = 1.0
ns = np.arange(2, 21)
mean_ddof0, mean_ddof1 = [], []
for n in ns:  # 每个样本量 n 抽 20000 个数据集
    data = rng.standard_normal((20_000, n))
    mean_ddof0.append(data.var(axis=1, ddof=0).mean())
    mean_ddof1.append(data.var(axis=1, ddof=1).mean())

fig, ax = plt.subplots(figsize=(7, 3.6))
ax.axhline(sigma2, color="k", lw=1, ls="--", label="真实方差 σ² = 1")
ax.plot(ns, mean_ddof1, "o-", ms=4, label="除以 n−1 的平均值")
ax.plot(ns, mean_ddof0, "s-", ms=4, label="除以 n 的平均值")
ax.plot(ns, (ns - 1) / ns * sigma2, ":", color="C1", lw=2, label="理论值 (n−1)σ²/n")
ax.set(xlabel="样本量 n", ylabel="估计值在 2 万个数据集上的平均", ylim=(0.4, 1.12),
       title="除以 n 的样本方差平均偏小，n 越小偏得越多", xticks=ns[::2])
ax.legend(loc="lower right", fontsize=9)
show(fig)
