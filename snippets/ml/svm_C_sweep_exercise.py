# 练习：线性软间隔 SVM 中 C 从小到大，间隔宽度、支持向量个数、α = C 的个数、训练准确率怎样变化？
import numpy as np

from mlvault.svm import SVC

rng = np.random.default_rng(3)
X = np.r_[rng.normal(size=(40, 2)) + 1.2, rng.normal(size=(40, 2)) - 1.2]  # 有重叠的两团
y = np.r_[np.ones(40), -np.ones(40)]
print(f"{'C':>8}{'2/‖w‖':>10}{'支持向量':>8}{'α = C':>8}{'Σξ':>10}{'训练准确率':>10}")
for C in [0.01, 0.1, 1.0, 10.0, 100.0]:
    model = SVC(kernel="linear", C=C, tol=1e-6).fit(X, y)
    w = model.coef_[0]
    alpha = np.abs(model.dual_coef_[0])
    slack = np.maximum(0, 1 - y * model.decision_function(X)).sum()
    print(f"{C:>8g}{2 / np.linalg.norm(w):>10.3f}{len(alpha):>12d}{np.sum(np.isclose(alpha, C)):>10d}"
          f"{slack:>10.3f}{model.score(X, y):>14.3f}")
