# 维数的代价：梯度下降的步数只看条件数、不看维数；不用梯度的全局搜索（这里是随机搜索）在高维中迅速失效
import numpy as np

from mlvault.optim import gradient_descent

rng = np.random.default_rng(0)
print("f(x) = ½ Σ λᵢxᵢ²，λᵢ 在 [1, 10] 中均匀铺开（条件数 10），在 [−1, 1]^d 上最小化，最小值为 0")
print("    d   GD 步数   有限差分梯度下的函数求值次数   随机搜索 2000 次：最好 f   最好 f / 随机点的平均 f")
for d in (2, 5, 10, 20, 50, 100):
    lam = np.linspace(1, 10, d)
    f = lambda x: 0.5 * np.sum(lam * x**2, axis=-1)
    x0 = np.full(d, 0.9)
    path = gradient_descent(lambda x: lam * x, x0, lr=1 / lam.max(), n_iter=300)   # η = 1/L
    steps = int(np.argmax(f(path) < 1e-6 * f(x0)))                                  # 损失降到初值的 1e-6 倍
    evals = steps * (d + 1)                                                         # 每个前向差分梯度要 d + 1 次求值
    values = f(rng.uniform(-1, 1, (2000, d)))
    print(f"  {d:3d}   {steps:5d}    {evals:14d}                {values.min():10.4f}        {values.min() / values.mean():10.4f}")
