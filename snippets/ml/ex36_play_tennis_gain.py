# 打球数据集（14 天）：按五步法手算熵与信息增益，再用 ID3 / C4.5 建树
import numpy as np
from scipy.stats import entropy as scipy_entropy

from mlvault.datasets import play_tennis
from mlvault.information import entropy, information_gain
from mlvault.trees import DecisionTreeClassifier, export_text, gain_ratio, gini_impurity, split_information

table = play_tennis()
y = table["PlayTennis"]
attributes = ["Outlook", "Temperature", "Humidity", "Wind"]

# 第 1 步：整个数据集的熵 H(S)
labels, counts = np.unique(y, return_counts=True)
h_s = entropy(counts, base=2)
print(f"标签计数 {dict(zip(labels.tolist(), counts.tolist()))}，H(S) = {h_s:.4f} bit")
print(f"根结点基尼不纯度 Gini(S) = {gini_impurity(counts):.4f}")
assert np.isclose(h_s, scipy_entropy(counts, base=2))

# 第 2–4 步：按每个特征划分，算加权平均熵（条件熵）与信息增益
print(f"\n{'特征':<12}{'加权子集熵':>10}{'信息增益':>10}{'分裂信息':>10}{'增益率':>10}")
gains = {}
for a in attributes:
    values, codes = np.unique(table[a], return_inverse=True)
    joint = np.zeros((len(values), len(labels)))
    np.add.at(joint, (codes, np.searchsorted(labels, y)), 1)  # 取值 × 标签 的计数表
    sizes = joint.sum(axis=1)
    weighted = np.sum(sizes / sizes.sum() * entropy(joint, base=2))
    gains[a] = h_s - weighted
    assert np.isclose(gains[a], information_gain(y, table[a]))  # 与库函数（= 互信息）一致
    print(f"{a:<12}{weighted:>10.4f}{gains[a]:>10.4f}{split_information(table[a]):>10.4f}"
          f"{gain_ratio(y, table[a]):>10.4f}")

# 第 5 步：选信息增益最大（= 划分后加权熵最小）的特征
best = max(gains, key=gains.get)
print(f"\n信息增益最大的特征：{best}（划分后的熵最小，而不是最大）")

X = np.column_stack([table[a] for a in attributes])
for criterion, name in [("entropy", "ID3（信息增益）"), ("gain_ratio", "C4.5（增益率）")]:
    tree = DecisionTreeClassifier(criterion, categorical=True).fit(X, y)
    print(f"\n{name}：{tree.n_leaves_} 个叶子，深度 {tree.depth_}，训练准确率 {tree.score(X, y):.4f}")
    print(export_text(tree, attributes))
