# EX-24 交叉熵 = 熵 + KL 散度：随机分布验证，以及 one-hot 标签时交叉熵 = KL
import numpy as np
from scipy import stats

from mlvault.information import cross_entropy, entropy, kl_divergence

rng = np.random.default_rng(0)
print("   H(P,Q)      H(P)    D_KL(P‖Q)   H(P)+D_KL")
for _ in range(4):
    P, Q = rng.dirichlet(np.ones(5)), rng.dirichlet(np.ones(5))
    ce, h, kl = cross_entropy(P, Q), entropy(P), kl_divergence(P, Q)
    assert np.isclose(ce, h + kl) and np.isclose(h, stats.entropy(P)) and np.isclose(kl, stats.entropy(P, Q))
    print(f"{ce:9.6f} {h:9.6f} {kl:11.6f} {h + kl:11.6f}   (nats)")

# 分类任务：真实标签 one-hot，H(P) = 0，所以交叉熵损失就是 KL 散度
P = np.array([0.0, 1.0, 0.0])
Q = np.array([0.2, 0.7, 0.1])
ce, kl = cross_entropy(P, Q), kl_divergence(P, Q)
assert np.isclose(ce, kl) and np.isclose(ce, -np.log(0.7)) and np.isclose(kl, stats.entropy(P, Q))
print(f"one-hot P = {P}, Q = {Q}: H(P) = {entropy(P):.1f}, H(P,Q) = {ce:.6f} = D_KL = {kl:.6f} = -ln 0.7")

# P 固定时，H(P) 是常数：在一族候选 Q 中，交叉熵最小的就是 KL 最小的
P = np.array([0.6, 0.3, 0.1])
candidates = rng.dirichlet(np.ones(3), size=2000)
ce_all, kl_all = cross_entropy(P, candidates), kl_divergence(P, candidates)
assert np.allclose(ce_all - kl_all, entropy(P))
best = np.argmin(ce_all)
assert best == np.argmin(kl_all)
print(f"2000 个候选 Q 中，交叉熵最小者 = KL 最小者：Q = {np.round(candidates[best], 3)}（真实 P = {P}）")
print(f"差值 H(P,Q) - D_KL(P‖Q) 对所有候选都等于 H(P) = {entropy(P):.6f} nats")
