# f(x, y) = x² + a·xy + y² 何时是凸函数：Hessian 的最小特征值与 Jensen 不等式的违反次数
import numpy as np

rng = np.random.default_rng(0)
p, q = rng.uniform(-3, 3, (2, 10_000, 2))        # 1 万对随机点
lam = rng.uniform(0, 1, (10_000, 1))

print("   a    Hessian 的特征值      违反 Jensen 的点对   最小的（弦 − 曲线）")
for a in (1.0, 1.9, 2.0, 2.1, 3.0):
    H = np.array([[2.0, a], [a, 2.0]])                # f = ½ zᵀHz
    f = lambda z: 0.5 * np.einsum("...i,ij,...j->...", z, H, z)
    gap = lam[:, 0] * f(p) + (1 - lam[:, 0]) * f(q) - f(lam * p + (1 - lam) * q)
    eig = np.linalg.eigvalsh(H)
    print(f"{a:5.1f}    [{eig[0]:6.2f}, {eig[1]:5.2f}]      {np.sum(gap < -1e-9):8d}            {gap.min():10.4f}")
