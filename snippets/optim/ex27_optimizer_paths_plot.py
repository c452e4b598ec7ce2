# 五种优化器在一个狭长的二次碗 L = ½(0.2x² + 4y²) 上各走 60 步
import matplotlib.pyplot as plt
import numpy as np

from mlvault.optim import SGD, AdaGrad, Adam, RMSprop, trajectory
from mlvault.plotting import show

h = np.array([0.2, 4.0])  # Hessian 的对角线：x 方向平缓，y 方向陡峭


def loss(p):
    return 0.5 * (h * p**2).sum(axis=-1)


x0 = np.array([-4.0, 1.5])
optimizers = {
    "SGD (η=0.45)": SGD(0.45),
    "Momentum (η=0.1, μ=0.8)": SGD(0.1, momentum=0.8),
    "AdaGrad (η=1.0)": AdaGrad(1.0),
    "RMSprop (η=0.1)": RMSprop(0.1),
    "Adam (η=0.3)": Adam(0.3),
}
paths = {name: trajectory(opt, lambda p: h * p, x0, 60) for name, opt in optimizers.items()}

gx, gy = np.meshgrid(np.linspace(-4.5, 1.5, 120), np.linspace(-2, 2, 90))
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.6), gridspec_kw={"width_ratios": [1.4, 1]})
left.contour(gx, gy, loss(np.stack([gx, gy], axis=-1)), levels=np.geomspace(0.02, 8, 12), colors="0.75")
for name, path in paths.items():
    left.plot(path[:, 0], path[:, 1], ".-", ms=3, lw=1, label=name)
    right.semilogy(loss(path), lw=1.5, label=name)
left.plot(0, 0, "k*", ms=10)
left.set_xlabel(r"$\theta_1$（平缓方向）")
left.set_ylabel(r"$\theta_2$（陡峭方向）")
left.set_title("参数空间中的路径", fontsize=10)
right.set_xlabel("步数 t")
right.set_ylabel(r"损失 $L(\theta_t)$")
right.set_title("损失随步数下降（对数坐标）", fontsize=10)
right.legend(fontsize=7)
fig.tight_layout()
show(fig)
