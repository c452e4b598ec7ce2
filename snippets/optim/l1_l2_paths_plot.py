# L1 与 L2 的解路径：λ 增大时 Lasso 的系数一个个精确地变成 0，Ridge 的系数只是一起缩小（--lam 选定一个 λ）
import argparse

import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--lam", type=float, default=0.3, help="正则化强度 λ（0.001 到 10 之间）")
args = parser.parse_args()
lam = float(np.clip(args.lam, 1e-3, 10.0))

# 数据：8 个标准化的特征，只有前 3 个真正有用；L₀ = (1/2n)‖y − Xw‖²
rng = np.random.default_rng(0)
n, p = 60, 8
X = rng.normal(size=(n, p))
X = (X - X.mean(axis=0)) / X.std(axis=0)
w_true = np.array([2.0, -1.5, 1.0, 0, 0, 0, 0, 0])
y = X @ w_true + rng.normal(size=n)
y = y - y.mean()


def soft_threshold(z, t):
    """一维 L1 问题 min ½(w − z)² + t|w| 的解 sign(z)·max(|z| − t, 0)。"""
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


def lasso(lams, n_iter=1000):
    """min (1/2n)‖y − Xw‖² + λ‖w‖₁，对一组 λ 同时做近端梯度（梯度步 + 软阈值）；返回形状 (len(lams), p)。"""
    lams = np.atleast_1d(lams)
    step = 1 / np.linalg.eigvalsh(X.T @ X / n).max()      # 1/L
    W = np.zeros((p, lams.size))
    for _ in range(n_iter):
        W = soft_threshold(W - step * X.T @ (X @ W - y[:, None]) / n, step * lams)
    return W.T


def ridge(l):   # min (1/2n)‖y − Xw‖² + λ‖w‖₂²  ⇒  (XᵀX/n + 2λI) w = Xᵀy/n
    return np.linalg.solve(X.T @ X / n + 2 * l * np.eye(p), X.T @ y / n)


grid = np.geomspace(1e-3, 10, 50)
paths = {"Lasso（L1）": lasso(grid), "Ridge（L2）": np.array([ridge(l) for l in grid])}
at_lam = {"Lasso（L1）": lasso(lam)[0], "Ridge（L2）": ridge(lam)}

fig, axes = plt.subplots(1, 3, figsize=(10, 3.5), gridspec_kw={"width_ratios": [1, 1.15, 1.15]})
z = np.linspace(-3, 3, 200)
ax = axes[0]
ax.plot(z, z, color="0.7", lw=1, label="不加正则 w = z")
ax.plot(z, soft_threshold(z, lam), color="C3", lw=2, label="L1：软阈值")
ax.plot(z, z / (1 + 2 * lam), color="C0", lw=2, label="L2：z / (1 + 2λ)")
ax.axvspan(-lam, lam, color="C3", alpha=0.12)
ax.set_xlabel("最小二乘解 z")
ax.set_ylabel("正则化后的解 w*")
ax.set_title(f"一维：min ½(w − z)² + 惩罚，λ = {lam:g}", fontsize=9)
ax.legend(fontsize=7, loc="upper left")
for ax, (name, path) in zip(axes[1:], paths.items()):
    for j in range(p):
        ax.semilogx(grid, path[:, j], color=f"C{j}" if j < 3 else "0.55", lw=1.6 if j < 3 else 1,
                    label=f"w{j + 1}（有用）" if j < 3 else ("其余 5 个（无用）" if j == 3 else None))
    ax.axvline(lam, color="k", ls="--", lw=1)
    ax.plot(np.full(p, lam), at_lam[name], "k.", ms=5)
    zeros = int(np.sum(at_lam[name] == 0))
    ax.set_title(f"{name} 的解路径：λ = {lam:g} 时 {zeros} 个系数恰为 0", fontsize=9)
    ax.set_xlabel("正则化强度 λ（对数坐标）")
    ax.axhline(0, color="0.3", lw=0.6)
axes[1].set_ylabel(r"系数 $w_j$")
axes[2].legend(fontsize=7, loc="upper right")
fig.tight_layout()
show(fig)
