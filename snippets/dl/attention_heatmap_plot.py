# Attention weights of a toy "sentence": each query word puts its weight on similar key words
import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn.attention import scaled_dot_product_attention
from mlvault.plotting import show

words = ["猫", "坐", "在", "垫子", "上", "它", "很", "舒服"]
rng = np.random.default_rng(3)
topics = rng.normal(size=(4, 16))
topic_of = [0, 1, 2, 0, 2, 0, 3, 3]  # 猫 / 垫子 / 它 share a topic
X = topics[topic_of] * 1.5 + 0.5 * rng.normal(size=(len(words), 16))
_, weights = scaled_dot_product_attention(X, X, X, mask=np.tril(np.ones((8, 8), dtype=bool)))

fig, ax = plt.subplots(figsize=(5, 4.2))
im = ax.imshow(weights, cmap="Blues", vmin=0, vmax=1)
ax.set_xticks(range(len(words)), words)
ax.set_yticks(range(len(words)), words)
ax.set_xlabel("键 (key)：被关注的词")
ax.set_ylabel("查询 (query)：当前词")
ax.set_title("因果自注意力权重（每行和为 1）", fontsize=10)
fig.colorbar(im, ax=ax, fraction=0.046)
show(fig)
