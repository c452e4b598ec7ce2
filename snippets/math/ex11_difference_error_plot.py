# 数值导数的误差随步长 h 的变化：截断误差随 h 减小，舍入误差随 h 增大，中间有一个最优 h
import matplotlib.pyplot as plt
import numpy as np

from mlvault.calculus import numerical_derivative
from mlvault.plotting import show

hs = np.logspace(-15, 0, 121)
forward = np.abs((np.exp(1 + hs) - np.e) / hs - np.e)
central = np.abs(numerical_derivative(np.exp, np.ones_like(hs), hs) - np.e)
eps = np.finfo(float).eps

fig, ax = plt.subplots(figsize=(6.8, 5.0))
ax.loglog(hs, forward, ".", ms=3, color="C0", label="前向差分 $[f(x+h)-f(x)]/h$")
ax.loglog(hs, central, ".", ms=3, color="C3", label="中心差分 $[f(x+h)-f(x-h)]/2h$")
ax.loglog(hs, np.e * hs / 2, "-", color="C0", lw=1, alpha=0.6, label="截断误差 $\\frac{h}{2}f''$（斜率 1）")
ax.loglog(hs, np.e * hs**2 / 6, "-", color="C3", lw=1, alpha=0.6, label="截断误差 $\\frac{h^2}{6}f'''$（斜率 2）")
ax.loglog(hs, np.e * eps / hs, "--", color="gray", lw=1, label="舍入误差 $\\approx\\varepsilon f/h$（斜率 −1）")
ax.set_ylim(1e-13, 1e1)
ax.set_xlabel("步长 $h$")
ax.set_ylabel("误差 $|\\hat f' - f'(1)|$")
ax.set_title("$f(x)=e^x$ 在 $x=1$ 处：误差先随 $h$ 减小，$h$ 过小又因舍入增大")
ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2)
ax.grid(True, which="major", alpha=0.3)
show(fig)
