# 二维点云上的主成分方向：左为主轴与投影，右为投影方差 wᵀΣw 随方向角的变化（最大、最小恰在两个特征向量处）
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
X = rng.multivariate_normal([2.0, 1.0], [[3.0, 1.6], [1.6, 1.4]], size=120)
mean = X.mean(axis=0)
Xc = X - mean
Sigma = Xc.T @ Xc / len(X)
lam, V = np.linalg.eigh(Sigma)
lam, V = lam[::-1], V[:, ::-1]
V = V * np.sign(V[0])  # 特征向量只确定到正负号：让第一个分量为正，箭头朝右

fig, (left, right) = plt.subplots(1, 2, figsize=(8.4, 3.6))
left.scatter(*X.T, s=8, color="0.6", label="样本")
v1 = V[:, 0]
proj = mean + np.outer(Xc @ v1, v1)  # 投影到第一主轴上的点
for i in range(0, len(X), 6):
    left.plot([X[i, 0], proj[i, 0]], [X[i, 1], proj[i, 1]], color="C2", lw=0.6)
left.scatter(*proj[::6].T, s=10, color="C2", label="投影到 PC1（绿线为残差）")
for j, color in enumerate(["C3", "C0"]):
    end = mean + 2 * np.sqrt(lam[j]) * V[:, j]
    left.annotate("", xy=end, xytext=mean, arrowprops=dict(arrowstyle="-|>", color=color, lw=2))
    left.text(*(end + 0.25 * V[:, j]), rf"PC{j + 1}：$\lambda$ = {lam[j]:.2f}", color=color, fontsize=8)
left.set_aspect("equal")
left.set_xlabel(r"$x_1$")
left.set_ylabel(r"$x_2$")
left.set_title(r"箭头沿特征向量，长 $2\sqrt{\lambda}$", fontsize=9)
left.legend(fontsize=7, loc="lower right")

theta = np.linspace(0, np.pi, 181)
W = np.stack([np.cos(theta), np.sin(theta)])  # 单位向量 w(θ)
variance = np.einsum("it,ij,jt->t", W, Sigma, W)  # wᵀΣw
right.plot(np.degrees(theta), variance, "k", lw=1.5, label=r"投影方差 $w^\top\Sigma w$")
for j, color in enumerate(["C3", "C0"]):
    angle = np.degrees(np.arctan2(V[1, j], V[0, j])) % 180
    right.axhline(lam[j], color=color, ls=":", lw=1)
    right.plot(angle, lam[j], "o", color=color, label=rf"$v_{j + 1}$ 的方向：$w^\top\Sigma w=\lambda_{j + 1}$")
right.set_xlabel("方向角 θ（度），w = (cos θ, sin θ)")
right.set_ylabel("投影方差")
right.set_title(r"最大值 $\lambda_1$、最小值 $\lambda_2$ 都在特征向量处", fontsize=9)
right.legend(fontsize=7)
right.grid(alpha=0.3)
fig.tight_layout()
show(fig)
