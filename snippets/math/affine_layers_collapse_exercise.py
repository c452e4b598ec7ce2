# 练习：两层仿射变换叠起来还是仿射的吗？中间加上 ReLU 呢？用最小二乘拟合一个仿射映射来检验
import numpy as np

rng = np.random.default_rng(0)
W1, b1 = rng.standard_normal((16, 2)), rng.standard_normal(16)
W2, b2 = rng.standard_normal((1, 16)), rng.standard_normal(1)
X = rng.uniform(-2, 2, size=(500, 2))  # 500 个二维输入

no_act = (X @ W1.T + b1) @ W2.T + b2
relu = np.maximum(X @ W1.T + b1, 0) @ W2.T + b2

X1 = np.column_stack([X, np.ones(len(X))])  # 加一列 1：拟合 y ≈ w^T x + c
for name, out in [("无激活", no_act), ("ReLU", relu)]:
    coef, *_ = np.linalg.lstsq(X1, out, rcond=None)
    resid = out - X1 @ coef
    print(f"{name:6s}: 最佳仿射拟合的最大残差 {np.abs(resid).max():.2e}，输出的标准差 {out.std():.4f}")

# 无激活时，等价的单个仿射映射就是 (W2 W1) x + (W2 b1 + b2)
W, c = W2 @ W1, W2 @ b1 + b2
print("合并后的 W2 W1 =", np.array2string(W, precision=4), " W2 b1 + b2 =", np.array2string(c, precision=4))
print(f"与两层输出的最大差 {np.abs(X @ W.T + c - no_act).max():.2e}")
