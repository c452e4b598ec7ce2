# 熵大 ≠ 损失大（ER-49）：训练损失是预测对标签的交叉熵，标签的熵只是「不看输入」时的下界
import numpy as np

from mlvault.information import binary_cross_entropy, entropy
from mlvault.linear import LogisticRegression

rng = np.random.default_rng(0)
n = 2000

# 数据集 A：两类各半（标签熵最大），特征把两类分得很开
y_a = rng.permutation(np.repeat([0, 1], n // 2))
x_a = rng.normal(loc=np.where(y_a == 1, 3.0, -3.0), scale=1.0)[:, None]
# 数据集 B：九成是 0（标签熵小），特征是与标签无关的噪声
y_b = (rng.random(n) < 0.1).astype(int)
x_b = rng.normal(size=(n, 1))

for name, x, y in [("A：两类各半、特征有用", x_a, y_a), ("B：九成为 0、特征无用", x_b, y_b)]:
    h_labels = entropy(np.bincount(y))  # 由频率 count/len 计算，单位 nat
    before = binary_cross_entropy(y, np.full(n, 0.5))  # 未训练：对每个样本都说 0.5
    model = LogisticRegression(penalty=None).fit(x, y)
    after = binary_cross_entropy(y, model.predict_proba(x)[:, 1])
    print(f"数据集 {name}")
    print(f"  标签熵 H(Y) = {h_labels:.4f} nat   训练前损失 = {before:.4f}   训练后损失 = {after:.4f}")
