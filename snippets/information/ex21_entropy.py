# EX-21 信息量与熵：两种单位、熵是信息量的期望、从均匀到确定的熵扫描、原文实现的缺陷
import warnings

import numpy as np

from mlvault.information import entropy, self_information

# 1) 同一个熵的两种单位：nat（自然对数）与 bit（以 2 为底），相差因子 ln 2
for name, p in {"公平硬币 (0.5, 0.5)": [0.5, 0.5], "偏置硬币 (0.9, 0.1)": [0.9, 0.1]}.items():
    print(f"{name}: H = {entropy(p):.10f} nat = {entropy(p, base=2):.10f} bit")

# 2) 罕见的结果信息量大，熵却是按概率加权的平均：小概率结果的贡献被它的概率压小（ER-21）
p = np.array([0.9, 0.1])
info = self_information(p)
print(f"偏置硬币的信息量 I(正面), I(反面) = {info[0]:.4f}, {info[1]:.4f} nat")
print(f"按概率加权的贡献 P·I = {p[0] * info[0]:.4f}, {p[1] * info[1]:.4f} nat，求和 = H = {entropy(p):.4f} nat")

# 3) 扫描：把 4 个结果的分布从「均匀」逐步推向「必然出现第一个结果」，熵从 log2 4 = 2 bit 单调降到 0
uniform, certain = np.full(4, 0.25), np.array([1.0, 0.0, 0.0, 0.0])
print("混合比例 t    分布 (1-t)·均匀 + t·确定              H / bit")
for t in [0.0, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0]:
    dist = (1 - t) * uniform + t * certain
    print(f"  t = {t:<5}   {np.array2string(dist, precision=4, floatmode='fixed')}   {entropy(dist, base=2):.4f}")

# 4) 概率为 0 的结果不贡献熵（约定 0·log 0 = 0）：添上两个不可能的结果，熵不变
print(f"H(0.5, 0.5) = {entropy([0.5, 0.5], base=2):.4f} bit，H(0.5, 0.5, 0, 0) = "
      f"{entropy([0.5, 0.5, 0.0, 0.0], base=2):.4f} bit")


# 5) 原文 002 的实现：np.log(p, where=p > 0) 没有 out=，被跳过的位置是未初始化内存（ER-29）
def seed_entropy(p):
    return -np.sum(p * np.log(p, where=p > 0))


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    seed_entropy(np.array([0.5, 0.5, 0.0, 0.0]))
messages = sorted({str(w.message) for w in caught})
print("原文实现触发的警告：", messages if messages else "（此 numpy 版本未发出警告，但结果仍依赖未初始化内存）")
