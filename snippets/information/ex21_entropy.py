# EX-21 信息量与熵：修正后的 entropy() 与 scipy.stats.entropy 对照
import warnings

import numpy as np
from scipy import stats

from mlvault.information import entropy, self_information

coins = {"公平硬币 (0.5, 0.5)": [0.5, 0.5], "偏置硬币 (0.9, 0.1)": [0.9, 0.1]}
for name, p in coins.items():
    nats, bits = entropy(p), entropy(p, base=2)
    assert np.isclose(nats, stats.entropy(p)) and np.isclose(bits, stats.entropy(p, base=2))
    print(f"{name}: H = {nats:.10f} nats = {bits:.10f} bits")

# 信息量 I(x) = -log P(x) 属于单个结果；熵是它的期望（ER-21）
p = np.array([0.9, 0.1])
info = self_information(p)
print(f"信息量 I(x) = {np.round(info, 3)} nats，其期望 Σ P·I = {np.sum(p * info):.3f} nats = H")

# 含 0 的分布：约定 0·log 0 = 0
with_zeros = np.array([0.5, 0.5, 0.0, 0.0])
print(f"H([0.5, 0.5, 0, 0]) = {entropy(with_zeros):.6f}，scipy: {stats.entropy(with_zeros):.6f}")
print(f"均匀分布 n = 4 时取最大值 log 4 = {np.log(4):.6f}：H = {entropy(np.full(4, 0.25)):.6f}")

# 原文的实现：np.log(p, where=p > 0) 没有 out=，被跳过的位置是未初始化内存（ER-29）
def seed_entropy(p):
    return -np.sum(p * np.log(p, where=p > 0))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    seed_entropy(with_zeros)
messages = sorted({str(w.message) for w in caught})
print("原文实现触发的警告：", messages if messages else "（此 numpy 版本未发出警告，但结果仍依赖未初始化内存）")
