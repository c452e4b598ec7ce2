# 「解释消除」：下雨 R → 草地湿 W ← 洒水器 S。看到草地湿，再得知洒水器开过，下雨的概率怎样变？
import numpy as np

p_r = np.array([0.8, 0.2])                    # P(R)：下雨的先验 0.2
p_s = np.array([0.7, 0.3])                    # P(S)：洒水器开过的先验 0.3，与下雨独立
p_w1 = np.array([[0.05, 0.80],                # P(W=1 | R=0, S=0)，P(W=1 | R=0, S=1)
                 [0.90, 0.99]])               # P(W=1 | R=1, S=0)，P(W=1 | R=1, S=1)
# P(R, S, W=1) = P(R) P(S) P(W=1 | R, S)：轴的顺序是 (R, S)
joint_w1 = p_r[:, None] * p_s[None, :] * p_w1

p_rain_given_wet = joint_w1[1].sum() / joint_w1.sum()
p_rain_given_wet_sprinkler = joint_w1[1, 1] / joint_w1[:, 1].sum()
print(f"P(下雨)                  = {p_r[1]:.4f}")
print(f"P(下雨 | 草地湿)          = {p_rain_given_wet:.4f}")
print(f"P(下雨 | 草地湿, 洒水器开) = {p_rain_given_wet_sprinkler:.4f}")
# 给定 W 之后，R 与 S 不再独立
p_sprinkler_given_wet = joint_w1[:, 1].sum() / joint_w1.sum()
p_both_given_wet = joint_w1[1, 1] / joint_w1.sum()
print(f"P(R=1, S=1 | W=1) = {p_both_given_wet:.4f}，P(R=1 | W=1)·P(S=1 | W=1) = {p_rain_given_wet * p_sprinkler_given_wet:.4f}")
