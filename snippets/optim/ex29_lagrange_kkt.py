# EX-29 拉格朗日乘子与 KKT 条件的行为：乘子是最优值对约束的灵敏度；松的约束乘子为 0；SVM 的 C 决定支持向量
import numpy as np
from scipy import optimize

from mlvault.optim import solve_kkt_qp

# 1) 等式约束 min x² + y²  s.t. x + y = b，L = f + λ(x + y − b)：扫描右端 b
print("1) min x² + y²  s.t. x + y = b")
for b in (0.5, 1.0, 2.0):
    x, lam = solve_kkt_qp(Q=2 * np.eye(2), c=np.zeros(2), A=[[1.0, 1.0]], b=[b])
    value = lambda bb: (lambda z: z @ z)(solve_kkt_qp(2 * np.eye(2), np.zeros(2), [[1.0, 1.0]], [bb])[0])
    slope = (value(b + 1e-4) - value(b - 1e-4)) / 2e-4
    print(f"  b = {b:3.1f}: x* = {np.round(x, 4)}, λ = {lam[0]:7.4f}, p* = {x @ x:.4f}, "
          f"dp*/db ≈ {slope:.4f}（= −λ）")

# 2) 不等式约束 min (x − 2)²  s.t. x ≤ c，即 g(x) = x − c ≤ 0：约束从紧到松
print("2) min (x − 2)²  s.t. x ≤ c")
for c in (0.0, 1.0, 1.5, 2.0, 3.0):
    res = optimize.minimize(lambda z: (z[0] - 2) ** 2, [0.0], method="SLSQP",
                            constraints=[{"type": "ineq", "fun": lambda z: c - z[0]}])
    x_opt, mu = res.x[0], res.multipliers[0] + 0.0
    g = round(x_opt - c, 8) + 0.0
    state = "起作用（μ > 0）" if mu > 1e-6 else ("恰在边界，但 μ = 0" if g == 0 else "不起作用（g < 0，μ = 0）")
    print(f"  c = {c:3.1f}: x* = {x_opt:.4f}, g(x*) = {g:7.4f}, μ = {mu:.4f}, "
          f"μ·g(x*) = {mu * g + 0.0:.1e}  约束{state}")

# 3) 线性软间隔 SVM 的对偶：max Σα − ½ΣΣ αᵢαⱼyᵢyⱼxᵢᵀxⱼ  s.t. Σαᵢyᵢ = 0, 0 ≤ αᵢ ≤ C
rng = np.random.default_rng(1)
X = np.vstack([rng.normal([1.2, 1.2], 0.9, (10, 2)), rng.normal([-1.2, -1.2], 0.9, (10, 2))])
y = np.r_[np.ones(10), -np.ones(10)]
G = (y[:, None] * X) @ (y[:, None] * X).T
print("3) 线性 SVM 的对偶问题，扫描 C（20 个样本）")
print("      C    支持向量数  其中 α = C 的   间隔宽度 2/‖w‖   Σαᵢyᵢ")
for C in (0.01, 0.1, 1.0, 100.0):
    dual = optimize.minimize(lambda a: 0.5 * a @ G @ a - a.sum(), np.zeros(20), jac=lambda a: G @ a - 1,
                             method="SLSQP", bounds=[(0, C)] * 20,
                             constraints=[{"type": "eq", "fun": lambda a: a @ y, "jac": lambda a: y}],
                             options={"ftol": 1e-12, "maxiter": 500})
    alpha = np.where(dual.x > 1e-6 * C, dual.x, 0.0)
    w = (alpha * y) @ X                                   # w = Σ αᵢ yᵢ xᵢ
    n_sv, n_bound = np.sum(alpha > 0), np.sum(alpha > C * (1 - 1e-6))
    print(f"  {C:7.2f}   {n_sv:6d}      {n_bound:6d}        {2 / np.linalg.norm(w):8.4f}      {alpha @ y:.1e}")
