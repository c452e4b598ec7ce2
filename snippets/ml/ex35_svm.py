# EX-35 支持向量机：核函数按公式手算；SMO 的解 = 直接用 scipy 解原始问题；间隔 2/‖w‖；hinge 形式
import numpy as np
from scipy.optimize import minimize

from mlvault.metrics import hinge_loss
from mlvault.svm import SVC, linear_kernel, polynomial_kernel, rbf_kernel, sigmoid_kernel

# 1) 四种核函数：按公式手算，与 mlvault.svm 对照
x, z = np.array([1.0, 2.0]), np.array([2.0, 0.5])
gamma, r, d = 0.5, 1.0, 3
by_formula = {
    "线性核 xᵀx'": x @ z,
    "多项式核 (γxᵀx'+r)^d": (gamma * x @ z + r) ** d,
    "RBF 核 exp(-γ‖x-x'‖²)": np.exp(-gamma * np.sum((x - z) ** 2)),
    "Sigmoid 核 tanh(γxᵀx'+r)": np.tanh(gamma * x @ z + r),
}
by_library = [linear_kernel([x], [z]), polynomial_kernel([x], [z], degree=d, gamma=gamma, coef0=r),
              rbf_kernel([x], [z], gamma=gamma), sigmoid_kernel([x], [z], gamma=gamma, coef0=r)]
for (name, value), lib in zip(by_formula.items(), by_library):
    print(f"{name:<26} 手算 {value:.6f}   mlvault {lib[0, 0]:.6f}")
    assert np.isclose(value, lib[0, 0])

# 2) 软间隔线性 SVM：SMO 解对偶问题；scipy 直接解原始问题（带松弛变量 ξ），两者目标值相同
rng = np.random.default_rng(3)
X = np.r_[rng.normal(size=(20, 2)) + 1.2, rng.normal(size=(20, 2)) - 1.2]
y = np.r_[np.ones(20), -np.ones(20)]
C = 1.0
svm = SVC(kernel="linear", C=C, tol=1e-6).fit(X, y)
w, b = svm.coef_[0], svm.intercept_[0]


def primal(v):  # v = (w1, w2, b, ξ1..ξn)：½‖w‖² + C Σ ξ
    return 0.5 * v[:2] @ v[:2] + C * v[3:].sum()


constraints = [{"type": "ineq", "fun": lambda v: y * (X @ v[:2] + v[2]) - 1 + v[3:]}]  # y(wᵀx+b) ≥ 1-ξ
bounds = [(None, None)] * 3 + [(0, None)] * len(y)  # ξ ≥ 0
res = minimize(primal, np.zeros(3 + len(y)), method="SLSQP", constraints=constraints, bounds=bounds,
               options={"maxiter": 500, "ftol": 1e-12})
xi = np.maximum(0, 1 - y * (X @ w + b))  # 在 SMO 解处，最优的松弛 ξ = max(0, 1 - y f(x))
print(f"SMO：   w = {np.round(w, 4)}, b = {b:.4f}, 原始目标 {primal(np.r_[w, b, xi]):.6f}")
print(f"scipy： w = {np.round(res.x[:2], 4)}, b = {res.x[2]:.4f}, 原始目标 {res.fun:.6f}")
assert res.success and np.isclose(primal(np.r_[w, b, xi]), res.fun, rtol=1e-5)
assert np.allclose(w, res.x[:2], atol=1e-3)

# 原始目标 = ½‖w‖² + C·Σ hinge：这就是 hinge 形式（mlvault.metrics.hinge_loss 给出平均 hinge）
hinge_form = 0.5 * w @ w + C * len(y) * hinge_loss(y, svm.decision_function(X))
print(f"hinge 形式 ½‖w‖² + C Σ max(0, 1-y f(x)) = {hinge_form:.6f}")
assert np.isclose(hinge_form, primal(np.r_[w, b, xi]))

# 3) 支持向量与间隔：α 只在支持向量上非零；间隔宽 2/‖w‖；w = Σ α_i y_i x_i
alpha_y = svm.dual_coef_[0]
print(f"支持向量 {len(svm.support_)} 个（共 {len(y)} 个样本），间隔宽度 2/‖w‖ = {2 / np.linalg.norm(w):.4f}")
in_box = bool(np.all((np.abs(alpha_y) > 0) & (np.abs(alpha_y) <= C)))
print(f"Σ α_i y_i = {alpha_y.sum():.1e}，0 < α_i ≤ C：{in_box}")
assert np.allclose(alpha_y @ X[svm.support_], w) and abs(alpha_y.sum()) < 1e-9
on_margin = np.isclose(np.abs(svm.decision_function(X[svm.support_])), 1, atol=1e-3)
print(f"其中恰在间隔边界 |f(x)| = 1 上的 {on_margin.sum()} 个，其余 α = C（间隔内或被分错）")
assert np.allclose(np.abs(alpha_y[~on_margin]), C)  # 不在边界上的支持向量，α 都取到上限 C
