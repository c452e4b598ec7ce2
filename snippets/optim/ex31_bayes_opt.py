# EX-31 贝叶斯优化 Demo（补写原文缺失的 100-2.py）：GP 代理 + EI 采集，5 个随机点 + 8 次迭代；再与同样预算的随机搜索比较
import numpy as np

from mlvault.bayesopt import bayes_opt


def f(x):
    """「黑箱」目标函数：这里我们其实知道它，只为了能检查结果。"""
    return x * np.sin(3 * np.pi * x) + 0.5 * x


grid = np.linspace(0, 1, 1001)
f_max = f(grid).max()
result = bayes_opt(f, bounds=(0.0, 1.0), n_init=5, n_iter=8, random_state=0)
print(" 次序   x        f(x)     目前最好")
for i, (x, y) in enumerate(zip(result.X, result.y)):
    stage = "随机" if i < 5 else f"第{i - 4}轮"
    print(f"{stage:>5}  {x:.4f}  {y:8.5f}  {result.y[: i + 1].max():8.5f}")
print(f"BO 找到的最好点 x = {result.x_best:.4f}, f = {result.y_best:.5f}（共 13 次评估）")
print(f"网格上的真实最大值 x = {grid[np.argmax(f(grid))]:.4f}, f = {f_max:.5f}")

# 同样 13 次评估，BO 与纯随机搜索比较：各重复 30 次（不同随机种子），看离真实最大值还差多少
seeds = range(30)
gap_bo = np.array([f_max - bayes_opt(f, (0.0, 1.0), 5, 8, random_state=s).y_best for s in seeds])
rng = np.random.default_rng(123)
gap_random = f_max - f(rng.uniform(0, 1, (30, 13))).max(axis=1)
print("同样 13 次评估、30 个随机种子：与真实最大值的差距")
for name, gap in [("贝叶斯优化", gap_bo), ("随机搜索", gap_random)]:
    print(f"  {name:<6} 中位数 {np.median(gap):.4f}   最差 {gap.max():.4f}   差距 < 0.01 的比例 {np.mean(gap < 0.01):.0%}")
