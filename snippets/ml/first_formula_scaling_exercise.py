# 练习：把 (w, b) 同乘 c > 0，分数、类别、到超平面的距离、Sigmoid 概率分别怎样变？
import numpy as np
from scipy.special import expit

w, b = np.array([3.0, 4.0]), -10.0
X = np.array([[3.0, 3.0], [2.0, 0.0], [1.3, 1.6]])  # 三个样本，每行一个
print("c      分数 c·f(x)                  类别      距离 f/‖w‖           σ(分数)")
for c in [0.1, 1.0, 10.0]:
    score = X @ (c * w) + c * b
    dist = score / np.linalg.norm(c * w)
    print(f"{c:<6} {np.array2string(score, precision=3):<28} {(score > 0).astype(int)}  "
          f"{np.array2string(dist, precision=3):<20} {np.array2string(expit(score), precision=4)}")
