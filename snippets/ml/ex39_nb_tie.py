# 种子文档的 4 点例子：(2.5, 3.5) 恰好在两类中心的正中间，后验各 0.5，argmax 取第一类 0
import numpy as np
from scipy.stats import norm

from mlvault.naive_bayes import GaussianNB

X = np.array([[1, 2], [2, 3], [3, 4], [4, 5]], dtype=float)
y = np.array([0, 0, 1, 1])
model = GaussianNB().fit(X, y)
print("每类均值 theta_ =", model.theta_.tolist())
print("每类方差 var_   =", np.round(model.var_, 6).tolist(), "（两类相同）")
print("先验 class_prior_ =", model.class_prior_.tolist())

for point in ([2.5, 3.5], [3.5, 4.5], [2.6, 3.6], [2.4, 3.4]):
    # 用 scipy 的正态对数密度独立地算一遍联合对数似然 log P(c) + Σ log N(x_j; μ_cj, σ²_cj)
    jll = np.log(model.class_prior_) + norm.logpdf(point, model.theta_, np.sqrt(model.var_)).sum(axis=1)
    posterior = np.exp(jll - jll.max()) / np.exp(jll - jll.max()).sum()
    proba = model.predict_proba([point])[0]
    assert np.allclose(proba, posterior)
    print(f"x = {point}: 联合对数似然 {np.round(jll, 4).tolist()}，P(c|x) = {np.round(proba, 4).tolist()}，"
          f"预测 {model.predict([point]).tolist()}")

# 平票：两类得分完全相等，argmax 返回第一个类别 0（种子文档写的输出 [1] 是错的）
assert np.allclose(model.predict_proba([[2.5, 3.5]]), [[0.5, 0.5]]) and model.predict([[2.5, 3.5]])[0] == 0
assert model.predict([[3.5, 4.5]])[0] == 1
