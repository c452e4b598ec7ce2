# 维度灾难：单位立方体中随机点到查询点的距离（除以平均距离）在高维时挤成一个尖峰
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
fig, ax = plt.subplots(figsize=(6.4, 3.8))
bins = np.linspace(0, 2.2, 56)
for dim, color in [(2, "tab:blue"), (10, "tab:green"), (100, "tab:orange"), (1000, "tab:red")]:
    points, query = rng.uniform(size=(2000, dim)), rng.uniform(size=dim)
    dist = np.sqrt(((points - query) ** 2).sum(axis=1))
    ratio = dist.min() / dist.max()
    ax.hist(dist / dist.mean(), bins=bins, density=True, histtype="step", lw=2, color=color,
            label=f"d = {dim}：最近/最远 = {ratio:.2f}")
ax.set_xlabel("到查询点的距离 ÷ 平均距离")
ax.set_ylabel("密度")
ax.set_title("维度越高，所有点到查询点的距离越接近，「最近邻」失去区分度", fontsize=10)
ax.legend(fontsize=8)
ax.grid(alpha=0.3)
show(fig)
