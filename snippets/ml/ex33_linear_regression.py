# EX-33 线性回归：正规方程 = lstsq = mlvault；梯度下降收敛到同一个解；行/列两种数据约定（ER-02）
import numpy as np
import scipy.linalg

from mlvault.linear import LinearRegression

rng = np.random.default_rng(42)
n, p = 50, 2
X = rng.uniform(0, 10, size=(n, p))  # 设计矩阵：每行一个样本
beta_true = np.array([1.5, -0.8])
y = 4.0 + X @ beta_true + rng.normal(scale=1.0, size=n)

A = np.column_stack([np.ones(n), X])  # 加一列 1，对应截距 β₀
beta_normal = np.linalg.solve(A.T @ A, A.T @ y)  # 正规方程 (AᵀA)β = Aᵀy（解方程，不求逆）
beta_lstsq = np.linalg.lstsq(A, y, rcond=None)[0]  # 数值上更稳的最小二乘（SVD）
model = LinearRegression().fit(X, y)
print("正规方程  β̂ =", np.round(beta_normal, 6))
print("lstsq     β̂ =", np.round(beta_lstsq, 6))
print("mlvault   β̂ =", np.round(np.r_[model.intercept_, model.coef_], 6))
assert np.allclose(beta_normal, beta_lstsq) and np.allclose(np.r_[model.intercept_, model.coef_], beta_lstsq)

# 原文 000 说“每一列是一个数据点”，却写 β̂ = (XᵀX)⁻¹Xᵀy：两者放在一起形状对不上
Xc = A.T  # 列 = 样本的约定：形状 (p+1, n)
try:
    np.linalg.solve(Xc.T @ Xc, Xc.T @ y)
except ValueError as err:
    print(f"列=样本时套用 (XᵀX)⁻¹Xᵀy：形状不匹配（{type(err).__name__}）")
beta_columns = np.linalg.solve(Xc @ Xc.T, Xc @ y)  # 列=样本时正确的写法：(XXᵀ)⁻¹Xy
print("列=样本的正确公式 (XXᵀ)⁻¹Xy =", np.round(beta_columns, 6))
assert np.allclose(beta_columns, beta_lstsq)

# 梯度下降（与 EX-26 相同的小例子：y = x，θ = [截距, 斜率]）
X1, y1 = np.array([[1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 3.0])
for lr, n_iter in [(0.01, 1000), (0.1, 5000)]:
    gd = LinearRegression("gd", lr=lr, n_iter=n_iter).fit(X1, y1)
    theta = f"[{gd.intercept_:.4f}, {gd.coef_[0]:.4f}]"
    print(f"GD lr={lr}, {n_iter} 步: θ = {theta}，J = {gd.loss_curve_[-1]:.2e}")
exact = LinearRegression().fit(X1, y1)
print(f"正规方程:          θ = [{exact.intercept_:.4f}, {exact.coef_[0]:.4f}]")
assert np.allclose([gd.intercept_, gd.coef_[0]], [exact.intercept_, exact.coef_[0]], atol=1e-6)

# scipy.linalg.lstsq 是 LinearRegression(method="normal") 内部用的求解器
assert np.allclose(scipy.linalg.lstsq(A, y)[0], beta_lstsq)
