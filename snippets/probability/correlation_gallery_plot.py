# 相关系数只量线性关系：四组数据的 ρ，其中 y = x² 与圆环完全由几何关系决定，ρ 却约为 0
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
n = 300
x = rng.uniform(-1, 1, n)
u = rng.uniform(0, 1, n // 2)
x_sym = np.concatenate([u, -u])  # 成对取 ±u：样本和总体一样关于 0 对称，抽样噪声不会造出相关
theta = rng.uniform(0, 2 * np.pi, n)
panels = [
    ("强线性", x, 0.8 * x + 0.15 * rng.standard_normal(n)),
    ("弱线性、噪声大", x, 0.3 * x + 0.5 * rng.standard_normal(n)),
    ("y = x²", x_sym, x_sym**2),
    ("圆环", np.cos(theta), np.sin(theta) + 0.03 * rng.standard_normal(n)),
]
fig, axes = plt.subplots(1, 4, figsize=(10, 2.8))
for ax, (name, u, v) in zip(axes, panels):
    rho = np.corrcoef(u, v)[0, 1]
    ax.scatter(u, v, s=5, alpha=0.6)
    ax.set_title(f"{name}\nρ = {rho:+.2f}", fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("相关系数接近 0 ≠ 没有关系", fontsize=11)
fig.tight_layout()
show(fig)
