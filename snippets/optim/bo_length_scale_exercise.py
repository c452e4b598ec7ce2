# 长度尺度 ℓ 对贝叶斯优化的影响：同一个目标、同样 13 次评估、20 个随机种子
import numpy as np

from mlvault.bayesopt import bayes_opt


def f(x):
    return x * np.sin(3 * np.pi * x) + 0.5 * x


f_max = f(np.linspace(0, 1, 1001)).max()
print("   ℓ      差距中位数   最差差距   差距 < 0.01 的比例")
for ell in (0.01, 0.03, 0.1, 1.0):
    gaps = np.array([f_max - bayes_opt(f, (0.0, 1.0), 5, 8, random_state=s, length_scale=ell).y_best
                     for s in range(20)])
    print(f"  {ell:4.2f}     {np.median(gaps):8.4f}   {gaps.max():8.4f}       {np.mean(gaps < 0.01):5.0%}")
