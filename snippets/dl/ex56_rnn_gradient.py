# EX-56：为什么 RNN 的梯度会消失或爆炸——雅可比矩阵连乘、特征值与奇异值
import numpy as np

rng = np.random.default_rng(0)
ks = [1, 5, 10, 20, 50, 100]

# 1) 线性 RNN h_t = W h_{t−1}：∂h_t/∂h_{t−k} = W^k。特征值决定长期趋势，奇异值限制每一步的放大
W_normal = np.diag([0.9, 0.5])                 # 对称矩阵：奇异值 = |特征值|
W_nonnormal = np.array([[0.9, 3.0], [0.0, 0.5]])  # 特征值仍是 0.9 与 0.5，但最大奇异值 > 1
print("线性 RNN：‖W^k‖₂ 随 k 的变化")
for name, W in [("对称 W（特征值 0.9, 0.5）", W_normal), ("非正规 W（特征值 0.9, 0.5）", W_nonnormal)]:
    sv = np.linalg.svd(W, compute_uv=False)
    norms = [np.linalg.norm(np.linalg.matrix_power(W, k), 2) for k in ks]
    print(f"  {name}  最大奇异值 {sv[0]:.3f}")
    print("    " + "  ".join(f"k={k}: {v:.2e}" for k, v in zip(ks, norms)))

# 2) tanh RNN（32 维状态，随机输入）：把 W_hh 缩放到不同的谱半径 ρ，量 ‖∂h_T/∂h_{T−k}‖₂
m, T = 32, 100
A = rng.normal(size=(m, m)) / np.sqrt(m)
W_xh = rng.normal(size=(m, 4)) * 0.5
xs = rng.normal(size=(T, 4))
print(f"\ntanh RNN：‖∂h_T/∂h_(T−k)‖₂（T = {T}）")
print(f"{'谱半径 ρ':>8} {'最大奇异值':>10} " + " ".join(f"{'k=' + str(k):>9}" for k in ks))
for rho in [0.5, 0.9, 1.0, 1.5, 3.0]:
    W = A * rho / np.abs(np.linalg.eigvals(A)).max()
    h, hs = np.zeros(m), []
    for x in xs:
        h = np.tanh(W @ h + W_xh @ x)
        hs.append(h)
    P, norms = np.eye(m), {}
    for k in range(1, T + 1):  # P = J_T J_(T−1) ⋯ J_(T−k+1)，J_t = diag(1 − h_t²) W
        P = P @ ((1 - hs[T - k] ** 2)[:, None] * W)
        norms[k] = np.linalg.norm(P, 2)
    sat = np.mean(1 - np.array(hs) ** 2)
    print(f"{rho:8.1f} {np.linalg.norm(W, 2):10.3f} " + " ".join(f"{norms[k]:9.1e}" for k in ks)
          + f"   平均 tanh′ = {sat:.2f}")

# 3) LSTM 的细胞状态路径：∂c_t/∂c_(t−k) 沿这条路径是 Π f_j，没有 W 也没有 tanh′
print("\nLSTM 细胞路径上的因子 f^k")
for f in [0.5, 0.9, 0.99, 1.0]:
    print(f"  f = {f:<4}: " + "  ".join(f"k={k}: {f**k:.2e}" for k in ks))
