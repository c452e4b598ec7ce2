# EX-40 损失函数：原文 MSE 示例（ER-39、ER-05）；离群点下 MSE 与 MAE 的最优常数；交叉熵对「自信地答错」的惩罚；KL 不对称
import numpy as np

from mlvault.information import kl_divergence
from mlvault.metrics import mean_absolute_error, mean_squared_error

# 回归：原文 002 的例子
y_true = np.array([1.0, 2.0, 3.0])
y_pred = np.array([1.1, 1.9, 3.2])
print(f"原文代码重新运行 np.mean((y_true - y_pred)**2) = {float(np.mean((y_true - y_pred) ** 2))!r}")
print(f"MSE = {mean_squared_error(y_true, y_pred):.6f}，MAE = {mean_absolute_error(y_true, y_pred):.6f}")
print(f"000 表中的 L = ½Σ(y-ŷ)² = {0.5 * np.sum((y_true - y_pred) ** 2):.6f}（半个误差平方和，不是均值）")

# 用一个常数 c 去预测一组数：MSE 的最优 c 是均值，MAE 的最优 c 是中位数。加入越来越大的离群点
c = np.linspace(-5, 1100, 221_001)  # 在细网格上直接找最小值点，不借助公式
print(f"\n{'离群点':>8}{'MSE 最优 c':>12}{'均值':>10}{'MAE 最优 c':>12}{'中位数':>8}")
for outlier in (6.0, 100.0, 1000.0):
    data = np.array([1.0, 2.0, 3.0, 4.0, outlier])
    mse_c = c[np.argmin(((data[:, None] - c) ** 2).mean(axis=0))]
    mae_c = c[np.argmin(np.abs(data[:, None] - c).mean(axis=0))]
    print(f"{outlier:>8.0f}{mse_c:>12.2f}{data.mean():>10.2f}{mae_c:>12.2f}{np.median(data):>10.2f}")

# 交叉熵：正确类别的预测概率 p 越小，惩罚 -log p 越大，没有上限
print("\n正确类别的概率 p:", "  ".join(f"{p:g}" for p in (0.99, 0.9, 0.5, 0.1, 0.01, 1e-6)))
print("交叉熵 -log p   :", "  ".join(f"{-np.log(p):.3f}" for p in (0.99, 0.9, 0.5, 0.1, 0.01, 1e-6)))

# Hinge：标签取 ±1，f 是决策值；间隔 y·f ≥ 1 的样本损失为 0
y_pm = np.array([1, -1, 1, -1])
f = np.array([2.3, -0.4, 0.2, 1.5])
print("\n间隔 y·f =", y_pm * f, " Hinge max(0, 1 - y·f) =", np.maximum(0, 1 - y_pm * f))

# KL 散度 D_KL(P‖Q)：两个分布之间，不对称
P, Q = np.array([0.7, 0.3]), np.array([0.5, 0.5])
print(f"\nD_KL(P‖Q) = {kl_divergence(P, Q):.6f} nats，D_KL(Q‖P) = {kl_divergence(Q, P):.6f} nats：不相等")
