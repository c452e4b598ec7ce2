# 割线斜率 (f(x+h) - f(x)) / h 随 h → 0 逼近切线斜率 f'(x)
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

f, df = lambda x: 0.5 * x**2 + 0.5, lambda x: x
x0 = 1.0
xs = np.linspace(-0.5, 3.5, 200)
fig, ax = plt.subplots(figsize=(6.5, 4.2))
ax.plot(xs, f(xs), color="k", lw=2, label="$f(x)=\\frac{1}{2}x^2+\\frac{1}{2}$")
for h, c in zip([2.0, 1.0, 0.5, 0.2], plt.cm.Blues(np.linspace(0.9, 0.4, 4))):
    slope = (f(x0 + h) - f(x0)) / h
    ax.plot(xs, f(x0) + slope * (xs - x0), color=c, lw=1.2, label=f"割线 h={h}：斜率 {slope:.2f}")
    ax.plot(x0 + h, f(x0 + h), "o", color=c, ms=5)
ax.plot(xs, f(x0) + df(x0) * (xs - x0), color="C3", lw=2, ls="--", label=f"切线：斜率 $f'(1)={df(x0):.0f}$")
ax.plot(x0, f(x0), "ko", ms=6)
ax.set_ylim(-0.5, 6)
ax.set_xlabel("$x$")
ax.set_ylabel("$f(x)$")
ax.set_title("导数 = 割线斜率在 $h\\to 0$ 时的极限")
ax.legend(fontsize=8, loc="upper left")
show(fig)
