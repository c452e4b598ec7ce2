# 从零实现的模型和 scikit-learn 的同名模型，放进同一种 Pipeline（先标准化、再 k 近邻），用同一个 GridSearchCV 调参
import numpy as np
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier as SkKNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler as SkStandardScaler

from mlvault.neighbors import KNeighborsClassifier
from mlvault.preprocessing import StandardScaler

rng = np.random.default_rng(0)
n = 300
y = rng.integers(0, 2, n)
useful = rng.standard_normal((n, 2)) + 1.2 * y[:, None]  # 两个有用的特征，量级 1
income = rng.normal(50_000, 15_000, (n, 1))  # 一个与类别无关的特征，量级 10⁴（比如以元计的收入）
X = np.hstack([useful, income])

grid = {"knn__n_neighbors": [1, 5, 15, 45], "knn__p": [1, 2]}
cv = StratifiedKFold(5, shuffle=True, random_state=0)  # 两边用完全相同的 5 折
pipelines = {
    "mlvault": Pipeline([("scale", StandardScaler()), ("knn", KNeighborsClassifier())]),
    "scikit-learn": Pipeline(
        [("scale", SkStandardScaler()), ("knn", SkKNeighborsClassifier(algorithm="brute"))]
    ),
}
searches = {name: GridSearchCV(pipe, grid, cv=cv).fit(X, y) for name, pipe in pipelines.items()}

print("5 折交叉验证的平均准确率")
print(f"{'k':>4} {'p':>3} {'mlvault':>10} {'scikit-learn':>14}")
ours, theirs = (searches[name].cv_results_ for name in pipelines)
for params, a, b in zip(ours["params"], ours["mean_test_score"], theirs["mean_test_score"]):
    print(f"{params['knn__n_neighbors']:>4} {params['knn__p']:>3} {a:>10.4f} {b:>14.4f}")
for name, search in searches.items():
    k, p = search.best_params_["knn__n_neighbors"], search.best_params_["knn__p"]
    print(f"{name:<13} 最优参数 k = {k}, p = {p}，准确率 {search.best_score_:.4f}")
assert np.array_equal(ours["mean_test_score"], theirs["mean_test_score"])  # 同样的折、同样的近邻：逐格相同

best = searches["mlvault"].best_estimator_  # GridSearchCV 用 clone + set_params 造出来、再在全部数据上 fit 的
print("最优流水线:", best)
no_scaling = clone(best).set_params(scale="passthrough")  # 同样的超参数，去掉标准化这一步
print(f"去掉标准化后的准确率: {cross_val_score(no_scaling, X, y, cv=cv).mean():.4f}（距离被「收入」一列主导）")
