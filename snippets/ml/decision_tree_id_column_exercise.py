# 练习：给打球数据加一列「编号」（每天一个不同的值），信息增益和增益率会选谁当根结点？
import numpy as np

from mlvault.datasets import play_tennis
from mlvault.information import information_gain
from mlvault.trees import gain_ratio, split_information

table = play_tennis()
y = table["PlayTennis"]
table = dict(table, 编号=np.array([f"D{i + 1}" for i in range(len(y))]))  # 14 个互不相同的取值
attributes = ["编号", "Outlook", "Temperature", "Humidity", "Wind"]
print(f"{'特征':<12}{'取值个数':>6}{'信息增益':>10}{'分裂信息':>10}{'增益率':>10}")
for a in attributes:
    print(f"{a:<12}{len(np.unique(table[a])):>8d}{information_gain(y, table[a]):>12.4f}"
          f"{split_information(table[a]):>12.4f}{gain_ratio(y, table[a]):>10.4f}")
gains = {a: information_gain(y, table[a]) for a in attributes}
ratios = {a: gain_ratio(y, table[a]) for a in attributes}
print(f"\n按信息增益选：{max(gains, key=gains.get)}；按增益率选：{max(ratios, key=ratios.get)}")
above_average = [a for a in attributes if gains[a] >= np.mean(list(gains.values()))]
print(f"C4.5 的启发式：只在增益不低于平均值的特征 {above_average} 中比较增益率")
