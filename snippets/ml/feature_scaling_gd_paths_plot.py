# 梯度下降在原始特征与标准化特征上的路径：等高线从细长椭圆变成圆，之字形变成直线
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
m = 200
X_raw = np.column_stack([rng.normal(0, 1.0, m), rng.normal(0, 4.0, m)])  # 两个特征的尺度相差 4 倍
y = X_raw @ np.array([2.0, 0.5]) + rng.normal(0, 0.5, m)
X_std = (X_raw - X_raw.mean(axis=0)) / X_raw.std(axis=0)
y = y - y.mean()  # 中心化，截距为 0，只剩两个参数可画


def gd_path(X, steps):
    H = X.T @ X / m  # J(w) = ‖Xw - y‖²/(2m) 的 Hessian
    lam = np.linalg.eigvalsh(H)
    alpha = 2 / (lam[0] + lam[-1])  # 最优固定步长
    w_star = np.linalg.solve(H, X.T @ y / m)
    w = w_star + np.array([-2.5, 2.0]) * np.sqrt(1 / np.diag(H))  # 起点：每个方向偏离约「一个尺度单位」
    path = [w]
    for _ in range(steps):
        w = w - alpha * X.T @ (X @ w - y) / m
        path.append(w)
    return np.array(path), w_star, lam[-1] / lam[0], H


fig, axes = plt.subplots(1, 2, figsize=(9.6, 4.6))
for ax, X, name in [(axes[0], X_raw, "原始特征"), (axes[1], X_std, "标准化后")]:
    path, w_star, kappa, H = gd_path(X, 25)
    span = np.full(2, np.abs(path - w_star).max() * 1.15)  # 正方形窗口：两轴同一比例尺，椭圆才显出真实形状
    g1, g2 = np.meshgrid(np.linspace(w_star[0] - span[0], w_star[0] + span[0], 120),
                         np.linspace(w_star[1] - span[1], w_star[1] + span[1], 120))
    d = np.stack([g1 - w_star[0], g2 - w_star[1]], axis=-1)
    excess = 0.5 * np.einsum("...i,ij,...j->...", d, H, d)  # J(w) - J(w*) = ½(w-w*)ᵀH(w-w*)
    start = 0.5 * (path[0] - w_star) @ H @ (path[0] - w_star)
    ax.contour(g1, g2, excess, levels=start * np.array([0.01, 0.05, 0.2, 0.5, 1.0]), colors="gray", linewidths=0.8)
    ax.plot(*path.T, "o-", color="tab:red", ms=3, lw=1, label="梯度下降 25 步")
    ax.plot(*w_star, "k*", ms=12, label="最优解")
    err = np.linalg.norm(path[-1] - w_star) / np.linalg.norm(path[0] - w_star)
    ax.set_title(f"{name}：条件数 κ = {kappa:.1f}\n25 步后剩余误差比例 {err:.1e}", fontsize=10)
    ax.set_aspect("equal")
    ax.set_xlabel("$w_1$")
    ax.set_ylabel("$w_2$")
    ax.legend(fontsize=8, loc="upper right")
fig.tight_layout()
show(fig)
