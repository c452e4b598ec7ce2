# 练习：秩 10 近似能保留多少「能量」？纯噪声矩阵与「低秩 + 噪声」矩阵对比
import numpy as np

rng = np.random.default_rng(0)
m, n, k = 200, 50, 10
noise = rng.standard_normal((m, n))
low_rank = rng.standard_normal((m, 5)) @ rng.standard_normal((5, n))  # 秩 5 的结构
for name, M in [("纯噪声", noise), ("秩 5 结构 + 噪声", low_rank + 0.3 * noise)]:
    S = np.linalg.svd(M, compute_uv=False)
    kept = np.sum(S[:k] ** 2) / np.sum(S**2)
    print(f"{name:16s}: 前 {k} 个奇异值保留的能量比例 {kept:.1%}；σ1/σ10 = {S[0] / S[k - 1]:.2f}")
