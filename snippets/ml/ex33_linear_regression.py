# EX-33 线性回归：残差与列空间正交；列 = 样本时的公式（ER-02）；求逆会把条件数平方；梯度下降要走够步数
import numpy as np

from mlvault.linear import LinearRegression

rng = np.random.default_rng(42)
n = 50
X = rng.uniform(0, 10, size=(n, 2))  # 设计矩阵：每行一个样本
y = 4.0 + X @ np.array([1.5, -0.8]) + rng.normal(scale=1.0, size=n)
A = np.column_stack([np.ones(n), X])  # 加一列 1，对应截距 β₀
beta = np.linalg.solve(A.T @ A, A.T @ y)  # 正规方程 (AᵀA)β = Aᵀy（解方程，不求逆）
y_hat = A @ beta
r = y - y_hat
print("β̂ = [截距, β₁, β₂] =", np.round(beta, 4))
print("Aᵀr（残差与每一列的内积）=", np.array2string(A.T @ r, precision=2))
print(f"残差之和 = {r.sum():.1e}（全 1 列与残差正交）")
print(f"勾股定理 ‖y‖² = {y @ y:.4f}，‖ŷ‖² + ‖r‖² = {y_hat @ y_hat + r @ r:.4f}")

# 原文 000 说「每一列是一个数据点」，却写 β̂ = (XᵀX)⁻¹Xᵀy：两者放在一起形状对不上
Xc = A.T  # 列 = 样本的约定：形状 (3, 50)
try:
    np.linalg.solve(Xc.T @ Xc, Xc.T @ y)
except ValueError as err:
    print(f"\n列 = 样本时套用 (XᵀX)⁻¹Xᵀy：XᵀX 是 {n}×{n}，Xᵀy 要拿 {Xc.T.shape} 的矩阵乘长度 {n} 的 y，"
          f"形状不匹配（{type(err).__name__}）")
beta_columns = np.linalg.solve(Xc @ Xc.T, Xc @ y)  # 列 = 样本时正确的写法：(XXᵀ)⁻¹Xy
print(f"列 = 样本的正确公式 (XXᵀ)⁻¹Xy 与上面 β̂ 的最大差 {np.abs(beta_columns - beta).max():.1e}")

# 数值：两列几乎共线时，正规方程的误差随 cond(A)² 增长，基于 QR/SVD 的 lstsq 只随 cond(A)
beta_true = np.array([1.0, 2.0, -1.0])
x1, noise = rng.uniform(0, 1, 100), rng.normal(size=100)
print("\n两列间距 δ   cond(A)     cond(AᵀA)   正规方程误差   lstsq 误差")
for delta in [1e-2, 1e-4, 1e-6]:
    B = np.column_stack([np.ones(100), x1, x1 + delta * noise])  # 第三列 ≈ 第二列
    t = B @ beta_true  # 无噪声：真解就是 beta_true
    err_normal = np.abs(np.linalg.solve(B.T @ B, B.T @ t) - beta_true).max()
    err_lstsq = np.abs(np.linalg.lstsq(B, t, rcond=None)[0] - beta_true).max()
    print(f"{delta:<12.0e}{np.linalg.cond(B):<12.1e}{np.linalg.cond(B.T @ B):<12.1e}{err_normal:<15.1e}{err_lstsq:.1e}")

# 梯度下降（与梯度下降笔记相同的小例子：y = x，θ = [截距, 斜率]）
X1, y1 = np.array([[1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 3.0])
print()
for lr, n_iter in [(0.01, 1000), (0.1, 5000)]:
    gd = LinearRegression("gd", lr=lr, n_iter=n_iter).fit(X1, y1)
    print(f"GD 学习率 {lr}，{n_iter} 步: θ = [{gd.intercept_:.4f}, {gd.coef_[0]:.4f}]，J = {gd.loss_curve_[-1]:.2e}")
exact = np.linalg.solve(np.c_[np.ones(3), X1].T @ np.c_[np.ones(3), X1], np.c_[np.ones(3), X1].T @ y1)
print(f"正规方程:              θ = [{exact[0]:.4f}, {exact[1]:.4f}]（三点恰在 y = x 上）")
