# EX-26 梯度下降：002 的线性回归例子（学习率 0.01、1000 轮并未收敛），以及收敛条件 η < 2/λ_max
import numpy as np

from mlvault.optim import gradient_descent

X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])  # 第一列是截距
y = np.array([1.0, 2.0, 3.0])
m = len(y)


def grad(theta):
    """J(θ) = (1/2m)‖Xθ - y‖² 的梯度 (1/m) Xᵀ(Xθ - y)。"""
    return X.T @ (X @ theta - y) / m


exact = np.linalg.lstsq(X, y, rcond=None)[0]
print(f"最小二乘解 numpy.linalg.lstsq: θ* = {np.round(exact, 6)}")

theta_seed = gradient_descent(grad, np.zeros(2), lr=0.01, n_iter=1000)[-1]
print(f"原文设置 lr = 0.01, 1000 轮: θ = [{theta_seed[0]:.4f}, {theta_seed[1]:.4f}]（原文写 ~[0., 1.]，其实还差得远）")

# 为什么慢：J 的 Hessian 是 XᵀX/m，误差沿每个特征方向按 (1 - η λ) 的幂次缩小
eigvals = np.linalg.eigvalsh(X.T @ X / m)
print(f"Hessian 特征值 λ = {np.round(eigvals, 3)}；慢方向每步缩小为 1 - 0.01·λ_min = {1 - 0.01 * eigvals[0]:.4f}")
print(f"1000 步后慢方向的误差仍剩 (1 - 0.01·λ_min)^1000 = {(1 - 0.01 * eigvals[0]) ** 1000:.2f} 倍")

theta_fast = gradient_descent(grad, np.zeros(2), lr=0.1, n_iter=5000)[-1]
assert np.allclose(theta_fast, exact, atol=1e-6)
print(f"lr = 0.1, 5000 轮: θ = {np.round(theta_fast, 6)}，与 lstsq 之差 {np.abs(theta_fast - exact).max():.1e}")

# 学习率上限：η < 2/λ_max 才收敛
limit = 2 / eigvals[-1]
print(f"收敛上限 2/λ_max = {limit:.4f}")
for lr in (0.2, 0.35, 0.37):
    end = gradient_descent(grad, np.zeros(2), lr=lr, n_iter=500)[-1]
    error = np.linalg.norm(end - exact)
    status = "收敛" if error < np.linalg.norm(exact) else "发散"
    print(f"  lr = {lr:.2f} ({'<' if lr < limit else '>'} 上限): 500 轮后 ‖θ - θ*‖ = {error:.3e} → {status}")
