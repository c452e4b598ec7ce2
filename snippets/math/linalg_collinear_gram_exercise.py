# 练习：设计矩阵的第三列 = 第一列 + 第二列时，X^T X 的特征值、秩和条件数
import numpy as np

rng = np.random.default_rng(0)
x1, x2 = rng.standard_normal(100), rng.standard_normal(100)
for name, x3 in [("第三列独立", rng.standard_normal(100)), ("第三列 = 第一列 + 第二列", x1 + x2)]:
    X = np.column_stack([x1, x2, x3])
    G = X.T @ X
    w = np.linalg.eigvalsh(G)
    print(f"{name}：X^T X 的特征值 {np.array2string(w, formatter={'float_kind': lambda v: f'{v:.3e}'})}")
    print(f"  rank(X) = {np.linalg.matrix_rank(X)}，rank(X^T X) = {np.linalg.matrix_rank(G)}，条件数 {np.linalg.cond(G):.2e}")
    print(f"  X 的奇异值的平方 {np.array2string(np.sort(np.linalg.svd(X, compute_uv=False) ** 2), formatter={'float_kind': lambda v: f'{v:.3e}'})}")
