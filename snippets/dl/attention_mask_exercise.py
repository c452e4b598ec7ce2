# 练习：如果某个查询的整行都被掩掉，注意力会输出什么？用 −∞ 与用 −1e9 掩码的区别
import numpy as np

from mlvault.nn.activations import softmax

scores = np.array([[0.5, 1.0, -0.3],
                   [0.2, 0.1, 0.4]])
mask = np.array([[True, True, False],
                 [False, False, False]])  # 第 2 个查询（例如填充位置）没有任何可关注的键

with np.errstate(invalid="ignore"):
    w_inf = softmax(np.where(mask, scores, -np.inf), axis=1)
w_big = softmax(np.where(mask, scores, -1e9), axis=1)
print("用 −∞ 掩码 :\n", np.array2string(w_inf, precision=4))
print("用 −1e9 掩码:\n", np.array2string(w_big, precision=4))
