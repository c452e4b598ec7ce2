# 练习：最小二乘公式与数据矩阵的约定必须一致——行 = 样本用 (XᵀX)⁻¹Xᵀy，列 = 样本用 (XXᵀ)⁻¹Xy
import numpy as np

rng = np.random.default_rng(0)
n, p = 50, 3
beta_true = np.array([2.0, -1.0, 0.5])
X_rows = rng.normal(size=(n, p))  # 设计矩阵：每一行是一个样本，形状 (50, 3)
y = X_rows @ beta_true + 0.1 * rng.normal(size=n)
X_cols = X_rows.T  # 原笔记的约定：每一列是一个样本，形状 (3, 50)

beta_rows = np.linalg.solve(X_rows.T @ X_rows, X_rows.T @ y)
beta_cols = np.linalg.solve(X_cols @ X_cols.T, X_cols @ y)
print(f"行 = 样本，(XᵀX)⁻¹Xᵀy：{np.round(beta_rows, 4)}")
print(f"列 = 样本，(XXᵀ)⁻¹Xy： {np.round(beta_cols, 4)}")
print(f"真实系数：             {beta_true}")

# 列 = 样本的数据套用行 = 样本的公式：XᵀX 是 50×50，秩只有 3
gram = X_cols.T @ X_cols
print(f"列 = 样本时误用 XᵀX：形状 {gram.shape}，秩 {np.linalg.matrix_rank(gram)}，条件数 {np.linalg.cond(gram):.1e}")
try:
    X_cols.T @ y
except ValueError as err:
    print(f"再算 Xᵀy：形状 {X_cols.T.shape} 与 {y.shape} 对不上 → ValueError：{str(err)[:60]}…")
