# 记号的两个陷阱：argmax 只在严格递增变换下不变；Σ 的指标是否共用决定了结果
import numpy as np

# 1) 硬币 10 次 7 次正面：对似然 L(θ) 做各种变换，看最大值点 argmax 与最大值 max 如何变化
theta = np.linspace(0.0, 1.0, 101)
L = theta**7 * (1 - theta) ** 3
with np.errstate(divide="ignore"):
    transforms = {
        "L(θ)": L,
        "log L(θ)（严格递增）": np.log(L),
        "1000·L(θ) + 5（正数倍加常数）": 1000 * L + 5,
        "L(θ)³（在 L ≥ 0 上严格递增）": L**3,
        "-L(θ)（递减：最大值点变成最小值点）": -L,
        "(L(θ) - 0.0015)²（不单调）": (L - 0.0015) ** 2,
    }
print("1) 变换后的 argmax 与 max")
for name, values in transforms.items():
    i = np.argmax(values)
    print(f"   {name}\n      argmax = {theta[i]:.2f}   max = {values[i] + 0.0:.6g}")

# 2) 指标共用与否：Σ_i Σ_j a_i b_j（两个独立指标）≠ Σ_i a_i b_i（同一个指标）
a = np.array([1.0, 2.0, 3.0])
b = np.array([4.0, 5.0, 6.0])
print("\n2) a = [1, 2, 3]，b = [4, 5, 6]")
print(f"   Σ_i Σ_j a_i b_j = {np.sum(np.outer(a, b)):.0f}   (Σ_i a_i)(Σ_j b_j) = {a.sum() * b.sum():.0f}")
print(f"   Σ_i a_i b_i     = {np.sum(a * b):.0f}   （点积，只有 i = j 的 3 项）")

# 3) 交换求和次序：Σ_{i=1}^{N} Σ_{j=1}^{i} 与 Σ_{j=1}^{N} Σ_{i=j}^{N} 都是对三角形区域 1 ≤ j ≤ i ≤ N 求和
N = 4
A = np.arange(1, N * N + 1, dtype=float).reshape(N, N)  # A[i-1, j-1] = a_ij
rows_first = sum(A[i - 1, j - 1] for i in range(1, N + 1) for j in range(1, i + 1))
cols_first = sum(A[i - 1, j - 1] for j in range(1, N + 1) for i in range(j, N + 1))
wrong = sum(A[i - 1, j - 1] for j in range(1, N + 1) for i in range(1, j + 1))  # 交换时忘了改上下限
print(f"\n3) N = {N}，a_ij = 4(i-1) + j")
print(f"   先 i 后 j：{rows_first:.0f}   交换次序（上下限改对）：{cols_first:.0f}   交换时照抄上下限：{wrong:.0f}")
