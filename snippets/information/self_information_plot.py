# 信息量 -log p 与它对熵的贡献 -p log p：罕见的结果很「意外」，但因为罕见，对熵（平均）的贡献很小
import matplotlib.pyplot as plt
import numpy as np

from mlvault.information import self_information
from mlvault.plotting import show

p = np.linspace(0.002, 1, 500)
info = self_information(p, base=2)
contribution = p * info

fig, ax = plt.subplots(figsize=(7, 3.8))
ax.plot(p, info, label=r"信息量 $I=-\log_2 p$（单个结果有多意外）")
ax.plot(p, contribution, "--", label=r"对熵的贡献 $-p\log_2 p$（意外程度 × 出现频率）")
peak = 1 / np.e
ax.plot(peak, peak * self_information(peak, base=2), "o", color="C3")
ax.annotate(r"最大在 $p=1/e$", (peak, peak * self_information(peak, base=2)), textcoords="offset points",
            xytext=(8, 8))
ax.set_xlabel("结果的概率 p")
ax.set_ylabel("信息量 / 贡献（bit）")
ax.set_ylim(0, 6)
ax.set_title("罕见的结果信息量大，但对熵的贡献小")
ax.legend(loc="upper right")
ax.grid(alpha=0.3)
show(fig)
