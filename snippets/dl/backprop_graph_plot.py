# 两层网络的计算图：前向传播（黑色，从左到右）算出每个节点的值，反向传播（红色，从右到左）传回梯度
import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch

from mlvault.plotting import show

# 主链上的节点：(横坐标, 半宽, 显示文字)
chain = [
    (0.0, 0.35, "$x$\n输入"),
    (2.7, 1.05, "$z^{(1)}=W^{(1)}x+b^{(1)}$"),
    (5.4, 0.85, "$a^{(1)}=\\tanh\\, z^{(1)}$"),
    (8.1, 1.15, "$z^{(2)}=W^{(2)}a^{(1)}+b^{(2)}$"),
    (10.9, 0.95, "$L=\\frac{1}{2}\\Vert z^{(2)}-y\\Vert^2$"),
]
# 参数节点：(横坐标, 文字, 送入哪个主链节点, 反向得到的梯度)
params = [(1.6, "$W^{(1)},\\ b^{(1)}$", 1, "$\\partial L/\\partial W^{(1)}=\\delta^{(1)}x^\\top$\n$\\partial L/\\partial b^{(1)}=\\delta^{(1)}$"),
          (7.0, "$W^{(2)},\\ b^{(2)}$", 3, "$\\partial L/\\partial W^{(2)}=\\delta^{(2)}a^{(1)\\top}$\n$\\partial L/\\partial b^{(2)}=\\delta^{(2)}$")]
# 每条主链边上反向传回的量（写在该边下方）
backward = ["", "$\\delta^{(1)}=\\partial L/\\partial a^{(1)}\\odot(1-a^{(1)}\\odot a^{(1)})$",
            "$\\partial L/\\partial a^{(1)}=W^{(2)\\top}\\delta^{(2)}$", "$\\delta^{(2)}=z^{(2)}-y$"]

fig, ax = plt.subplots(figsize=(10, 3.8))
box = dict(boxstyle="round,pad=0.35", fc="#e8f0fe", ec="#3b6fd4")
pbox = dict(boxstyle="round,pad=0.3", fc="#fff4d6", ec="#c99a06")
for x, _, text in chain:
    ax.text(x, 0, text, ha="center", va="center", fontsize=10, bbox=box)
for (x0, w0, _), (x1, w1, _) in zip(chain, chain[1:]):
    ax.add_patch(FancyArrowPatch((x0 + w0 + 0.1, 0.1), (x1 - w1 - 0.1, 0.1), arrowstyle="-|>", mutation_scale=12,
                                 color="0.2"))
    ax.add_patch(FancyArrowPatch((x1 - w1 - 0.1, -0.18), (x0 + w0 + 0.1, -0.18), arrowstyle="-|>",
                                 mutation_scale=12, color="#c0392b", connectionstyle="arc3,rad=-0.3"))
for k, label in enumerate(backward):
    if label:
        xm = (chain[k][0] + chain[k][1] + chain[k + 1][0] - chain[k + 1][1]) / 2
        ax.text(xm, -0.85 - 0.3 * (k == 1), label, ha="center", va="center", fontsize=9, color="#c0392b")
for x, text, target, grad in params:
    ax.text(x, 1.45, text, ha="center", va="center", fontsize=10, bbox=pbox)
    tx = chain[target][0]
    ax.add_patch(FancyArrowPatch((x + 0.1, 1.2), (tx - 0.3, 0.32), arrowstyle="-|>", mutation_scale=12, color="0.2"))
    ax.add_patch(FancyArrowPatch((tx + 0.2, 0.32), (x + 0.75, 1.2), arrowstyle="-|>", mutation_scale=12,
                                 color="#c0392b", connectionstyle="arc3,rad=0.3"))
    ax.text(tx + 0.55, 1.05, grad, ha="left", va="center", fontsize=9, color="#c0392b")
ax.text(5.4, 2.25, "黑色：前向传播，从左到右算出每个节点的值；红色：反向传播，从右到左乘上局部导数",
        ha="center", fontsize=10)
ax.text(10.9, -0.6, "起点：∂L/∂L = 1", ha="center", fontsize=9, color="#c0392b")
ax.set_xlim(-0.6, 12.0)
ax.set_ylim(-1.4, 2.5)
ax.axis("off")
show(fig)
