# 交叉熵 = 熵 + KL：P 固定，换几个不同的 Q，底下的 H(P) 不变，变的只有上面的 KL
import matplotlib.pyplot as plt
import numpy as np

from mlvault.information import cross_entropy, entropy, kl_divergence
from mlvault.plotting import show

P = np.array([0.6, 0.3, 0.1])
candidates = {
    "Q = P\n(0.6, 0.3, 0.1)": P,
    "接近 P\n(0.5, 0.35, 0.15)": np.array([0.5, 0.35, 0.15]),
    "均匀\n(1/3, 1/3, 1/3)": np.full(3, 1 / 3),
    "顺序颠倒\n(0.1, 0.3, 0.6)": np.array([0.1, 0.3, 0.6]),
    "几乎只押第 3 类\n(0.02, 0.03, 0.95)": np.array([0.02, 0.03, 0.95]),
}
names = list(candidates)
h = entropy(P, base=2)
kl = np.array([kl_divergence(P, Q, base=2) for Q in candidates.values()])
ce = np.array([cross_entropy(P, Q, base=2) for Q in candidates.values()])

fig, ax = plt.subplots(figsize=(8, 4))
positions = np.arange(len(names))
ax.bar(positions, np.full(len(names), h), color="0.7", label=r"熵 $H(P)$：与 Q 无关")
ax.bar(positions, kl, bottom=h, color="C3", label=r"KL 散度 $D_{KL}(P\Vert Q)$：用错分布的额外代价")
for x, total in zip(positions, ce):
    ax.text(x, total + 0.05, f"H(P,Q) = {total:.2f}", ha="center", fontsize=9)
ax.set_xticks(positions, names, fontsize=9)
ax.set_ylabel("平均编码长度（bit）")
ax.set_ylim(0, ce.max() * 1.18)
ax.set_title("P = (0.6, 0.3, 0.1) 固定：交叉熵 = 熵 + KL，换 Q 只改变 KL")
ax.legend(loc="upper left", fontsize=9)
show(fig)
