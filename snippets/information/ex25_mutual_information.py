# EX-25 互信息：列联表计算、信息增益 = 互信息、y = x² 时相关系数≈0 而互信息 > 0
import numpy as np
from scipy import stats

from mlvault.datasets import play_tennis
from mlvault.information import entropy, information_gain, mutual_information

# 1) 由联合分布表计算：I(X;Y) = H(X) + H(Y) - H(X,Y)
joint = np.array([[0.30, 0.10], [0.05, 0.55]])
mi = mutual_information(joint, base=2)
h_x, h_y = stats.entropy(joint.sum(axis=1), base=2), stats.entropy(joint.sum(axis=0), base=2)
h_xy = stats.entropy(joint.ravel(), base=2)
assert np.isclose(mi, h_x + h_y - h_xy)
print(f"联合分布 {joint.tolist()}: I(X;Y) = {mi:.4f} bits = H(X)+H(Y)-H(X,Y) = {h_x + h_y - h_xy:.4f}")

# 2) 决策树的信息增益就是标签与特征的互信息（打网球数据，单位 bit）
data = play_tennis()
y = data["PlayTennis"]
print(f"H(PlayTennis) = {entropy([9, 5], base=2):.4f} bits")
for feature in ["Outlook", "Humidity", "Wind", "Temperature"]:
    values, codes = np.unique(data[feature], return_inverse=True)
    labels, y_codes = np.unique(y, return_inverse=True)
    counts = np.zeros((len(values), len(labels)))
    np.add.at(counts, (codes, y_codes), 1)
    ig, mi = information_gain(y, data[feature]), mutual_information(counts, base=2)
    assert np.isclose(ig, mi)
    print(f"  IG(PlayTennis, {feature:<11}) = {ig:.4f} bits = I(PlayTennis; {feature}) = {mi:.4f}")

# 3) y = x²：完全由 x 决定，但线性相关系数接近 0；互信息（分箱估计）明显大于 0
rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, 5000)
y2 = x**2
r = stats.pearsonr(x, y2).statistic
counts, _, _ = np.histogram2d(x, y2, bins=10)
mi_dependent = mutual_information(counts)
counts_indep, _, _ = np.histogram2d(x, rng.permutation(y2), bins=10)  # 打乱 y：破坏依赖关系
mi_shuffled = mutual_information(counts_indep)
print(f"y = x²: Pearson r = {r:.4f}，互信息 ≈ {mi_dependent:.4f} nats（10×10 分箱）")
print(f"打乱 y 之后：互信息 ≈ {mi_shuffled:.4f} nats（只剩有限样本的估计偏差）")
