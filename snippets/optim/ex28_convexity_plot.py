# 凸函数的定义：任意两点之间的弦都在曲线上方；非凸函数的弦会穿到曲线下方
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

cases = [
    ("凸函数 f(x) = x²：弦在曲线上方", lambda z: z**2, -1.5, 2.0),
    ("非凸函数 f(x) = sin(3x) + 0.1x²：弦穿到曲线下方", lambda z: np.sin(3 * z) + 0.1 * z**2, -0.5, 1.6),
]
lam = 0.35
fig, axes = plt.subplots(1, 2, figsize=(8, 3.4))
for ax, (title, f, a, b) in zip(axes, cases):
    z = np.linspace(-2.2, 2.6, 300)
    ax.plot(z, f(z), color="C0", label="f(x)")
    ax.plot([a, b], [f(a), f(b)], "o-", color="C3", label="弦 λf(x)+(1−λ)f(y)")
    m = lam * a + (1 - lam) * b
    chord = lam * f(a) + (1 - lam) * f(b)
    ax.plot([m, m], [f(m), chord], "k:", lw=1.5)
    ax.plot(m, f(m), "s", color="C2", label="f(λx+(1−λ)y)")
    ax.annotate("x", (a, f(a)), textcoords="offset points", xytext=(-10, 4))
    ax.annotate("y", (b, f(b)), textcoords="offset points", xytext=(4, 4))
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="best")
    ax.set_xlabel("x")
fig.tight_layout()
show(fig)
