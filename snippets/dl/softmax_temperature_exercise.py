# 练习：z = [1, 2, 3] 时，温度 T 升到多少，最大的概率才降到 1/2 以下？
from scipy.optimize import brentq

from mlvault.nn.activations import softmax

z = [1.0, 2.0, 3.0]


def top_prob(T):
    return softmax([v / T for v in z]).max()


T_half = brentq(lambda T: top_prob(T) - 0.5, 0.5, 10.0)  # top_prob 随 T 单调下降
print(f"max softmax(z/T) = 1/2 时 T = {T_half:.4f}")
for T in [1.0, 2.0, T_half, 3.0]:
    print(f"T = {T:.4f}: 最大概率 = {top_prob(T):.4f}")
