# 100 个骰子的平均点数：它的标准差是多少？公式 σ/√n 与 2 万次模拟对照
import numpy as np

n = 100
sd_one = np.sqrt(35 / 12)  # 一个骰子的标准差
print(f"一个骰子：标准差 = {sd_one:.4f}")
print(f"公式：{n} 个骰子平均值的标准差 σ/√n = {sd_one / np.sqrt(n):.4f}")

rng = np.random.default_rng(0)
means = rng.integers(1, 7, size=(20_000, n)).mean(axis=1)  # 2 万次「掷 100 个骰子取平均」
print(f"模拟：平均值的均值 = {means.mean():.4f}，标准差 = {means.std():.4f}")
print(f"模拟：平均值落在 3.5 ± 0.5 之外的比例 = {np.mean(np.abs(means - 3.5) > 0.5):.4f}")
