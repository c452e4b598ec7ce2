# 结合律 (AB)x = A(Bx) 保证结果相同，但两种计算顺序的乘法次数可以差上千倍
import time

import numpy as np

rng = np.random.default_rng(0)
print(f"{'n':>6} {'(AB)x 乘法次数':>16} {'A(Bx) 乘法次数':>16} {'(AB)x 耗时':>12} {'A(Bx) 耗时':>12} {'结果最大差':>10}")
for n in [250, 500, 1000, 2000]:
    A, B, x = rng.standard_normal((n, 2)), rng.standard_normal((2, n)), rng.standard_normal((n, 1))
    # (l×m)(m×n) 需要 l·m·n 次乘法
    cost_left = n * 2 * n + n * n * 1  # 先算 n×n 的 AB，再乘 x
    cost_right = 2 * n * 1 + n * 2 * 1  # 先算 2×1 的 Bx，再用 A 乘
    t0 = time.perf_counter()
    left = (A @ B) @ x
    t1 = time.perf_counter()
    right = A @ (B @ x)
    t2 = time.perf_counter()
    diff = np.abs(left - right).max()
    print(f"{n:>6} {cost_left:>16,} {cost_right:>16,} {1e3 * (t1 - t0):>10.2f}ms {1e3 * (t2 - t1):>10.3f}ms {diff:>10.1e}")
