# Each activation (solid) and its derivative (dashed)
import matplotlib.pyplot as plt
import numpy as np

from mlvault.nn import activations as A
from mlvault.plotting import show

x = np.linspace(-4, 4, 401)
cases = [
    ("Sigmoid", A.sigmoid, A.sigmoid_grad),
    ("Tanh", A.tanh, A.tanh_grad),
    ("ReLU", A.relu, A.relu_grad),
    ("Leaky ReLU (α=0.1)", lambda v: A.leaky_relu(v, 0.1), lambda v: A.leaky_relu_grad(v, 0.1)),
    ("ELU (α=1)", A.elu, A.elu_grad),
]
fig, axes = plt.subplots(1, 5, figsize=(8, 2.6), sharex=True)
for ax, (name, f, df) in zip(axes, cases):
    ax.plot(x, f(x), label="函数 f(x)")
    ax.plot(x, df(x), "--", label="导数 f′(x)")
    ax.axhline(0, color="0.8", lw=0.8)
    ax.axvline(0, color="0.8", lw=0.8)
    ax.set_title(name, fontsize=9)
    ax.set_ylim(-1.5, 2.5)
    ax.tick_params(labelsize=7)
axes[0].legend(fontsize=7, loc="upper left")
fig.supxlabel("输入 x", fontsize=9)
fig.tight_layout()
show(fig)
