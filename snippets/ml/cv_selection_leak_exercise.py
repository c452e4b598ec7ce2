# 交叉验证的经典错误：先在全部数据上挑特征，再做交叉验证（标签是随机的，真实准确率只有 0.5）
import numpy as np

from mlvault.model_selection import KFold, cross_val_score
from mlvault.neighbors import KNeighborsClassifier

rng = np.random.default_rng(0)
n, p, keep = 50, 2000, 10
X = rng.standard_normal((n, p))  # 纯噪声特征
y = rng.integers(0, 2, n)        # 与 X 无关的标签


def top_features(X, y, m):
    """与标签相关系数绝对值最大的 m 个特征。"""
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    corr = (Xc * yc[:, None]).sum(axis=0) / np.sqrt((Xc ** 2).sum(axis=0) * (yc ** 2).sum())
    return np.argsort(-np.abs(corr))[:m]


cv = KFold(5, shuffle=True, random_state=0)

# 错误：用全部 n 个样本（包括之后的验证折）挑特征
chosen = top_features(X, y, keep)
wrong = cross_val_score(KNeighborsClassifier(1), X[:, chosen], y, cv=cv)

# 正确：挑特征是训练的一部分，每一折只用训练部分挑
right = []
for train, test in cv.split(X):
    cols = top_features(X[train], y[train], keep)
    model = KNeighborsClassifier(1).fit(X[train][:, cols], y[train])
    right.append(model.score(X[test][:, cols], y[test]))

print(f"错误做法（先挑特征再 CV）：准确率 {wrong.mean():.4f}")
print(f"正确做法（每折内部挑特征）：准确率 {np.mean(right):.4f}")
print("真实准确率：0.5（标签是抛硬币）")
