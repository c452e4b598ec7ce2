# 凸函数的定义：任意两点之间的弦都在曲线上方、切线都在曲线下方；非凸函数的弦会穿到曲线下方、切线会穿到曲线上方
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

cases = [
    ("凸函数 f(x) = x²：弦在上方，切线在下方", lambda z: z**2, lambda z: 2 * z, -1.5, 2.0, -0.6),
    ("非凸函数 sin(3x) + 0.1x²：弦跑到曲线下方，切线跑到曲线上方",
     lambda z: np.sin(3 * z) + 0.1 * z**2, lambda z: 3 * np.cos(3 * z) + 0.2 * z, -0.5, 1.6, 0.5),
]
lam = 0.35
fig, axes = plt.subplots(1, 2, figsize=(8, 3.4))
for k, (ax, (title, f, df, a, b, t)) in enumerate(zip(axes, cases)):
    z = np.linspace(-2.2, 2.6, 300)
    ax.plot(z, f(z), color="C0", label="f(x)")
    ax.plot([a, b], [f(a), f(b)], "o-", color="C3", label="弦 λf(x)+(1−λ)f(y)")
    m = lam * a + (1 - lam) * b
    chord = lam * f(a) + (1 - lam) * f(b)
    ax.plot([m, m], [f(m), chord], "k:", lw=1.5)
    ax.plot(m, f(m), "s", color="C2", label="f(λx+(1−λ)y)")
    zt = np.linspace(t - 1.2, t + 1.2, 50)
    ax.plot(zt, f(t) + df(t) * (zt - t), "--", color="C4", lw=1.2, label="切线 f(t)+f′(t)(x−t)")
    ax.plot(t, f(t), "^", color="C4")
    ax.annotate("x", (a, f(a)), textcoords="offset points", xytext=(-10, 4))
    ax.annotate("y", (b, f(b)), textcoords="offset points", xytext=(4, 4))
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="upper center" if k == 0 else "lower left")
    if k == 1:
        ax.set_ylim(-2.6, 2.0)
    ax.set_xlabel("x")
fig.tight_layout()
show(fig)
