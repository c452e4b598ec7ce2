# 从零实现的多层感知机在「双月牙」数据上：学到的决策区域与训练损失曲线
import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn.mlp import MLP
from mlvault.plotting import show

rng = np.random.default_rng(0)
n = 150
angle = rng.uniform(0, np.pi, size=2 * n)
upper = np.column_stack([np.cos(angle[:n]), np.sin(angle[:n])])
lower = np.column_stack([1 - np.cos(angle[n:]), 0.5 - np.sin(angle[n:])])
X = np.vstack([upper, lower]) + 0.12 * rng.normal(size=(2 * n, 2))
y = np.repeat([0, 1], n)

net = MLP([2, 16, 16, 2], activation="tanh", learning_rate=0.2, n_epochs=1500, random_state=0).fit(X, y)
gx, gy = np.meshgrid(np.linspace(-1.6, 2.6, 150), np.linspace(-1.1, 1.6, 100))
proba = net.predict_proba(np.column_stack([gx.ravel(), gy.ravel()]))[:, 1].reshape(gx.shape)

fig, (ax, ax_loss) = plt.subplots(1, 2, figsize=(8, 3.2), gridspec_kw={"width_ratios": [3, 2]})
ax.contourf(gx, gy, proba, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.6)
ax.contour(gx, gy, proba, levels=[0.5], colors="k", linewidths=1)
ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", s=10, edgecolors="white", linewidths=0.4)
ax.set_title(f"决策区域（黑线 P=0.5），训练准确率 {np.mean(net.predict(X) == y):.1%}", fontsize=9)
ax.set_xticks([])
ax.set_yticks([])
ax_loss.plot(net.loss_curve_)
ax_loss.set_yscale("log")
ax_loss.set_xlabel("梯度下降步数")
ax_loss.set_ylabel("交叉熵损失")
ax_loss.set_title("训练损失", fontsize=9)
fig.tight_layout()
show(fig)
