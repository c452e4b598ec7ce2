# 核密度估计：带宽太小会过拟合成尖刺，太大会把两个峰抹平（--bandwidth 可以换成别的带宽）
import argparse

import matplotlib.pyplot as plt
import numpy as np

from mlvault.density import KernelDensity
from mlvault.plotting import show
from mlvault.probability import gaussian_pdf

parser = argparse.ArgumentParser(description="双峰样本的高斯核密度估计，比较不同带宽")
parser.add_argument("--bandwidth", type=float, nargs="+", default=[0.1, 0.4, 1.5],
                    help="一个或几个带宽 h（例如 --bandwidth 0.3 或 --bandwidth 0.05 0.3 2）")
args = parser.parse_args()

rng = np.random.default_rng(0)
data = np.concatenate([rng.normal(-2, 0.6, 60), rng.normal(1.5, 1.0, 100)])
grid = np.linspace(-5, 5, 400)
truth = 0.375 * gaussian_pdf(grid, -2, 0.6) + 0.625 * gaussian_pdf(grid, 1.5, 1.0)
silverman = 1.06 * data.std(ddof=1) * len(data) ** (-1 / 5)  # 经验法则，作参照

fig, ax = plt.subplots(figsize=(8.5, 3.8))
ax.plot(grid, truth, "k--", lw=1.5, label="真实密度")
for h in args.bandwidth:
    ax.plot(grid, np.exp(KernelDensity(bandwidth=h).fit(data).score_samples(grid)), label=f"高斯核，h = {h:g}")
ax.plot(data, np.full_like(data, -0.01), "|", color="gray", alpha=0.6, label="样本（160 个）")
ax.set(xlabel="x", ylabel="密度", title=f"带宽 h 控制平滑程度（Silverman 经验值 h ≈ {silverman:.2f}）")
ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1))
show(fig)
