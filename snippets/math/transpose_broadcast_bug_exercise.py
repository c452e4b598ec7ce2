# 练习：y 是一维数组 (n,)，预测是列向量 (n, 1)，两者相减被广播成 (n, n)，不报错却算错
import numpy as np

rng = np.random.default_rng(0)
n = 100
X = rng.standard_normal((n, 3))
w = np.array([1.0, -2.0, 0.5])
y = X @ w + 0.1 * rng.standard_normal(n)  # 形状 (100,)

pred = X @ w[:, None]  # 有 bug 的写法：w 变成列向量，预测形状 (100, 1)
resid = y - pred
print("y", y.shape, " pred", pred.shape, " → resid", resid.shape)
print(f"有 bug 的 MSE = {np.mean(resid ** 2):.4f}")

resid_ok = y - X @ w  # 改正：两边都是 (100,)；或写 y[:, None] - pred
print("改正后 resid", resid_ok.shape, f" MSE = {np.mean(resid_ok ** 2):.4f}（噪声方差 0.01）")
