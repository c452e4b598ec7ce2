# EX-10 对数把乘法变成加法：连乘何时下溢、换底只差常数因子、log-sum-exp 的移位为何必要
import math

import numpy as np

from mlvault.calculus import log_sum_exp

# 1) 似然是许多小于 1 的概率之积：样本越多，连乘越快掉到浮点数的下限以下
rng = np.random.default_rng(0)
p = rng.uniform(0.05, 0.95, size=2000)  # 每个样本的预测概率
print("1) n 个概率之积 与 对数和")
for n in [10, 100, 500, 1000, 2000]:
    prod64 = np.prod(p[:n])
    prod32 = np.prod(p[:n].astype(np.float32))
    print(f"   n = {n:5d}: float32 连乘 {prod32:.3e}   float64 连乘 {prod64:.3e}   Σlog p = {np.sum(np.log(p[:n])):9.2f}")
print(f"   float64 最小正规数 {np.finfo(np.float64).tiny:.1e}，最小次正规数 {np.nextafter(0.0, 1.0):.1e}")

# 2) 换底公式：log_a x = ln x / ln a，不同底的对数只差一个常数因子
x = np.array([2.0, 10.0, 1234.5, 1e-7])
print("\n2) 换底：对不同的 x，比值是否不变")
print("   log2(x) / ln(x)  =", np.array2string(np.log2(x) / np.log(x), precision=4), f"   1/ln 2  = {1 / math.log(2):.4f}")
print("   log10(x) / ln(x) =", np.array2string(np.log10(x) / np.log(x), precision=4), f"   1/ln 10 = {1 / math.log(10):.4f}")

# 3) log-sum-exp：把同一组相对大小的数整体平移 c，朴素写法在 |c| 大时溢出或下溢，移位写法只是结果平移 c
base = np.array([0.0, -1.0, -2.0])
print("\n3) LSE(c + [0, -1, -2])：朴素 log(Σexp) 与 移位写法 m + log Σexp(z - m)")
for c in [0.0, -100.0, -800.0, 800.0]:
    z = c + base
    with np.errstate(over="ignore", divide="ignore"):
        naive = np.log(np.sum(np.exp(z)))
    stable = log_sum_exp(z)
    print(f"   c = {c:6.0f}: 朴素 {naive:10.4f}   移位 {stable:10.4f}   移位结果 - c = {stable - c:.4f}")
print("   上下界 max ≤ LSE ≤ max + log n：")
for z in [np.array([3.0, -5.0, -9.0]), np.array([3.0, 2.9, 2.8]), np.full(4, 3.0)]:
    print(f"   z = {', '.join(f'{v:.1f}' for v in z):22s} max {z.max():.4f}   LSE {log_sum_exp(z):.4f}   max + log n {z.max() + np.log(z.size):.4f}")

# 4) 取整：向负无穷取整，不是截断；位数 = ⌊log10 x⌋ + 1
print("\n4) 取整")
for v in (2.5, -2.5):
    print(f"   ⌊{v}⌋ = {math.floor(v)}，⌈{v}⌉ = {math.ceil(v)}，截断 int({v}) = {int(v)}")
for v in (9, 10, 12345):
    print(f"   {v} 的十进制位数 ⌊log10 x⌋ + 1 = {math.floor(math.log10(v)) + 1}，二进制位数 ⌊log2 x⌋ + 1 = {math.floor(math.log2(v)) + 1}")
