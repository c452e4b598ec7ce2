# 两类斜长椭圆：PCA 方向、类中心连线与 Fisher 方向 S_W⁻¹(μ₁-μ₀) 的对比，以及三种一维投影的直方图
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
cov = [[4.0, 3.4], [3.4, 3.2]]  # 两类共用的类内协方差：沿对角线拉长
X0 = rng.multivariate_normal([0.0, 0.0], cov, size=150)
X1 = rng.multivariate_normal([1.5, 0.0], cov, size=150)
X = np.vstack([X0, X1])
mu0, mu1 = X0.mean(axis=0), X1.mean(axis=0)
S_W = (X0 - mu0).T @ (X0 - mu0) + (X1 - mu1).T @ (X1 - mu1)
w_lda = np.linalg.solve(S_W, mu1 - mu0)
w_lda /= np.linalg.norm(w_lda)
Xc = X - X.mean(axis=0)
w_pca = np.linalg.eigh(Xc.T @ Xc)[1][:, -1]


d = (mu1 - X.mean(axis=0))[:, None], (mu0 - X.mean(axis=0))[:, None]
S_B = 150 * (d[0] @ d[0].T + d[1] @ d[1].T)


def fisher(w):
    """J(w) = wᵀS_B w / wᵀS_W w"""
    return (w @ S_B @ w) / (w @ S_W @ w)


fig = plt.figure(figsize=(8.4, 4.2))
ax = fig.add_subplot(1, 2, 1)
ax.scatter(*X0.T, s=6, color="C0", alpha=0.6, label="类 0")
ax.scatter(*X1.T, s=6, color="C1", alpha=0.6, label="类 1")
centre = X.mean(axis=0)
w_mean = (mu1 - mu0) / np.linalg.norm(mu1 - mu0)
for w, color, name in ((w_pca, "C2", "PCA 方向"), (w_mean, "0.3", "类中心连线"), (w_lda, "C3", "Fisher 方向")):
    ax.plot(*np.c_[centre - 5 * w, centre + 5 * w], color=color, lw=2, label=name,
            ls="--" if name == "类中心连线" else "-")
ax.set_aspect("equal")
ax.set_title("同样的点云，三条投影方向", fontsize=9)
ax.legend(fontsize=7, loc="upper left")

directions = ((w_pca, "C2", "投影到 PCA 方向"), (w_mean, "0.3", "投影到类中心连线"), (w_lda, "C3", "投影到 Fisher 方向"))
for row, (w, color, name) in enumerate(directions):
    hax = fig.add_subplot(3, 2, 2 * row + 2)
    z0, z1 = X0 @ w, X1 @ w
    bins = np.linspace(min(z0.min(), z1.min()), max(z0.max(), z1.max()), 30)
    hax.hist(z0, bins=bins, color="C0", alpha=0.6)
    hax.hist(z1, bins=bins, color="C1", alpha=0.6)
    hax.set_yticks([])
    hax.set_title(f"{name}：Fisher 比 J = {fisher(w):.3f}", fontsize=9, color=color)
fig.tight_layout()
show(fig)
