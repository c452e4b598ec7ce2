# 高斯分布与泊松分布的形状：参数怎样改变位置与宽度
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show
from mlvault.probability import gaussian_pdf, poisson_pmf

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.4))
x = np.linspace(-6, 6, 400)
for mu, sigma in [(0, 1), (0, 2), (2, 0.5)]:
    left.plot(x, gaussian_pdf(x, mu, sigma), label=rf"$\mu={mu},\ \sigma={sigma}$")
left.set(title="高斯分布：μ 决定位置，σ 决定宽度", xlabel="x", ylabel="概率密度")
left.legend(fontsize=9)

k = np.arange(0, 16)
for shift, lam in zip((-0.25, 0, 0.25), (1, 4, 8)):
    right.bar(k + shift, poisson_pmf(k, lam), width=0.25, label=rf"$\lambda={lam}$")
right.set(title="泊松分布：均值与方差都等于 λ", xlabel="计数 k", ylabel="P(X = k)")
right.set_xticks(k[::2])  # 计数只取整数：刻度放在整数上
right.legend(fontsize=9)
fig.tight_layout()
show(fig)
