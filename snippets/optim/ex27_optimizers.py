# EX-27 五种优化器在病态二次函数上的比较：条件数 κ 越大谁越慢；把山谷旋转 45° 后，逐坐标缩放还管不管用
import numpy as np

from mlvault.optim import SGD, AdaGrad, Adam, RMSprop, trajectory


def steps_to_reduce(make, H, x0, factor=1e-6, n_max=3000):
    """损失 L = ½θᵀHθ 降到初值的 factor 倍所需的步数（n_max 步内未达到则返回 None）。"""
    path = trajectory(make(), lambda t: H @ t, x0, n_max)
    loss = 0.5 * np.einsum("ti,ij,tj->t", path, H, path)
    hit = np.flatnonzero(loss <= factor * loss[0])
    return int(hit[0]) if hit.size else None


optimizers = {
    "GD (η=1)": lambda: SGD(1.0),
    "Momentum (η=1, μ=0.9)": lambda: SGD(1.0, momentum=0.9),
    "AdaGrad (η=0.5)": lambda: AdaGrad(0.5),
    "RMSprop (η=0.05)": lambda: RMSprop(0.05),
    "Adam (η=0.05)": lambda: Adam(0.05),
}
kappas = (10, 100, 1000)
print("H 的特征值为 1/κ 和 1；起点在特征坐标下都是 (1, 1)。表中是损失降到初值 1e-6 倍所需的步数")
print("左三列：山谷沿坐标轴；右三列：同一个山谷旋转 45°")
print(f"{'优化器':<21}" + "".join(f"{'κ=' + str(k):>8}" for k in kappas) * 2)
for name, make in optimizers.items():
    cells = []
    for angle in (0.0, 45.0):
        c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
        R = np.array([[c, -s], [s, c]])
        for kappa in kappas:
            H = R @ np.diag([1 / kappa, 1.0]) @ R.T
            n = steps_to_reduce(make, H, R @ np.ones(2))
            cells.append(f"{n:8d}" if n is not None else f"{'>3000':>8}")
    print(f"{name:<24}" + "".join(cells))

# 动量系数的扫描：κ = 100、η = 1，μ 太小加速不够，太大则来回振荡、衰减得慢
H = np.diag([0.01, 1.0])
print("\n动量系数扫描（κ = 100，η = 1，沿坐标轴）")
for mu in (0.0, 0.5, 0.81, 0.9, 0.99):
    n = steps_to_reduce(lambda: SGD(1.0, momentum=mu), H, np.ones(2))
    print(f"  μ = {mu:4.2f}: 损失降到 1e-6 倍需要 {n if n is not None else '>3000'} 步")
