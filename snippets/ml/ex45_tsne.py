# EX-45 t-SNE：二分搜索 σ_i 使困惑度 = 30；P 与 Q 各自求和为 1；解析梯度 vs 数值梯度；完整运行一次
import numpy as np
from scipy.optimize import approx_fprime
from scipy.spatial.distance import pdist, squareform

from mlvault.datasets import load_iris
from mlvault.decomposition import TSNE, conditional_probabilities, joint_probabilities, tsne_kl_gradient

X = load_iris().data
n = X.shape[0]

# 1) 对每个点二分搜索 β_i = 1/(2σ_i²)，让 p_{·|i} 的困惑度 2^{H(P_i)}（H 以比特计）等于 30
D = squareform(pdist(X, "sqeuclidean"))
P_cond, beta = conditional_probabilities(D, perplexity=30.0)
logs = np.log2(np.where(P_cond > 0, P_cond, 1.0))
H_bits = -(P_cond * logs).sum(axis=1)
sigma = np.sqrt(1 / (2 * beta))
print("前 5 个点的 σ_i:", np.array2string(sigma[:5], precision=4))
print(f"困惑度 2^H：最小 {2 ** H_bits.min():.4f}，最大 {2 ** H_bits.max():.4f}（目标 30）")
print(f"σ_i 因点而异：{sigma.min():.4f} … {sigma.max():.4f}（稠密处小，稀疏处大）")
assert np.allclose(2**H_bits, 30.0, rtol=1e-4)

# 2) 对称化 p_ij = (p_{j|i} + p_{i|j}) / 2n；P 与 Q 都是 n(n-1) 个有序对上的分布
P = joint_probabilities(X, perplexity=30.0)
Y = np.random.default_rng(1).standard_normal((n, 2))
kl, grad, Q = tsne_kl_gradient(Y, P)
print(f"ΣP = {P.sum():.6f}，ΣQ = {Q.sum():.6f}，随机 Y 上 KL(P‖Q) = {kl:.4f} nats")
assert np.isclose(P.sum(), 1) and np.isclose(Q.sum(), 1)

# 3) 梯度 4 Σ_j (p_ij − q_ij)(y_i − y_j)(1 + ‖y_i − y_j‖²)⁻¹ 与有限差分（scipy.optimize.approx_fprime）
idx = np.arange(0, n, 10)  # 取 15 个点的子问题，数值梯度要算 30 次 KL
P_small = joint_probabilities(X[idx], perplexity=5.0)
Y_small = Y[idx]
analytic = tsne_kl_gradient(Y_small, P_small)[1].ravel()
numeric = approx_fprime(Y_small.ravel(), lambda y: tsne_kl_gradient(y.reshape(-1, 2), P_small)[0], 1e-7)
print(f"解析梯度 vs 数值梯度：最大绝对差 {np.abs(analytic - numeric).max():.2e}（梯度最大分量 {np.abs(analytic).max():.4f}）")
assert np.allclose(analytic, numeric, rtol=1e-4, atol=1e-6)

# 4) 默认参数（perplexity=30, max_iter=1000）完整跑一次
tsne = TSNE(random_state=0).fit(X)
print(f"TSNE(perplexity={tsne.perplexity}, max_iter={tsne.max_iter}): 学习率 {tsne.learning_rate_:.1f}，"
      f"最终 KL(P‖Q) = {tsne.kl_divergence_:.4f} nats ≥ 0")
assert tsne.kl_divergence_ >= 0
