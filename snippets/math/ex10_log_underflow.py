# EX-10 对数把乘法变成加法：连乘下溢、换底是常数因子、log-sum-exp
import math

import numpy as np
from scipy.special import logsumexp

# 400 个 0.001 相乘：真实值 1e-1200 远小于 float64 能表示的最小正数（约 4.9e-324）
p = np.full(400, 1e-3)
print(f"连乘 ∏p = {np.prod(p)}（下溢为 0）")
print(f"对数和 Σlog p = {np.sum(np.log(p)):.2f}（= 400·ln 0.001，精确可用）")

# 换底公式：log_a x = ln x / ln a，不同底的对数只差一个常数因子
x = np.array([2.0, 10.0, 1234.5])
print("log2(x) / ln(x) =", np.round(np.log2(x) / np.log(x), 4), "≈ 1/ln 2 =", round(1 / math.log(2), 4))
print("log10(x) / ln(x) =", np.round(np.log10(x) / np.log(x), 4), "≈ 1/ln 10 =", round(1 / math.log(10), 4))

# log-sum-exp：先减去最大值再求指数，避免 exp(-1000) 下溢成 0
z = np.array([-1000.0, -1001.0])
with np.errstate(divide="ignore"):
    naive = np.log(np.sum(np.exp(z)))
m = z.max()
stable = m + np.log(np.sum(np.exp(z - m)))
print(f"naive log Σexp = {naive}，稳定写法 = {stable:.6f}，scipy.special.logsumexp = {logsumexp(z):.6f}")
assert np.isclose(stable, logsumexp(z))

# 取整
for v in (2.5, -2.5):
    print(f"⌊{v}⌋ = {math.floor(v)}，⌈{v}⌉ = {math.ceil(v)}")
