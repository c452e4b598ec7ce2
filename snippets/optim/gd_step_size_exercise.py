# 学习率与迭代次数：在 002 的线性回归例子上，数一数梯度下降要多少步才能让 ‖θ − θ*‖ < 1e-6
import numpy as np

from mlvault.optim import gradient_descent

X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])  # 第一列是截距
y = np.array([1.0, 2.0, 3.0])
theta_star = np.linalg.lstsq(X, y, rcond=None)[0]
lam = np.linalg.eigvalsh(X.T @ X / len(y))
print(f"Hessian 特征值 λ_min = {lam[0]:.4f}, λ_max = {lam[1]:.4f}；上限 2/λ_max = {2 / lam[1]:.4f}")
print(f"使最慢方向最快的学习率 2/(λ_min+λ_max) = {2 / lam.sum():.4f}")

n_max = 12_000
print("  学习率   最大的 |1−ηλ|   达到 1e-6 所需步数")
for lr in (0.01, 0.05, 0.1, 0.2, 0.3, 0.34, 0.36, 0.37):
    with np.errstate(over="ignore", invalid="ignore"):  # 发散时数值会溢出
        path = gradient_descent(lambda t: X.T @ (X @ t - y) / len(y), np.zeros(2), lr, n_max)
        errors = np.linalg.norm(path - theta_star, axis=1)
    reached = np.flatnonzero(errors < 1e-6)
    steps = f"{reached[0]:6d}" if reached.size else ("  发散" if not errors[-1] < errors[0] else f" >{n_max}")
    print(f"  {lr:6.2f}   {np.abs(1 - lr * lam).max():12.4f}   {steps}")
