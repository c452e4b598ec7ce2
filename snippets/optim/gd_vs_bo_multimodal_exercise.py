# 多峰函数上的梯度上升与贝叶斯优化：f(x) = x·sin(3πx) + 0.5x 在 [0, 1] 上有两个峰（左边的较低，右边的是全局最大）
import numpy as np

from mlvault.bayesopt import bayes_opt


def f(x):
    return x * np.sin(3 * np.pi * x) + 0.5 * x


def df(x):
    return np.sin(3 * np.pi * x) + 3 * np.pi * x * np.cos(3 * np.pi * x) + 0.5


f_max = f(np.linspace(0, 1, 100_001)).max()
rng = np.random.default_rng(0)
starts = rng.uniform(0, 1, 200)                 # 200 个随机起点，同时做梯度上升（向量化）
x = starts.copy()
for _ in range(200):
    x = np.clip(x + 0.01 * df(x), 0, 1)         # 梯度上升，投影回 [0, 1]
ends = np.round(x, 3)
print("梯度上升（η = 0.01，200 步，每步需要一次函数值和一次导数）：")
for end in np.unique(ends):
    share = np.mean(ends == end)
    print(f"  停在 x = {end:.3f}（f = {f(end):.4f}）的起点占 {share:.0%}")
print(f"  到达全局最大值（差距 < 0.01）的起点占 {np.mean(f_max - f(x) < 0.01):.0%}")

gaps = np.array([f_max - bayes_opt(f, (0.0, 1.0), 5, 8, random_state=s).y_best for s in range(20)])
print(f"贝叶斯优化（只用函数值，13 次评估，20 个随机种子）：差距 < 0.01 的比例 {np.mean(gaps < 0.01):.0%}")
