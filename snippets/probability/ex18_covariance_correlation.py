# EX-18 协方差与相关系数：换单位、离群点、y = x² 时 ρ ≈ 0；分箱互信息随箱数增长（真实互信息是无穷大）
import numpy as np

from mlvault.information import mutual_information

rng = np.random.default_rng(0)


def corr(x, y):
    """样本相关系数 r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²)。"""
    dx, dy = x - x.mean(), y - y.mean()
    return (dx @ dy) / np.sqrt((dx @ dx) * (dy @ dy))


# 身高(cm)与体重(kg)：线性相关的例子
height = rng.normal(170, 8, size=500)
weight = 0.9 * height - 90 + rng.normal(0, 6, size=500)
cov = np.mean((height - height.mean()) * (weight - weight.mean()))  # E[(X−μX)(Y−μY)]，除以 n
print(f"cm 与 kg：协方差 = {cov:.4f}，相关系数 = {corr(height, weight):.4f}")
h_m, w_g = height / 100, weight * 1000  # 换成 m 与 g：协方差乘 0.01 × 1000
cov_m = np.mean((h_m - h_m.mean()) * (w_g - w_g.mean()))
print(f"m 与 g ：协方差 = {cov_m:.4f}，相关系数 = {corr(h_m, w_g):.4f}")

# 一个离群点：100 个独立的点本来几乎不相关，加上一个远处的点就「相关」了
a, b = rng.standard_normal((2, 100))
print(f"100 个独立点：r = {corr(a, b):+.4f}；加一个点 (10, 10) 后：r = {corr(np.append(a, 10), np.append(b, 10)):+.4f}")

# 非线性依赖：x ~ U(−1, 1)，y = x²（y 完全由 x 决定）
x = rng.uniform(-1, 1, size=5000)
y = x**2
print(f"y = x²：r = {corr(x, y):+.4f}")

# 分箱估计互信息：把 (x, y) 落入 B×B 个格子的计数当作联合分布。它不超过 ln B，且随 B 一直变大
y_shuffled = rng.permutation(y)  # 打乱 y：破坏依赖，看估计本身的偏差
print("箱数 B   分箱互信息(y = x²)   打乱后的基线   上界 ln B   (nats)")
for bins in (5, 10, 20, 50, 100):
    mi = mutual_information(np.histogram2d(x, y, bins=bins)[0])
    baseline = mutual_information(np.histogram2d(x, y_shuffled, bins=bins)[0])
    print(f"{bins:6d}   {mi:10.4f}           {baseline:10.4f}     {np.log(bins):8.4f}")
