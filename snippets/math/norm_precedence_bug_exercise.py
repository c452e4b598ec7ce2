# 练习：找错——这个 p 范数实现少了一对括号
import numpy as np


def lp_buggy(w, p):
    return np.sum(np.abs(w) ** p) ** 1 / p


def lp_fixed(w, p):
    return np.sum(np.abs(w) ** p) ** (1 / p)


w = np.array([3.0, -4.0])
for p in [1, 2, 3]:
    print(f"p={p}: 有 bug {lp_buggy(w, p):.4f}   改正 {lp_fixed(w, p):.4f}   numpy {np.linalg.norm(w, ord=p):.4f}")
