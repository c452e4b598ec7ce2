# 练习：W_hh 取正交矩阵（全部奇异值为 1）时，梯度还会消失吗？线性 RNN 与 tanh RNN 对比
import numpy as np

rng = np.random.default_rng(0)
m, T = 32, 100
Q, _ = np.linalg.qr(rng.normal(size=(m, m)))  # 正交矩阵：QᵀQ = I
print(f"Q 的奇异值范围: [{np.linalg.svd(Q, compute_uv=False).min():.4f}, {np.linalg.svd(Q, compute_uv=False).max():.4f}]")
W_xh = rng.normal(size=(m, 4))
xs = rng.normal(size=(T, 4))

for name, act, scale in [("线性 RNN", "linear", 1.0), ("tanh RNN，输入尺度 0.1", "tanh", 0.1),
                         ("tanh RNN，输入尺度 1", "tanh", 1.0)]:
    h, slopes = np.zeros(m), []
    for x in xs:
        a = Q @ h + scale * W_xh @ x
        h = a if act == "linear" else np.tanh(a)
        slopes.append(np.ones(m) if act == "linear" else 1 - h**2)
    P, out = np.eye(m), []
    for k in range(1, T + 1):
        P = P @ (slopes[T - k][:, None] * Q)
        if k in (10, 50, 100):
            out.append(f"k={k}: {np.linalg.norm(P, 2):.2e}")
    print(f"{name:<22} ‖∂h_T/∂h_(T−k)‖₂  " + "  ".join(out))
