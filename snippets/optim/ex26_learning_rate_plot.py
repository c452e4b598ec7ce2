# 学习率的作用：在狭长的二次碗 f(θ) = ½(0.1θ₁² + θ₂²)（λ_max = 1，上限 2/λ_max = 2）上走 30 步梯度下降
import argparse

import matplotlib.pyplot as plt
import numpy as np

from mlvault.optim import gradient_descent
from mlvault.plotting import show

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--lr", type=float, nargs="+", default=[0.1, 1.0, 1.9, 2.1],
                    help="一个或几个学习率 η（例如 --lr 0.5 或 --lr 0.01 0.5 2.1）")
args = parser.parse_args()

lam = np.array([0.1, 1.0])          # Hessian 的特征值：θ₁ 平缓，θ₂ 陡峭
x0 = np.array([-4.0, 2.0])
n_steps = 30


def f(p):
    return 0.5 * (lam * p**2).sum(axis=-1)


def verdict(lr):
    """每个特征方向每步乘以 1 − ηλᵢ；最大的 |1 − ηλᵢ| 决定收敛还是发散。"""
    rate = np.abs(1 - lr * lam).max()
    if rate < 1:
        return f"收敛，每步误差至多乘 {rate:.3f}"
    return "不收敛（|1−ηλ| = 1）" if rate == 1 else f"发散，每步误差放大 {rate:.3f} 倍"


lrs = args.lr
n = len(lrs)
ncol = n if n <= 3 else (2 if n == 4 else 3)
nrow = -(-n // ncol)
mosaic = [[f"p{r * ncol + c}" if r * ncol + c < n else "." for c in range(ncol)] + ["loss"] for r in range(nrow)]
gx, gy = np.meshgrid(np.linspace(-5, 1.5, 120), np.linspace(-3, 3, 90))
levels = np.geomspace(0.02, 8, 10)
fig, named = plt.subplot_mosaic(mosaic, figsize=(2.5 * (ncol + 1.2), max(3.2, 2.7 * nrow)),
                                width_ratios=[1] * ncol + [1.2])
axes = [named[f"p{i}"] for i in range(n)]
curves = named["loss"]
for i, (ax, lr) in enumerate(zip(axes, lrs)):
    path = gradient_descent(lambda p: lam * p, x0, lr, n_steps)
    ax.contour(gx, gy, f(np.stack([gx, gy], axis=-1)), levels=levels, colors="0.75", linewidths=0.8)
    ax.plot(path[:, 0], path[:, 1], ".-", color=f"C{i}", ms=3.5, lw=1)
    ax.plot(*x0, "s", color="k", ms=4)
    ax.plot(0, 0, "k*", ms=8)
    ax.set_xlim(-5, 1.5)
    ax.set_ylim(-3, 3)
    ax.set_title(f"η = {lr:g}\n{verdict(lr)}", fontsize=8.5)
    if i >= n - ncol:
        ax.set_xlabel(r"$\theta_1$（平缓，$\lambda=0.1$）", fontsize=8)
    if i % ncol == 0:
        ax.set_ylabel(r"$\theta_2$（陡峭，$\lambda=1$）", fontsize=8)
    curves.semilogy(np.maximum(f(path), 1e-12), ".-", color=f"C{i}", ms=3, lw=1, label=f"η = {lr:g}")
curves.set_title("损失随步数的变化（对数坐标）", fontsize=8.5)
curves.set_xlabel("步数 t", fontsize=8)
curves.set_ylabel(r"$f(\theta_t)$", fontsize=8)
curves.legend(fontsize=7)
fig.tight_layout()
show(fig)
