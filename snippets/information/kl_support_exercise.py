# 练习：P 在第三个结果上概率为 0，Q_ε 给它一点点概率 ε；两个方向的 KL 随 ε 怎样变化？
import numpy as np

from mlvault.information import kl_divergence

P = np.array([0.5, 0.5, 0.0])
print("   ε        D_KL(P‖Q_ε)    D_KL(Q_ε‖P)")
for eps in [0.5, 0.1, 0.01, 1e-4, 1e-8]:
    Q = np.array([(1 - eps) / 2, (1 - eps) / 2, eps])
    print(f"  {eps:<8g}  {kl_divergence(P, Q):11.3e}    {kl_divergence(Q, P)}")
