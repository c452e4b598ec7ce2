# EX-25 互信息：三种写法算出同一个数、信息增益 = 互信息、y = x² 的分箱估计随箱数增长
import numpy as np
from scipy import stats

from mlvault.datasets import play_tennis
from mlvault.information import entropy, information_gain, kl_divergence, mutual_information

# 1) 一张 2×2 联合分布表：熵的加减、条件熵、KL 三种写法给出同一个 I(X;Y)
joint = np.array([[0.30, 0.10], [0.05, 0.55]])  # 行是 X，列是 Y
p_x, p_y = joint.sum(axis=1), joint.sum(axis=0)
h_x, h_y, h_xy = entropy(p_x, base=2), entropy(p_y, base=2), entropy(joint.ravel(), base=2)
h_x_given_y = np.sum(p_y * entropy(joint.T, base=2))  # H(X|Y) = Σ_y P(y) H(X | Y=y)，joint.T 的每行是 P(x, y) 对固定的 y
print(f"H(X) = {h_x:.4f}，H(Y) = {h_y:.4f}，H(X,Y) = {h_xy:.4f}，H(X|Y) = {h_x_given_y:.4f} bit")
print(f"H(X) + H(Y) - H(X,Y)       = {h_x + h_y - h_xy:.4f} bit")
print(f"H(X) - H(X|Y)              = {h_x - h_x_given_y:.4f} bit")
print(f"D_KL(P_XY ‖ P_X P_Y)       = {kl_divergence(joint.ravel(), np.outer(p_x, p_y).ravel(), base=2):.4f} bit")

# 2) 决策树的信息增益就是标签与特征的互信息（打网球数据，单位 bit）：Outlook 最大
data = play_tennis()
y = data["PlayTennis"]
print(f"H(PlayTennis) = {entropy([9, 5], base=2):.4f} bit")
for feature in ["Outlook", "Humidity", "Wind", "Temperature"]:
    _, codes = np.unique(data[feature], return_inverse=True)
    _, y_codes = np.unique(y, return_inverse=True)
    counts = np.zeros((codes.max() + 1, 2))
    np.add.at(counts, (codes, y_codes), 1)
    ig = information_gain(y, data[feature])
    print(f"  IG(PlayTennis, {feature:<11}) = {ig:.4f} bit = I(PlayTennis; {feature}) = "
          f"{mutual_information(counts, base=2):.4f} bit")

# 3) y = x²：完全由 x 决定，线性相关系数却接近 0。分箱估计的互信息随箱数 k 增长，且不超过 ln k：
#    真实的互信息是无穷大，每个数都只是「这种分箱下」的值。打乱 y 后只剩估计偏差，约为 (k-1)²/(2n)
rng = np.random.default_rng(0)
n = 5000
x = rng.uniform(-1, 1, n)
y2 = x**2
y_shuffled = rng.permutation(y2)
print(f"y = x²（n = {n}）：Pearson r = {stats.pearsonr(x, y2).statistic:.4f}")
print("  箱数 k×k    互信息估计   上限 ln k   打乱 y 后   偏差近似 (k-1)²/(2n)")
for k in [2, 5, 10, 20, 50]:
    mi = mutual_information(np.histogram2d(x, y2, bins=k)[0])
    mi_shuffled = mutual_information(np.histogram2d(x, y_shuffled, bins=k)[0])
    print(f"  {k:>3}×{k:<3}     {mi:9.4f}   {np.log(k):9.4f}   {mi_shuffled:9.4f}   {(k - 1) ** 2 / (2 * n):9.4f}   (nat)")
