# 连乘在第几个因子下溢为 0：float32 与 float64 的连乘对比对数和（对数和一直是准确的直线）
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
p = rng.uniform(0.05, 0.95, size=1000)  # 1000 个样本各自的预测概率
n = np.arange(1, p.size + 1)
log10_exact = np.cumsum(np.log10(p))  # 对数空间：log10 ∏ = Σ log10
with np.errstate(divide="ignore"):
    log10_f64 = np.log10(np.cumprod(p))
    log10_f32 = np.log10(np.cumprod(p.astype(np.float32)))

fig, ax = plt.subplots(figsize=(7.0, 4.6))
ax.plot(n, log10_exact, color="k", lw=2, label="对数和 $\\sum_i\\log_{10}p_i$（不会下溢）")
ax.plot(n, log10_f64, color="C0", lw=1.5, ls="--", label="float64 连乘 $\\prod_i p_i$ 取 $\\log_{10}$")
ax.plot(n, log10_f32, color="C3", lw=1.5, ls="--", label="float32 连乘 $\\prod_i p_i$ 取 $\\log_{10}$")
for limit, dtype, color in [(np.nextafter(0.0, 1.0), "float64", "C0"), (np.nextafter(np.float32(0), np.float32(1)), "float32", "C3")]:
    ax.axhline(np.log10(float(limit)), color=color, lw=0.8, alpha=0.6)
    ax.text(n[-1] * 0.45, np.log10(float(limit)) + 6, f"{dtype} 能表示的最小正数", color=color, ha="center", fontsize=8)
for arr, color in [(log10_f64, "C0"), (log10_f32, "C3")]:
    first_zero = np.argmax(~np.isfinite(arr))
    ax.plot(n[first_zero - 1], arr[first_zero - 1], "x", color=color, ms=9, mew=2)
ax.set_xlabel("相乘的概率个数 $n$")
ax.set_ylabel("$\\log_{10}$（乘积）")
ax.set_title("连乘跌到浮点数下限后突然变成 0（× 为最后一个非零值）\n对数和不受影响")
ax.legend(loc="upper right", fontsize=8)
ax.set_ylim(-420, 10)
show(fig)
