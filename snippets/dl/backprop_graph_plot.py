# Computational graph of z = w x + b, a = σ(z), L = (a − y)²: forward values (black) and gradients (red)
import matplotlib.pyplot as plt

from mlvault.nn.activations import sigmoid, sigmoid_grad
from mlvault.plotting import show

w, x, b, y = 0.5, 2.0, 0.1, 1.0
z = w * x + b
a = sigmoid(z)
L = (a - y) ** 2
dL_da = 2 * (a - y)
dL_dz = dL_da * sigmoid_grad(z)
nodes = {  # name: (x, y, forward value, gradient dL/d(node))
    "w": (0.0, 2.0, w, dL_dz * x),
    "x": (0.0, 1.0, x, dL_dz * w),
    "b": (0.0, 0.0, b, dL_dz),
    "z = wx + b": (2.0, 1.0, z, dL_dz),
    "a = σ(z)": (4.0, 1.0, a, dL_da),
    "L = (a − y)²": (6.0, 1.0, L, 1.0),
}
edges = [("w", "z = wx + b"), ("x", "z = wx + b"), ("b", "z = wx + b"), ("z = wx + b", "a = σ(z)"),
         ("a = σ(z)", "L = (a − y)²")]
fig, ax = plt.subplots(figsize=(8, 3.2))
for src, dst in edges:
    (x0, y0), (x1, y1) = nodes[src][:2], nodes[dst][:2]
    ax.annotate("", xy=(x1 - 0.55, y1), xytext=(x0 + 0.55, y0),
                arrowprops=dict(arrowstyle="->", color="0.4"))
for name, (px, py, value, grad) in nodes.items():
    ax.text(px, py, f"{name}\n值 = {value:.3f}", ha="center", va="center", fontsize=9,
            bbox=dict(boxstyle="round", fc="#e8f0fe", ec="#3b6fd4"))
    ax.text(px, py - 0.5, f"∂L/∂{name[0]} = {grad:.3f}", ha="center", va="center", fontsize=8,
            color="#c0392b")
ax.text(3.0, 2.3, "前向传播：从左到右算值；反向传播：从右到左，每条边乘上局部导数",
        ha="center", fontsize=9)
ax.set_xlim(-0.8, 6.9)
ax.set_ylim(-0.8, 2.6)
ax.axis("off")
show(fig)
