# 练习：哪一个 Kronecker 积 K 满足 ravel(A X B) = K ravel(X)？（ravel 是 NumPy 的按行拉平）
import numpy as np

rng = np.random.default_rng(0)
A, X, B = rng.standard_normal((2, 3)), rng.standard_normal((3, 4)), rng.standard_normal((4, 5))
target_row = np.ravel(A @ X @ B)  # 按行拉平（C 顺序）
target_col = np.ravel(A @ X @ B, order="F")  # 按列拉平，即数学里的 vec
candidates = {"A. np.kron(B.T, A)": np.kron(B.T, A), "B. np.kron(A, B.T)": np.kron(A, B.T), "C. np.kron(A, B)": np.kron(A, B)}
for name, K in candidates.items():
    row_ok = K.shape[1] == X.size and np.allclose(K @ np.ravel(X), target_row)
    col_ok = K.shape[1] == X.size and np.allclose(K @ np.ravel(X, order="F"), target_col)
    print(f"{name}: 形状 {K.shape}，按行拉平成立 {row_ok}，按列拉平（vec）成立 {col_ok}")

# 代价：n×n 的 X 时 Kronecker 矩阵有 n^4 个元素，而 A X B 直接算只要两次 n×n 乘法
n = 30
print(f"n = {n}：Kronecker 矩阵的元素个数 {n**4:,}，A、X、B 三个矩阵合计 {3 * n * n:,}")
