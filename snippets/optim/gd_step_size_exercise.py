# 学习率与迭代次数：在 002 的线性回归例子上，数一数梯度下降要多少步才能让 ‖θ − θ*‖ < 1e-6
import numpy as np

X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])  # 第一列是截距
y = np.array([1.0, 2.0, 3.0])
theta_star = np.linalg.lstsq(X, y, rcond=None)[0]
lam = np.linalg.eigvalsh(X.T @ X / len(y))
print(f"Hessian 特征值 λ_min = {lam[0]:.4f}, λ_max = {lam[1]:.4f}；上限 2/λ_max = {2 / lam[1]:.4f}")
print(f"使最慢方向最快的学习率 2/(λ_min+λ_max) = {2 / lam.sum():.4f}")

lrs = np.array([0.01, 0.05, 0.1, 0.2, 0.3, 0.34, 0.36, 0.37])
n_max = 12_000
theta = np.zeros((len(lrs), 2))              # 每一行是一个学习率下的 θ，所有学习率同时迭代
first_hit = np.full(len(lrs), -1)
with np.errstate(over="ignore", invalid="ignore"):   # 发散时数值会溢出
    for t in range(1, n_max + 1):
        grad = (theta @ X.T - y) @ X / len(y)        # 每行是 (1/m) Xᵀ(Xθ − y)
        theta = theta - lrs[:, None] * grad
        close = np.linalg.norm(theta - theta_star, axis=1) < 1e-6
        first_hit[(first_hit < 0) & close] = t
    final_error = np.linalg.norm(theta - theta_star, axis=1)

print("  学习率   最大的 |1−ηλ|   达到 1e-6 所需步数")
for lr, hit, err in zip(lrs, first_hit, final_error):
    steps = f"{hit:6d}" if hit > 0 else ("  发散" if not err < 1 else f" >{n_max}")
    print(f"  {lr:6.2f}   {np.abs(1 - lr * lam).max():12.4f}   {steps}")
