# 二元交叉熵的两条分支：真实标签为 1 时惩罚 -log(ŷ)，为 0 时惩罚 -log(1-ŷ)
import matplotlib.pyplot as plt
import numpy as np

from mlvault.information import binary_cross_entropy
from mlvault.plotting import show

y_hat = np.linspace(0.005, 0.995, 300)
loss_pos = [binary_cross_entropy([1], [q]) for q in y_hat]
loss_neg = [binary_cross_entropy([0], [q]) for q in y_hat]

fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(y_hat, loss_pos, label=r"$y=1$：$-\log\hat y$")
ax.plot(y_hat, loss_neg, label=r"$y=0$：$-\log(1-\hat y)$")
ax.set_xlabel(r"预测为正类的概率 $\hat y$")
ax.set_ylabel("损失（nat）")
ax.set_ylim(0, 5)
ax.set_title("越自信地答错，交叉熵损失越大（趋于无穷）")
ax.legend()
ax.grid(alpha=0.3)
show(fig)
