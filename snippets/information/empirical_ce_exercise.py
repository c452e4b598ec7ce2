# 练习：样本的平均负对数似然 = 经验分布 P̂ 与模型 Q 的交叉熵；哪个 Q 让它最小？
import numpy as np

from mlvault.information import cross_entropy, entropy

rng = np.random.default_rng(0)
rolls = rng.choice(6, size=60, p=[0.25, 0.15, 0.15, 0.15, 0.15, 0.15])  # 一颗偏向 1 点的骰子掷 60 次
counts = np.bincount(rolls, minlength=6)
p_hat = counts / counts.sum()
print(f"各点出现次数 = {counts}，经验分布 P̂ = {np.round(p_hat, 4)}")

models = {
    "均匀 Q": np.full(6, 1 / 6),
    "真实的骰子": np.array([0.25, 0.15, 0.15, 0.15, 0.15, 0.15]),
    "Q = P̂（频率）": p_hat,
    "P̂ 与均匀各半": 0.5 * p_hat + 0.5 / 6,
}
for name, Q in models.items():
    nll = -np.mean(np.log(Q[rolls]))  # 逐个样本求 -log Q(x_i) 再平均
    print(f"{name}：平均负对数似然 = {nll:.6f}，H(P̂, Q) = {cross_entropy(p_hat, Q):.6f} nat")
print(f"H(P̂) = {entropy(p_hat):.6f} nat")
