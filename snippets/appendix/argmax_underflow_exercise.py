# 练习：2000 次抛硬币 1400 次正面，在网格上用 np.argmax 找最大似然估计：连乘与对数和的结果
import numpy as np

rng = np.random.default_rng(0)
flips = rng.permutation(np.r_[np.ones(1400), np.zeros(600)])  # 1 = 正面
theta = np.linspace(0.01, 0.99, 99)

per_flip = np.where(flips[:, None] == 1, theta, 1 - theta)  # 第 i 次抛掷在每个 θ 下的概率，形状 (2000, 99)
likelihood = np.prod(per_flip, axis=0)
log_likelihood = np.sum(np.log(per_flip), axis=0)

print(f"连乘的似然：最大值 {likelihood.max():.1e}，非零的网格点有 {np.count_nonzero(likelihood)} 个")
print(f"np.argmax(连乘) → θ = {theta[np.argmax(likelihood)]:.2f}")
print(f"np.argmax(对数和) → θ = {theta[np.argmax(log_likelihood)]:.2f}，对数似然最大值 {log_likelihood.max():.1f}")
print(f"闭式解 k/N = {flips.sum() / flips.size:.2f}")
