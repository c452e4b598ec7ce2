# 同样是 y = x²：x ~ U(−1, 1) 时 ρ = 0，x ~ U(0, 1) 时 ρ 却接近 1。模拟 10^6 个点核对手算的 ρ = √540 / 24
import numpy as np

rng = np.random.default_rng(0)
for label, low in (("U(−1, 1)", -1.0), ("U(0, 1)", 0.0)):
    x = rng.uniform(low, 1.0, size=1_000_000)
    print(f"x ~ {label}：样本相关系数 ρ(x, x²) = {np.corrcoef(x, x**2)[0, 1]:+.4f}")
print(f"手算 √540 / 24 = {np.sqrt(540) / 24:.4f}")
