# EX-29 拉格朗日乘子与 KKT 条件：等式约束、不等式约束、线性 SVM 的对偶问题（都与 scipy.optimize 对照）
import numpy as np
from scipy import optimize

from mlvault.optim import solve_kkt_qp

# 1) 等式约束：min x² + y²  s.t. x + y = 1。L = f + λ(x + y − 1)
x, lam = solve_kkt_qp(Q=2 * np.eye(2), c=np.zeros(2), A=[[1.0, 1.0]], b=[1.0])
res = optimize.minimize(lambda z: z @ z, [0.0, 0.0], method="SLSQP",
                        constraints=[{"type": "eq", "fun": lambda z: z[0] + z[1] - 1}])
assert np.allclose(x, res.x, atol=1e-6) and np.allclose(lam, -res.multipliers, atol=1e-6)
print(f"等式约束：KKT 线性方程组 x = {x}, λ = {lam[0]:.4f}；SLSQP x = {np.round(res.x, 6)}")
print(f"  驻点条件 ∇f + λ∇h = {2 * x + lam[0] * np.ones(2)}（= 0）")
# 乘子的含义：约束右端 b 变一点，最优值变 −λ·db（这里最优值 p*(b) = b²/2，导数 b = 1）
p_star = lambda b: (lambda z: z @ z)(solve_kkt_qp(2 * np.eye(2), np.zeros(2), [[1.0, 1.0]], [b])[0])
print(f"  灵敏度 dp*/db ≈ {(p_star(1.001) - p_star(0.999)) / 0.002:.4f} = −λ")

# 2) 不等式约束：min (x − 2)²  s.t. x ≤ 1，即 g(x) = x − 1 ≤ 0。约束起作用，μ = 2
res = optimize.minimize(lambda z: (z[0] - 2) ** 2, [0.0], method="SLSQP",
                        constraints=[{"type": "ineq", "fun": lambda z: 1 - z[0]}])
x_opt, mu = res.x[0], res.multipliers[0]
assert np.isclose(x_opt, 1, atol=1e-6) and np.isclose(mu, 2, atol=1e-5)
print(f"不等式约束：x* = {x_opt:.6f}, μ = {mu:.6f}")
print(f"  驻点 2(x−2) + μ = {2 * (x_opt - 2) + mu:.1e}，μ ≥ 0，互补松弛 μ·g(x*) = {mu * (x_opt - 1):.1e}")
res_free = optimize.minimize(lambda z: (z[0] - 2) ** 2, [0.0], method="SLSQP",
                             constraints=[{"type": "ineq", "fun": lambda z: 3 - z[0]}])
print(f"  把约束换成 x ≤ 3（不起作用）：x* = {res_free.x[0]:.6f}, μ = {res_free.multipliers[0]:.1e}（互补松弛：μ = 0）")

# 3) 线性软间隔 SVM 的对偶：max Σα − ½ΣΣ αᵢαⱼyᵢyⱼxᵢᵀxⱼ  s.t. Σαᵢyᵢ = 0, 0 ≤ αᵢ ≤ C
rng = np.random.default_rng(1)
X = np.vstack([rng.normal([2, 2], 0.8, (10, 2)), rng.normal([-2, -2], 0.8, (10, 2))])
y = np.r_[np.ones(10), -np.ones(10)]
C = 1.0
G = (y[:, None] * X) @ (y[:, None] * X).T
dual = optimize.minimize(lambda a: 0.5 * a @ G @ a - a.sum(), np.zeros(20), jac=lambda a: G @ a - 1,
                         method="SLSQP", bounds=[(0, C)] * 20,
                         constraints=[{"type": "eq", "fun": lambda a: a @ y, "jac": lambda a: y}],
                         options={"ftol": 1e-12, "maxiter": 500})
alpha = dual.x * (dual.x > 1e-6)
w = (alpha * y) @ X                                        # w = Σ αᵢ yᵢ xᵢ
free = (alpha > 1e-6) & (alpha < C - 1e-6)                 # 0 < α < C 的点恰好在间隔边界上
b = np.mean(y[free] - X[free] @ w)
margins = y * (X @ w + b)
print(f"SVM 对偶：支持向量 {np.flatnonzero(alpha)}，w = {np.round(w, 4)}, b = {b:.4f}")
print(f"  Σαᵢyᵢ = {alpha @ y:.1e}，α ∈ [{alpha.min():.3f}, {alpha.max():.3f}] ⊂ [0, C]")
slack = alpha * (margins - 1)
print(f"  互补松弛：α = 0 的点 yᵢ(wᵀxᵢ+b) 最小为 {margins[alpha == 0].min():.4f} ≥ 1；"
      f"0<α<C 的点 |α(y(wᵀx+b)−1)| ≤ {np.abs(slack[free]).max():.1e}")
