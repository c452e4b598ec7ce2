# EX-11 求导法则的对与错：与数值导数比一比，再看中心差分的误差随 h 怎样变小
import numpy as np

from mlvault.calculus import numerical_derivative

x = np.array([0.3, 1.0, 2.0])
# (法则, f, 正确的导数, 常见的错误写法)：错误写法与数值导数一比就露馅
cases = [
    ("积法则 (x·sin x)'", lambda x: x * np.sin(x), lambda x: np.sin(x) + x * np.cos(x), lambda x: 1 * np.cos(x)),
    ("商法则 (sin x / x)'", lambda x: np.sin(x) / x, lambda x: (x * np.cos(x) - np.sin(x)) / x**2, lambda x: np.cos(x) / 1),
    ("链式法则 (sin x²)'", lambda x: np.sin(x**2), lambda x: 2 * x * np.cos(x**2), lambda x: np.cos(x**2)),
    ("sigmoid σ'", lambda x: 1 / (1 + np.exp(-x)), lambda x: (s := 1 / (1 + np.exp(-x))) * (1 - s), lambda x: np.exp(-x) / (1 + np.exp(-x))),
]
print("错误写法：积 → f'g'，商 → f'/g'，链式 → 漏乘内层导数，σ' → 商法则漏了分母的平方")
for name, f, right, wrong in cases:
    print(f"{name}")
    numeric = numerical_derivative(f, x)
    for xi, n, r, w in zip(x, numeric, right(x), wrong(x)):
        print(f"   x = {xi:3.1f}   数值导数 {n:9.6f}   正确法则 {r:9.6f}   错误写法 {w:9.6f}")

# 收敛阶：h 减半时误差缩小几倍？前向差分误差 ≈ (h/2)·f''，中心差分 ≈ (h²/6)·f'''
print("\nf = e^x，x = 1：h 每减半一次，误差缩小的倍数")
hs = 0.1 / 2.0 ** np.arange(5)
forward = np.abs((np.exp(1 + hs) - np.e) / hs - np.e)
central = np.abs(numerical_derivative(np.exp, np.ones_like(hs), hs) - np.e)
for h, fe, ce in zip(hs, forward, central):
    print(f"h = {h:.5f}: 前向差分误差 {fe:.3e}   中心差分误差 {ce:.3e}")
print(f"相邻两行误差之比（平均）：前向差分 {np.mean(forward[:-1] / forward[1:]):.2f}，中心差分 {np.mean(central[:-1] / central[1:]):.2f}")
