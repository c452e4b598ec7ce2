# 练习：在 10000 对随机 2×2 矩阵上检验四个「恒等式」，统计每个成立的比例
import numpy as np

rng = np.random.default_rng(0)
A = rng.standard_normal((10000, 2, 2))
B = rng.standard_normal((10000, 2, 2))
AB, BA = A @ B, B @ A
T = lambda M: np.swapaxes(M, -1, -2)
tr = lambda M: np.trace(M, axis1=-2, axis2=-1)

claims = {
    "A. AB = BA": np.all(np.isclose(AB, BA), axis=(1, 2)),
    "B. tr(AB) = tr(BA)": np.isclose(tr(AB), tr(BA)),
    "C. (AB)^T = A^T B^T": np.all(np.isclose(T(AB), T(A) @ T(B)), axis=(1, 2)),
    "D. (A+B)^2 = A^2 + 2AB + B^2": np.all(np.isclose((A + B) @ (A + B), A @ A + 2 * AB + B @ B), axis=(1, 2)),
}
for name, holds in claims.items():
    print(f"{name:32s} 成立的比例 {holds.mean():.4f}")
