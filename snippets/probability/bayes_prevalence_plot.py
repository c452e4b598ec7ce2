# 后验 P(患病 | 阳性) 随患病率（先验）变化：同一个检测，在罕见病上几乎没有说服力
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show
from mlvault.probability import bayes_posterior

prior = np.logspace(-4, np.log10(0.5), 200)
fig, ax = plt.subplots(figsize=(7, 3.8))
for fpr in (0.005, 0.02, 0.05):
    ax.plot(prior, bayes_posterior(prior, 0.99, fpr), label=f"假阳性率 {fpr:.1%}")
ax.plot(prior, prior, "k:", lw=1, label="检测前（先验）")
ax.plot([0.01], [bayes_posterior(0.01, 0.99, 0.02)], "o", color="C1")
ax.annotate("患病率 1%，假阳性率 2%：1/3", (0.01, 1 / 3), xytext=(0.0013, 0.6),
            arrowprops=dict(arrowstyle="->"), fontsize=9)
ax.set_xscale("log")
ax.set(xlabel="患病率 P(患病)（对数刻度）", ylabel="P(患病 | 阳性)", ylim=(0, 1.02),
       title="灵敏度 99% 的检测：阳性结果的可信度取决于先验")
ax.legend(loc="upper left", fontsize=9)
show(fig)
