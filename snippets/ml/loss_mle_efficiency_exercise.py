# 练习：噪声是高斯分布或拉普拉斯分布时，用均值（最小化 MSE）还是中位数（最小化 MAE）估计位置更准？
import numpy as np

rng = np.random.default_rng(0)
n, reps = 101, 20_000  # 每个数据集 101 个样本，重复 20000 次；真实位置为 0，噪声方差都取 1
noises = {
    "高斯 N(0, 1)": rng.normal(0.0, 1.0, size=(reps, n)),
    "拉普拉斯 (b = 1/√2)": rng.laplace(0.0, 1 / np.sqrt(2), size=(reps, n)),
}
print(f"{'噪声':<20}{'均值的方差 × n':>16}{'中位数的方差 × n':>18}")
for name, data in noises.items():
    var_mean = data.mean(axis=1).var() * n
    var_median = np.median(data, axis=1).var() * n
    print(f"{name:<20}{var_mean:>16.3f}{var_median:>18.3f}")
