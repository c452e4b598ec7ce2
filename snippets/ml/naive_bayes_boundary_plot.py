# 高斯朴素贝叶斯：每类一个轴对齐的高斯（等高线），决策边界是二次曲线；特征相关时，轴对齐的椭圆套不住数据
import matplotlib.pyplot as plt
import numpy as np

from mlvault.naive_bayes import GaussianNB
from mlvault.plotting import show

rng = np.random.default_rng(0)
unequal = (np.r_[rng.normal([0, 0], [1.0, 1.0], size=(100, 2)), rng.normal([2.5, 0.5], [0.5, 1.5], size=(100, 2))],
           np.repeat([0, 1], 100))
cov = [[1.0, 0.85], [0.85, 1.0]]
correlated = (np.r_[rng.multivariate_normal([0, 0], cov, 100), rng.multivariate_normal([1.5, -0.5], cov, 100)],
              np.repeat([0, 1], 100))
gx, gy = np.meshgrid(np.linspace(-3.5, 5, 160), np.linspace(-4.5, 5, 160))
grid = np.column_stack([gx.ravel(), gy.ravel()])

fig, axes = plt.subplots(1, 2, figsize=(9.6, 4.6))
titles = ["两类方差不同：边界是二次曲线", "特征相关：朴素假设只能画出轴对齐的椭圆"]
for ax, (X, y), title in zip(axes, [unequal, correlated], titles):
    model = GaussianNB().fit(X, y)
    proba = model.predict_proba(grid)[:, 1].reshape(gx.shape)
    ax.contourf(gx, gy, proba, levels=[0, 0.5, 1], colors=["#dbe9f6", "#fbe3d6"])
    ax.contour(gx, gy, proba, levels=[0.5], colors="k", linewidths=2)
    for c, color in [(0, "tab:blue"), (1, "tab:red")]:
        mu, var = model.theta_[c], model.var_[c]
        z2 = ((gx - mu[0]) ** 2 / var[0] + (gy - mu[1]) ** 2 / var[1])  # 轴对齐高斯的马氏距离平方
        ax.contour(gx, gy, z2, levels=[1, 4], colors=color, linestyles=["-", "--"], linewidths=1)
        ax.scatter(*X[y == c].T, s=8, color=color, alpha=0.7, label=f"类别 {c}")
    ax.plot([], [], color="k", lw=2, label="决策边界 P(1|x) = 0.5")
    ax.plot([], [], color="gray", lw=1, label="各类高斯的 1σ / 2σ 等高线")
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    ax.set_xlim(gx.min(), gx.max())
    ax.set_ylim(gy.min(), gy.max())
    ax.set_aspect("equal")
    ax.legend(loc="upper left", fontsize=7)
fig.tight_layout()
show(fig)
