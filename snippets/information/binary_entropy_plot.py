# 二元熵 H_b(p) 与伯努利方差 p(1-p)：两者都在 p = 0.5 处最大
import matplotlib.pyplot as plt
import numpy as np

from mlvault.information import entropy
from mlvault.plotting import show

p = np.linspace(0, 1, 401)
h_bits = entropy(np.stack([p, 1 - p], axis=-1), base=2)

fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(p, h_bits, label=r"二元熵 $H_b(p)$（bit）")
ax.plot(p, 4 * p * (1 - p), "--", label=r"方差 $4p(1-p)$（放大 4 倍便于比较）")
for q in (0.5, 0.9):
    h = entropy([q, 1 - q], base=2)
    ax.plot(q, h, "o", color="C3")
    ax.annotate(f"p = {q}: {h:.4f} bit", (q, h), textcoords="offset points", xytext=(6, -14))
ax.set_xlabel("正面概率 p")
ax.set_ylabel("熵 / 缩放后的方差")
ax.set_title("抛硬币的不确定性：越接近 0.5 越难预测")
ax.legend(loc="lower center")
ax.grid(alpha=0.3)
show(fig)
