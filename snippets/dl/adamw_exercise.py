# 练习：同样的 λ，Adam + L2 与 AdamW 对「梯度大」和「梯度小」的两个权重衰减得一样快吗？SGD 呢？
import numpy as np

rng = np.random.default_rng(0)
steps, lr, lam, runs = 2000, 1e-3, 0.5, 200
scales = np.array([10.0, 0.1])  # 损失梯度是零均值的噪声：第 1 个权重的梯度大，第 2 个小
noise = rng.normal(size=(steps, runs, 2)) * scales  # 200 次独立运行，报告平均值


def run(method):
    w, m, v = np.ones((runs, 2)), np.zeros((runs, 2)), np.zeros((runs, 2))
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        g = noise[t - 1]
        if method in ("SGD + L2", "Adam + L2"):
            g = g + lam * w                      # L2：把 λw 加进梯度
        if method.startswith("SGD"):
            decay = lam * w if method == "SGD + 权重衰减" else 0.0
            w = w - lr * (g + decay)             # 权重衰减：w ← (1 − ηλ)w − η∇L
            continue
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        step = (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
        decay = lam * w if method == "AdamW" else 0.0  # 解耦的衰减：每个坐标同一个比例
        w = w - lr * (step + decay)                     # AdamW：w ← w − η(m̂/(√v̂ + ε) + λw)
    return w.mean(axis=0)


print(f"纯衰减的参照 (1 − ηλ)^{steps} = {(1 - lr * lam) ** steps:.4f}")
for method in ["SGD + L2", "SGD + 权重衰减", "Adam + L2", "AdamW"]:
    w = run(method)
    print(f"{method:<14} 训练后 w 的平均 = [{w[0]:.4f}, {w[1]:.4f}]（梯度尺度 {scales[0]:g} 与 {scales[1]:g}）")
