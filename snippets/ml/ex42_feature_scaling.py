# EX-42 特征缩放：Z-score（总体标准差 ddof=0）与 Min-Max；只在训练集上 fit；缩放改变距离，却不改变最小二乘的预测
import numpy as np

from mlvault.preprocessing import MinMaxScaler, StandardScaler

np.set_printoptions(suppress=True)  # 不用科学计数法打印

# 两个量纲悬殊的特征：身高（米）和年收入（元）
train = np.array([[1.60, 52_000.0], [1.75, 61_000.0], [1.82, 150_000.0], [1.68, 48_000.0]])
test = np.array([[1.90, 30_000.0]])

mu, sigma = train.mean(axis=0), train.std(axis=0)  # np.std 默认 ddof=0：除以 n
z = StandardScaler().fit(train)
print(f"均值 μ = [{z.mean_[0]:.4f} m, {z.mean_[1]:.1f} 元]")
print(f"标准差 σ（ddof=0）= [{z.scale_[0]:.4f} m, {z.scale_[1]:.1f} 元]")
s1 = train.std(axis=0, ddof=1)
print(f"若用样本标准差（ddof=1）: [{s1[0]:.4f} m, {s1[1]:.1f} 元] ← 不是 scaler 用的")
assert np.allclose(z.mean_, mu) and np.allclose(z.scale_, sigma)
Z = z.transform(train)
print("Z-score 后（每列均值 0、标准差 1）:\n", np.round(Z, 4))
assert np.allclose((train - mu) / sigma, Z)
assert np.allclose(Z.mean(axis=0), 0) and np.allclose(Z.std(axis=0), 1)

mm = MinMaxScaler().fit(train)
M = mm.transform(train)
lo, hi = train.min(axis=0), train.max(axis=0)
print("Min-Max 后（每列落在 [0, 1]）:\n", np.round(M, 4))
assert np.allclose((train - lo) / (hi - lo), M)

# 测试集用训练集的 μ、σ、min、max：结果可以超出 [0, 1]，这是正常的
print("测试样本 Z-score:", np.round(z.transform(test), 4), " Min-Max:", np.round(mm.transform(test), 4))
leaky = StandardScaler().fit(np.vstack([train, test]))  # 错误做法：把测试集也拿来 fit
print(f"若把测试集混进来 fit，均值变成 [{leaky.mean_[0]:.4f} m, {leaky.mean_[1]:.1f} 元] ← 测试信息泄漏进了预处理")
assert np.allclose(z.inverse_transform(Z), train) and np.allclose(mm.inverse_transform(M), train)

# 为什么要缩放：不缩放时欧氏距离几乎只由收入决定
d_raw = np.linalg.norm(train[0] - train[1])
d_scaled = np.linalg.norm(Z[0] - Z[1])
height_share = (train[0, 0] - train[1, 0]) ** 2 / d_raw**2
print(f"样本 0 与 1 的距离：原始 {d_raw:.1f}，其中身高差只占平方和的 {height_share:.1e}；标准化后 {d_scaled:.4f}")

# 最小二乘的预测不受标准化影响（列空间不变），但 XᵀX 的条件数天差地别
y = np.array([3.1, 3.6, 6.0, 2.9])  # 一个假想的目标（例如每月消费，千元）
A_raw, A_std = np.column_stack([np.ones(4), train]), np.column_stack([np.ones(4), Z])
pred_raw = A_raw @ np.linalg.lstsq(A_raw, y, rcond=None)[0]
pred_std = A_std @ np.linalg.lstsq(A_std, y, rcond=None)[0]
print(f"最小二乘预测：原始特征 {np.round(pred_raw, 4)}，标准化特征 {np.round(pred_std, 4)}")
print(f"AᵀA 的条件数：原始特征 {np.linalg.cond(A_raw.T @ A_raw):.1e}，标准化特征 {np.linalg.cond(A_std.T @ A_std):.1e}")
