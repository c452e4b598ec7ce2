# EX-35 支持向量机：强对偶（原始目标 = 对偶目标）；互补松弛把样本分成三类；用间隔上的支持向量求 b
import numpy as np

from mlvault.svm import SVC

rng = np.random.default_rng(3)
X = np.r_[rng.normal(size=(20, 2)) + 1.2, rng.normal(size=(20, 2)) - 1.2]  # 两团有重叠的点
y = np.r_[np.ones(20), -np.ones(20)]
C = 1.0
svm = SVC(kernel="linear", C=C, tol=1e-8).fit(X, y)
alpha = np.zeros(len(y))
alpha[svm.support_] = np.abs(svm.dual_coef_[0])  # dual_coef_ 存的是 α_i y_i
w, b = svm.coef_[0], svm.intercept_[0]
margin = y * (X @ w + b)  # y_i f(x_i)
print(f"w = {np.round(w, 4)}，b = {b:.4f}，间隔宽度 2/‖w‖ = {2 / np.linalg.norm(w):.4f}")

# 强对偶：原始问题的最优值 = 对偶问题的最优值
xi = np.maximum(0, 1 - margin)  # 最优松弛 ξ_i = max(0, 1 - y_i f(x_i))
primal = 0.5 * w @ w + C * xi.sum()
Q = (y[:, None] * X) @ (y[:, None] * X).T  # Q_ij = y_i y_j x_iᵀx_j
dual = alpha.sum() - 0.5 * alpha @ Q @ alpha
print(f"原始目标 ½‖w‖² + CΣξ = {primal:.6f}，对偶目标 Σα - ½αᵀQα = {dual:.6f}，对偶间隙 {primal - dual:.1e}")
print(f"对偶约束：Σ α_i y_i = {alpha @ y:.1e}，0 ≤ α_i ≤ C：{bool(np.all((alpha >= 0) & (alpha <= C + 1e-12)))}")

# 互补松弛：按 α 分三类，看每类样本的 y f(x) 落在什么范围
eps = 1e-6
groups = {"α = 0": alpha <= eps, "0 < α < C": (alpha > eps) & (alpha < C - eps), "α = C": alpha >= C - eps}
print(f"\n{'类别':<12}{'个数':>4}{'min y·f(x)':>14}{'max y·f(x)':>14}")
for name, mask in groups.items():
    print(f"{name:<12}{mask.sum():>4}{margin[mask].min():>14.4f}{margin[mask].max():>14.4f}")
print(f"其中 y·f(x) < 0（被分错）的样本 {np.sum(margin < 0)} 个，全部属于 α = C 一类："
      f"{bool(np.all(alpha[margin < 0] >= C - eps))}")

# 任取一个 0 < α < C 的支持向量 s：y_s f(x_s) = 1，于是 b = y_s - Σ α_j y_j x_jᵀx_s
s = np.flatnonzero(groups["0 < α < C"])[0]
b_from_sv = y[s] - (alpha * y) @ (X @ X[s])
print(f"\n由间隔上的支持向量 {s} 求出 b = {b_from_sv:.6f}（求解器给出 {b:.6f}）")
