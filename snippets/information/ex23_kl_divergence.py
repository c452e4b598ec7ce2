# EX-23 KL 散度：002 的例子与非对称、沿一族 Q 的扫描、含 0 的分布、高斯分布之间的 KL
import numpy as np

from mlvault.information import gaussian_kl_divergence, kl_divergence

# 1) 002 的例子：交换两个分布，结果不同
P = np.array([0.7, 0.3])
Q = np.array([0.5, 0.5])
print(f"D_KL(P‖Q) = {kl_divergence(P, Q):.10f} nat = {kl_divergence(P, Q, base=2):.10f} bit")
print(f"D_KL(Q‖P) = {kl_divergence(Q, P):.10f} nat   → 交换两个分布，结果不同：KL 不是距离")
# 原文打印的 0.08228287850505156 与此处只差浮点舍入：比较浮点数要用 np.isclose，不能用 ==（CV-10）
print(f"与原文输出一致（isclose）：{np.isclose(kl_divergence(P, Q), 0.08228287850505156)}")

# 2) 扫描 Q = (t, 1-t)：两个方向都在 t = 0.7（Q = P）处为 0，其余处为正；t → 0 时 D_KL(P‖Q) 发散，D_KL(Q‖P) 不发散
print("   t      D_KL(P‖Q)   D_KL(Q‖P)")
for t in [0.001, 0.1, 0.4, 0.5, 0.7, 0.9, 0.999]:
    Qt = np.round([t, 1 - t], 12)  # 去掉 1 - 0.7 = 0.30000000000000004 的舍入，让 t = 0.7 时 Q 恰好等于 P
    print(f"  {t:<6}  {kl_divergence(P, Qt):9.4f}   {kl_divergence(Qt, P):9.4f}")

# 3) 含 0 的分布：P 的 0 不要紧（约定 0·log 0 = 0）；Q 在 P > 0 处为 0 则为无穷大。原文写法得到 nan（CV-11）
P0 = np.array([0.5, 0.5, 0.0])
Q0 = np.array([0.25, 0.25, 0.5])
with np.errstate(divide="ignore", invalid="ignore"):
    naive = np.sum(P0 * np.log(P0 / Q0))
print(f"P = {P0}, Q = {Q0}: 原文写法 → {naive}，D_KL(P‖Q) = {kl_divergence(P0, Q0):.6f} (= ln 2)")
print(f"反过来：D_KL(Q‖P) = {kl_divergence(Q0, P0)}（Q 认为可能、P 认为不可能 → 无穷大）")

# 4) 高斯分布 p = N(0, 1)，q = N(0, σ²)：q 比 p 窄时的代价远大于 q 比 p 宽时（同样差一个倍数）
print("   σ      D_KL(N(0,1)‖N(0,σ²))   D_KL(N(0,σ²)‖N(0,1))")
for sigma in [0.25, 0.5, 1.0, 2.0, 4.0]:
    print(f"  {sigma:<5}  {gaussian_kl_divergence(0, 1, 0, sigma):12.4f}           "
          f"{gaussian_kl_divergence(0, sigma, 0, 1):12.4f}")
