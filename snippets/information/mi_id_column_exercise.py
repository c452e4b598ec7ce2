# 练习：给打网球数据加一列「日期编号」（14 天各不相同）。它的信息增益是多少？信息增益率又如何？
import numpy as np

from mlvault.datasets import play_tennis
from mlvault.information import entropy, information_gain

data = play_tennis()
y = np.asarray(data["PlayTennis"])
day_id = np.arange(len(y))  # 每个样本一个独一无二的值
print(f"H(PlayTennis) = {entropy(np.unique(y, return_counts=True)[1], base=2):.4f} bit")
for name, values in [("Outlook", np.asarray(data["Outlook"])), ("日期编号", day_id)]:
    gain = information_gain(y, values)
    split_info = entropy(np.unique(values, return_counts=True)[1], base=2)  # 属性自身的熵
    print(f"{name}：信息增益 = {gain:.4f} bit，SplitInfo = {split_info:.4f} bit，信息增益率 = {gain / split_info:.4f}")
