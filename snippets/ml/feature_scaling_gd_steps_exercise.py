# 练习：带截距的线性回归，梯度下降要多少步才能把误差缩小到 1e-6？原始特征 vs 标准化特征，对照推导的 ln(1/ε)/ln((κ+1)/(κ-1)) ≈ κ/2·ln(1/ε)
import numpy as np

rng = np.random.default_rng(1)
m = 500
age = rng.normal(5.0, 2.0, m)  # 房龄（年）：没有中心化，均值比标准差大
area = rng.normal(0.5, 0.2, m)  # 面积（百平方米）：尺度比房龄小一个数量级
y = 1.0 - 0.1 * age + 3.0 * area + rng.normal(0, 0.1, m)  # 房价（百万元）
raw = np.column_stack([age, area])
standardized = (raw - raw.mean(axis=0)) / raw.std(axis=0)

print(f"{'特征':<8}{'条件数 κ':>12}{'每步收缩 (κ-1)/(κ+1)':>22}{'预测步数':>10}{'实际步数':>10}")
for name, X in [("原始", raw), ("标准化", standardized)]:
    A = np.column_stack([np.ones(m), X])  # 第一列 1 对应截距
    H = A.T @ A / m
    lam = np.linalg.eigvalsh(H)
    kappa = lam[-1] / lam[0]
    alpha = 2 / (lam[0] + lam[-1])  # 最优固定步长
    theta_star = np.linalg.solve(H, A.T @ y / m)
    theta = np.zeros(3)
    e0, steps = np.linalg.norm(theta - theta_star), 0
    while np.linalg.norm(theta - theta_star) > 1e-6 * e0 and steps < 1_000_000:
        theta -= alpha * A.T @ (A @ theta - y) / m
        steps += 1
    predicted = np.log(1e6) / np.log((kappa + 1) / (kappa - 1)) if kappa > 1 + 1e-12 else 1
    print(f"{name:<8}{kappa:>14.1f}{(kappa - 1) / (kappa + 1):>20.6f}{predicted:>12.0f}{steps:>12d}")
