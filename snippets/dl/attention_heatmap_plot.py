# 一个玩具句子的因果自注意力权重：每个查询词把权重放在相似的键上；不除以 √d_k 时 softmax 饱和成 one-hot
import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn.attention import scaled_dot_product_attention
from mlvault.plotting import show

words = ["猫", "坐", "在", "垫子", "上", "它", "很", "舒服"]
rng = np.random.default_rng(3)
topics = rng.normal(size=(4, 16))
topic_of = [0, 1, 2, 0, 2, 0, 3, 3]  # 猫 / 垫子 / 它 共享一个「主题」方向
X = topics[topic_of] * 1.5 + 0.5 * rng.normal(size=(len(words), 16))
mask = np.tril(np.ones((8, 8), dtype=bool))
_, scaled = scaled_dot_product_attention(X, X, X, mask=mask)
_, unscaled = scaled_dot_product_attention(X * 4.0, X, X, mask=mask)  # 乘 √16 = 4 抵消缩放

fig, axes = plt.subplots(1, 2, figsize=(8.6, 4.2))
for ax, weights, title in [(axes[0], scaled, r"softmax($QK^\top/\sqrt{d_k}$)：每行和为 1"),
                           (axes[1], unscaled, r"不除以 $\sqrt{d_k}$（$d_k=16$）：几乎 one-hot")]:
    im = ax.imshow(weights, cmap="Blues", vmin=0, vmax=1)
    for (i, j), w in np.ndenumerate(weights):
        if w >= 0.05:
            ax.text(j, i, f"{w:.2f}", ha="center", va="center", fontsize=6.5,
                    color="white" if w > 0.6 else "black")
    ax.set_xticks(range(len(words)), words, fontsize=8)
    ax.set_yticks(range(len(words)), words, fontsize=8)
    ax.set_xlabel("键 (key)：被关注的词", fontsize=9)
    ax.set_title(title, fontsize=9)
axes[0].set_ylabel("查询 (query)：当前词", fontsize=9)
fig.colorbar(im, ax=axes, fraction=0.025)
fig.suptitle("因果自注意力权重（上三角被掩码，权重为 0）", fontsize=10)
show(fig)
