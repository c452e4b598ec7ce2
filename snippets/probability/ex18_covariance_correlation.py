# EX-18 协方差与相关系数：手算 vs np.cov / np.corrcoef / scipy.stats.pearsonr；y = x² 时 ρ≈0 而互信息 > 0
import numpy as np
from scipy import stats

from mlvault.information import mutual_information

rng = np.random.default_rng(0)

# 身高(cm)与体重(kg)：线性相关的例子
height = rng.normal(170, 8, size=500)
weight = 0.9 * height - 90 + rng.normal(0, 6, size=500)
cov = np.mean((height - height.mean()) * (weight - weight.mean()))  # E[(X-μX)(Y-μY)]，除以 n
rho = cov / (height.std() * weight.std())  # 标准差也除以 n：比值与除数无关
print(f"协方差（除以 n）= {cov:.4f} cm·kg，np.cov(ddof=0) = {np.cov(height, weight, ddof=0)[0, 1]:.4f}")
print(f"np.cov 默认除以 n-1：{np.cov(height, weight)[0, 1]:.4f}")
r_scipy, _ = stats.pearsonr(height, weight)
print(f"相关系数 ρ = {rho:.4f}，np.corrcoef = {np.corrcoef(height, weight)[0, 1]:.4f}，pearsonr = {r_scipy:.4f}")
assert np.isclose(cov, np.cov(height, weight, ddof=0)[0, 1]) and np.isclose(rho, r_scipy)

# 量纲：换成 m 与 g，协方差变 10 倍（0.01 × 1000），相关系数不变
print(f"换单位后：协方差 {np.cov(height / 100, weight * 1000, ddof=0)[0, 1]:.4f} m·g，ρ = {stats.pearsonr(height / 100, weight * 1000)[0]:.4f}")

# 非线性依赖：x ~ U(-1, 1)，y = x²（y 完全由 x 决定）
x = rng.uniform(-1, 1, size=5000)
y = x**2
r_sq, _ = stats.pearsonr(x, y)
# 互信息的直方图（分箱）估计：把 (x, y) 落入 10×10 个格子的计数当联合分布
joint, _, _ = np.histogram2d(x, y, bins=10)
mi = mutual_information(joint)
joint_shuffled, _, _ = np.histogram2d(x, rng.permutation(y), bins=10)  # 打乱 y：破坏依赖关系
print(f"y = x²：ρ = {r_sq:.4f}（≈ 0），互信息 ≈ {mi:.4f} nats；打乱 y 后互信息 ≈ {mutual_information(joint_shuffled):.4f} nats")
assert abs(r_sq) < 0.05 and mi > 0.5 > mutual_information(joint_shuffled)
