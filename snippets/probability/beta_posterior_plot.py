# Beta–伯努利的共轭更新：先验 Beta(2, 2)，每看到一次抛硬币，后验 Beta(2 + 正面数, 2 + 反面数) 就更新一次
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import betaln, xlogy

from mlvault.plotting import show


def beta_pdf(p, a, b):
    """Beta(a, b) 的密度 p^(a−1) (1−p)^(b−1) / B(a, b)。"""
    return np.exp(xlogy(a - 1, p) + xlogy(b - 1, 1 - p) - betaln(a, b))


rng = np.random.default_rng(3)
true_p, a, b = 0.7, 2, 2
flips = rng.random(200) < true_p
p = np.linspace(0, 1, 400)

fig, ax = plt.subplots(figsize=(7.5, 3.8))
for i, n in enumerate((0, 1, 5, 20, 50, 200)):
    heads = int(flips[:n].sum())
    label = "先验 Beta(2, 2)" if n == 0 else f"n = {n}（正面 {heads}）"
    ax.plot(p, beta_pdf(p, a + heads, b + n - heads), color=plt.cm.viridis(0.85 * i / 5), lw=1.8, label=label)
ax.axvline(true_p, color="k", ls="--", lw=1, label=f"真实 p = {true_p}")
ax.set(xlabel="正面概率 p", ylabel="后验密度", title="数据越多，后验越窄，越集中在真实值附近")
ax.legend(fontsize=9, loc="upper left")
show(fig)
