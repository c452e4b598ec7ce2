# 分类损失随间隔 m = y·f(x) 的变化：0-1、Hinge、Logistic、平方损失
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

m = np.linspace(-2.5, 3, 400)  # 间隔：y ∈ {−1, +1}，f(x) 是决策值；m > 0 表示分对
losses = {
    "0-1 损失（$m\\leq 0$ 记 1）": (m <= 0).astype(float),
    "Hinge $\\max(0, 1-m)$（SVM）": np.maximum(0, 1 - m),
    "Logistic $\\log_2(1+e^{-m})$（逻辑回归）": np.logaddexp(0, -m) / np.log(2),
    "平方 $(1-m)^2$（最小二乘分类）": (1 - m) ** 2,
}
fig, ax = plt.subplots(figsize=(7, 4.6))
for (label, values), style in zip(losses.items(), ["-", "-", "--", ":"]):
    ax.plot(m, values, style, lw=2, label=label)
ax.axvline(0, color="gray", lw=0.8)
ax.axvline(1, color="gray", lw=0.8, ls="--")
ax.set_ylim(0, 4)
ax.set_xlabel(r"间隔 $m = y\,f(x)$")
ax.set_ylabel("损失")
ax.set_title("凸的替代损失都压在 0-1 损失之上；平方损失在 m > 1 时反而增大")
ax.legend(fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2)  # 放在图外，不挡曲线
ax.grid(alpha=0.3)
fig.tight_layout()
show(fig)
