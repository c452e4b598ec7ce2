# 练习：随机高斯向量的 ||w||_1 / ||w||_2 随维数 n 怎样增长？与 sqrt(n)、sqrt(2n/π) 对比
import numpy as np

rng = np.random.default_rng(0)
print(f"{'n':>6} {'L1/L2（200 次平均）':>20} {'sqrt(n)':>10} {'sqrt(2n/π)':>12}")
for n in [1, 10, 100, 1000, 10000]:
    W = rng.standard_normal((200, n))
    ratio = np.abs(W).sum(axis=1) / np.sqrt((W**2).sum(axis=1))
    print(f"{n:>6} {ratio.mean():>20.4f} {np.sqrt(n):>10.4f} {np.sqrt(2 * n / np.pi):>12.4f}")
