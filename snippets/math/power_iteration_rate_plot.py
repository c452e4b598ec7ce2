# 幂迭代的收敛速度：方向误差按 |λ2/λ1|^k 衰减，对称矩阵的瑞利商误差按 |λ2/λ1|^(2k) 衰减
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
Q, _ = np.linalg.qr(rng.standard_normal((6, 6)))  # 随机正交矩阵：特征向量
x0 = rng.standard_normal(6)
K = 80
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4), sharex=True)
for r, c in [(0.5, "C0"), (0.8, "C1"), (0.95, "C3")]:
    lam = np.array([1.0, r, 0.7 * r, 0.5 * r, 0.3 * r, 0.1])
    A = Q @ np.diag(lam) @ Q.T  # 对称矩阵，λ1 = 1，λ2 = r
    v = x0 / np.linalg.norm(x0)
    angle_err, rq_err = [], []
    for _ in range(K + 1):
        q1 = Q[:, 0]
        angle_err.append(max(np.linalg.norm(v - (v @ q1) * q1), 1e-16))  # sin(v 与主特征向量的夹角)
        rq_err.append(max(abs(v @ A @ v - lam[0]), 1e-16))  # 舍入误差以下的值画在 1e-16
        v = A @ v
        v /= np.linalg.norm(v)
    k = np.arange(K + 1)
    j = 10  # 参考线在第 j 步与实测值对齐（前几步还受其他特征值影响）
    ax1.semilogy(k, angle_err, color=c, lw=2, label=f"$\\lambda_2/\\lambda_1={r}$")
    ax1.semilogy(k, angle_err[j] * r ** (k - j), color=c, ls="--", lw=1)
    ax2.semilogy(k, rq_err, color=c, lw=2)  # 颜色与左图相同，图例只放在左图
    ax2.semilogy(k, rq_err[j] * r ** (2 * (k - j)), color=c, ls="--", lw=1)
ax1.plot([], [], color="k", ls="--", lw=1, label="参考线 $\\propto(\\lambda_2/\\lambda_1)^k$")
ax2.plot([], [], color="k", ls="--", lw=1, label="参考线 $\\propto(\\lambda_2/\\lambda_1)^{2k}$")
ax1.set_title("方向误差 $\\sin\\angle(\\mathbf{v}_k,\\mathbf{q}_1)$", fontsize=10)
ax2.set_title("特征值误差 $|\\mathbf{v}_k^\\top A\\mathbf{v}_k-\\lambda_1|$（对称 $A$）", fontsize=10)
ax1.legend(fontsize=8, loc="lower left")
ax2.legend(fontsize=8, loc="upper right")  # 左下角会挡住比值 0.5 的曲线
for ax in (ax1, ax2):
    ax.set_xlabel("迭代次数 $k$")
    ax.set_ylim(3e-17, 3)
    ax.grid(alpha=0.3)
    ax.minorticks_off()
fig.suptitle("幂迭代：比值越接近 1，收敛越慢", fontsize=11)
fig.tight_layout()
show(fig)
