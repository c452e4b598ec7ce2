# EX-43 主成分分析：鸢尾花上选几个主成分；重构误差 = 被丢掉的特征值之和；单位换算怎样改变第一主成分
import numpy as np

from mlvault.datasets import load_iris
from mlvault.decomposition import PCA

iris = load_iris()
X = iris.data
names = ["萼长", "萼宽", "瓣长", "瓣宽"]

# 1) 解释方差比与累计值：达到 85%、95% 各要几个主成分
pca = PCA().fit(X)
ratio = pca.explained_variance_ratio_
cumulative = np.cumsum(ratio)
print("解释方差比:  ", np.array2string(ratio, precision=4))
print("累计解释方差比:", np.array2string(cumulative, precision=4))
for threshold in (0.85, 0.95):
    print(f"  达到 {threshold:.0%} 需要 k = {int(np.searchsorted(cumulative, threshold)) + 1}")

# 2) 只保留 k 个主成分再重构：相对重构误差 = 1 - 累计解释方差比
Xc = X - X.mean(axis=0)
print("\nk   相对重构误差 ‖X̃ - X̃VₖVₖᵀ‖²/‖X̃‖²   1 - 累计解释方差比")
for k in range(1, 5):
    model = PCA(k).fit(X)
    error = np.sum((X - model.inverse_transform(model.transform(X))) ** 2) / np.sum(Xc ** 2)
    print(f"{k}   {error:>22.6f}   {1 - cumulative[k - 1]:>22.6f}")

# 3) 把「瓣宽」从厘米换成毫米（乘 10）：方差乘 100，第一主成分几乎只剩这一个特征
X_mm = X * np.array([1, 1, 1, 10])
Z = (X_mm - X_mm.mean(axis=0)) / X_mm.std(axis=0)  # 标准化后单位不再起作用
for label, data in (("原始（厘米）", X), ("瓣宽改用毫米", X_mm), ("标准化后", Z)):
    p = PCA(1).fit(data)
    loadings = "  ".join(f"{n} {w:+.3f}" for n, w in zip(names, p.components_[0]))
    print(f"\n{label}：PC1 载荷 {loadings}\n  PC1 解释方差比 {p.explained_variance_ratio_[0]:.4f}")
