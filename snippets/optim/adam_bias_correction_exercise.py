# Adam 的偏差修正：梯度恒为 g = 1 时，有修正与无修正的每步移动距离（β₁ = 0.9，β₂ = 0.999，α = 0.1）
import numpy as np

from mlvault.optim import Adam

alpha, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
g = np.array([1.0])

adam = Adam(alpha, betas=(beta1, beta2), eps=eps)
theta = np.zeros(1)
m = v = 0.0
print("  t   有修正的步长   无修正的步长 α·m/(√v+ε)   m_t      v_t")
for t in range(1, 11):
    new = adam.step(theta, g)
    corrected = abs(new[0] - theta[0])
    theta = new
    m = beta1 * m + (1 - beta1) * g[0]
    v = beta2 * v + (1 - beta2) * g[0] ** 2
    uncorrected = alpha * m / (np.sqrt(v) + eps)
    print(f"{t:3d}   {corrected:12.4f}   {uncorrected:22.4f}   {m:.4f}   {v:.5f}")
