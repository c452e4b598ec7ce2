# 用训练数据自己的对数似然挑带宽会选到 h → 0；留出数据（或留一法）的对数似然才有一个内部的最优点
import numpy as np

from mlvault.density import KernelDensity
from mlvault.probability import gaussian_pdf

rng = np.random.default_rng(0)


def draw(n):
    """从 0.375·N(−2, 0.6²) + 0.625·N(1.5, 1²) 抽样。"""
    right = rng.random(n) < 0.625
    return np.where(right, rng.normal(1.5, 1.0, n), rng.normal(-2.0, 0.6, n))


train, held_out = draw(200), draw(200)
print("    h     训练集平均对数似然   留一法平均对数似然   留出集平均对数似然")
for h in (0.01, 0.05, 0.1, 0.2, 0.4, 0.8, 1.6):
    kde = KernelDensity(bandwidth=h).fit(train)
    on_train = kde.score_samples(train)
    # 留一法：估计 f̂(x_i) 时去掉 x_i 自己的那个核，只用其余 n−1 个点
    kernels = gaussian_pdf(train[:, None] - train[None, :], 0.0, h)
    np.fill_diagonal(kernels, 0.0)
    loo = np.log(kernels.sum(axis=1) / (len(train) - 1))
    print(f"  {h:4.2f}   {on_train.mean():12.4f}        {loo.mean():12.4f}        {kde.score_samples(held_out).mean():12.4f}")
