# 二元交叉熵的两条分支：真实标签为 1 时惩罚 -log(ŷ)，为 0 时惩罚 -log(1-ŷ)；平方误差作对照
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

y_hat = np.linspace(0.005, 0.995, 300)
loss_pos = -np.log(y_hat)       # 每个点是单样本的二元交叉熵，y = 1
loss_neg = -np.log1p(-y_hat)    # y = 0

fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(y_hat, loss_pos, label=r"$y=1$：$-\log\hat y$")
ax.plot(y_hat, loss_neg, label=r"$y=0$：$-\log(1-\hat y)$")
ax.plot(y_hat, (1 - y_hat) ** 2, ":", color="0.45", label=r"对照：平方误差 $(1-\hat y)^2$（$y=1$）")
ax.axvline(0.5, color="0.8", lw=0.8)
ax.annotate(r"$\hat y=0.5$：两条分支都是 $\ln 2$", (0.5, np.log(2)), textcoords="offset points", xytext=(10, 25),
            arrowprops=dict(arrowstyle="->", color="0.4"))
ax.set_xlabel(r"预测为正类的概率 $\hat y$")
ax.set_ylabel("单个样本的损失（nat）")
ax.set_ylim(0, 5)
ax.set_title("越自信地答错，交叉熵损失越大（趋于无穷）")
ax.legend(loc="upper center")
ax.grid(alpha=0.3)
show(fig)
