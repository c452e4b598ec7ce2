# 左：浅树与深树在 20 个不同训练集上的拟合曲线；右：偏差²、方差、总误差随树深度（模型复杂度）的变化
import matplotlib.pyplot as plt
import numpy as np

from mlvault.model_selection import bias_variance_decomposition
from mlvault.plotting import show
from mlvault.trees import DecisionTreeRegressor


def f(X):
    return np.sin(2 * np.pi * X[:, 0])


x = np.linspace(0, 1, 60)
depths = np.arange(1, 7)
results = [bias_variance_decomposition(lambda d=d: DecisionTreeRegressor(max_depth=d), f, 0.3, x,
                                       n_train=30, n_datasets=40, random_state=1) for d in depths]

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.3))
for r, d, color in [(results[0], 1, "C0"), (results[-1], depths[-1], "C1")]:
    left.plot(x, r.predictions[:20].T, color=color, lw=0.6, alpha=0.5)
    left.plot([], [], color=color, label=f"深度 {d} 的 20 次拟合")
left.plot(x, f(x[:, None]), "k", lw=2, label="真实函数 sin(2πx)")
left.set_xlabel("x")
left.set_ylabel("预测值")
left.set_title("浅树：偏差大、方差小；深树：偏差小、方差大", fontsize=9)
left.legend(fontsize=7, loc="lower left")

bias2 = np.array([r.bias2 for r in results])
variance = np.array([r.variance for r in results])
right.plot(depths, bias2, "o-", label="偏差²")
right.plot(depths, variance, "s-", label="方差")
right.plot(depths, bias2 + variance + 0.09, "^-", label="偏差² + 方差 + σ²")
right.axhline(0.09, color="gray", ls=":", label="不可约误差 σ² = 0.09")
right.set_xlabel("树的最大深度（模型复杂度）")
right.set_ylabel("平方误差")
right.set_title("总误差在中等复杂度处最小", fontsize=9)
right.legend(fontsize=7)
right.grid(alpha=0.3)
fig.tight_layout()
show(fig)
