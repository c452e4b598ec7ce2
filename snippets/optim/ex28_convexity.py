# EX-28 凸函数：检验 Jensen 不等式 f(λx+(1-λ)y) ≤ λf(x)+(1-λ)f(y)；XᵀX 半正定；凸函数多起点得到同一个最小值
import numpy as np
from scipy import optimize

rng = np.random.default_rng(0)
functions = {
    "x²": lambda z: np.sum(z**2, axis=-1),
    "logistic 损失 log(1+e^{-z})": lambda z: np.sum(np.logaddexp(0, -z), axis=-1),
    "L1 范数 ‖z‖₁": lambda z: np.sum(np.abs(z), axis=-1),
    "sin(z)": lambda z: np.sum(np.sin(z), axis=-1),
}
x, y = rng.uniform(-4, 4, (2, 10_000, 3))  # 1 万对随机点，3 维
lam = rng.uniform(0, 1, (10_000, 1))
for name, f in functions.items():
    gap = lam[:, 0] * f(x) + (1 - lam[:, 0]) * f(y) - f(lam * x + (1 - lam) * y)  # 弦 − 曲线，凸则 ≥ 0
    violations = np.sum(gap < -1e-12)
    verdict = "凸  " if violations == 0 else "非凸"
    print(f"{verdict}  违反 Jensen 不等式的点对 {violations:5d} / 10000   {name}")

# 线性回归的 MSE 的 Hessian 是 (2/n)XᵀX：特征值都 ≥ 0，所以 MSE 是凸的
X = rng.normal(size=(50, 4))
eig = np.linalg.eigvalsh(2 / 50 * X.T @ X)
print(f"MSE 的 Hessian 特征值（numpy.linalg.eigvalsh）：{np.round(eig, 4)}，最小值 ≥ 0: {eig.min() >= 0}")

# 凸函数：从 20 个随机起点出发，scipy.optimize.minimize 都到达同一个最小值点
w_true = np.array([1.0, -2.0, 0.5, 3.0])
t = X @ w_true + 0.1 * rng.normal(size=50)
mse = lambda w: np.mean((X @ w - t) ** 2)
ends = np.array([optimize.minimize(mse, rng.uniform(-10, 10, 4)).x for _ in range(20)])
lstsq = np.linalg.lstsq(X, t, rcond=None)[0]
assert np.allclose(ends, lstsq, atol=1e-4)
print(f"凸的 MSE：20 个起点的终点彼此最大相差 {np.ptp(ends, axis=0).max():.1e}，都等于 lstsq 解 {np.round(lstsq, 4)}")

# 非凸函数：不同起点停在不同的局部极小值
wavy = lambda z: np.sin(3 * z[0]) + 0.1 * z[0] ** 2
minima = np.array([optimize.minimize(wavy, [s]).x[0] for s in np.linspace(-4, 4, 9)])
distinct = np.unique(np.round(minima, 3))
print(f"非凸的 sin(3z) + 0.1z²：9 个起点停在 {len(distinct)} 个不同的点 {distinct}")
