# 经 A^T A 求奇异值会把条件数平方：小奇异值的相对误差从 ε/σ 量级恶化到 ε/σ² 量级
import numpy as np

rng = np.random.default_rng(0)
Q1, _ = np.linalg.qr(rng.standard_normal((50, 2)))
Q2, _ = np.linalg.qr(rng.standard_normal((2, 2)))
print(f"{'σ_min（真值）':>14} {'svd 的相对误差':>14} {'sqrt(eig(A^T A)) 的相对误差':>28}")
for s_min in [1e-2, 1e-4, 1e-6, 1e-8, 1e-10]:
    A = Q1 @ np.diag([1.0, s_min]) @ Q2.T  # 奇异值恰为 1 与 s_min
    via_svd = np.linalg.svd(A, compute_uv=False)[-1]
    lam_min = np.linalg.eigvalsh(A.T @ A)[0]
    via_gram = np.sqrt(max(lam_min, 0.0))  # 舍入可能让 λ_min 变成负数
    print(f"{s_min:>14.0e} {abs(via_svd - s_min) / s_min:>14.1e} {abs(via_gram - s_min) / s_min:>28.1e}")
