# EX-05 向量范数：lp_norm 与 numpy.linalg.norm、scipy.spatial.distance.minkowski 对照
import numpy as np
from scipy.spatial.distance import minkowski

from mlvault.linalg import lp_norm

w = np.array([3.0, -4.0, 1.0])
for p in [1, 2, 3, np.inf]:
    ours, ref = lp_norm(w, p), np.linalg.norm(w, ord=p)
    assert np.isclose(ours, ref)
    print(f"||w||_{p}: mlvault {ours:.4f}   numpy {ref:.4f}")

# 距离 = 差向量的范数（KNN 的曼哈顿 / 欧氏 / 闵可夫斯基距离）
x, y = np.array([1.0, 2.0, 3.0]), np.array([4.0, 0.0, 3.5])
for p in [1, 2, 3]:
    ours, ref = lp_norm(x - y, p), minkowski(x, y, p)
    assert np.isclose(ours, ref)
    print(f"p={p} 距离: mlvault {ours:.4f}   scipy minkowski {ref:.4f}")

# p 越大，范数越接近最大分量 ||w||_inf；且 ||w||_inf <= ||w||_2 <= ||w||_1
print("p → ∞:", ", ".join(f"p={p}: {lp_norm(w, p):.4f}" for p in [1, 2, 4, 8, 16, 64]))
assert lp_norm(w, np.inf) <= lp_norm(w, 2) <= lp_norm(w, 1)
