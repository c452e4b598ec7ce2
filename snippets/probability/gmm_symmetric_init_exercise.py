# 两个分量从完全相同的参数出发：EM 永远分不开它们；初值差得越少，离开这个鞍点越慢
import numpy as np

from mlvault.density import GaussianMixture

rng = np.random.default_rng(0)
x = np.concatenate([rng.normal(-2.0, 0.7, 120), rng.normal(1.5, 1.0, 180)])[:, None]
m, s = x.mean(), x.std()

for name, d in (("两分量完全相同", 0.0), ("均值各挪 ∓0.05", 0.05), ("均值各挪 ∓0.5", 0.5)):
    gmm = GaussianMixture(2, max_iter=200, tol=0.0, weights_init=[0.5, 0.5], means_init=[[m - d], [m + d]],
                          precisions_init=[[[1 / s**2]], [[1 / s**2]]]).fit(x)
    print(f"{name}：200 轮后 μ = {np.round(gmm.means_.ravel(), 3) + 0.0}，σ = {np.round(np.sqrt(gmm.covariances_.ravel()), 3)}，"
          f"平均对数似然 = {gmm.lower_bound_:.4f}")
one = -0.5 * np.log(2 * np.pi * s**2) - 0.5  # 单个高斯 N(x̄, s²) 的平均对数似然
print(f"单个高斯拟合的平均对数似然 = {one:.4f}")
