# 六个激活函数（实线）与它们的导数（虚线）并排：看导数在哪里变小（饱和）、在哪里恒为 0
import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn import activations as A
from mlvault.plotting import show

x = np.linspace(-4, 4, 401)
cases = [
    ("Sigmoid", A.sigmoid, A.sigmoid_grad),
    ("Tanh", A.tanh, A.tanh_grad),
    ("ReLU", A.relu, A.relu_grad),
    ("Leaky ReLU（α=0.1）", lambda v: A.leaky_relu(v, 0.1), lambda v: A.leaky_relu_grad(v, 0.1)),
    ("ELU（α=1）", A.elu, A.elu_grad),
    ("GELU", A.gelu, A.gelu_grad),
]
fig, axes = plt.subplots(2, 3, figsize=(8, 4.6), sharex=True, sharey=True)
for ax, (name, f, df) in zip(axes.ravel(), cases):
    ax.axhline(0, color="0.8", lw=0.8)
    ax.axvline(0, color="0.8", lw=0.8)
    ax.plot(x, f(x), color="C0", label="函数 f(x)")
    ax.plot(x, df(x), "--", color="C3", label="导数 f′(x)")
    ax.set_title(name, fontsize=10)
    ax.set_ylim(-1.5, 2.5)
    ax.tick_params(labelsize=8)
axes[0, 0].legend(fontsize=8, loc="upper left")
fig.supxlabel("输入（预激活）x", fontsize=9)
fig.tight_layout()
show(fig)
