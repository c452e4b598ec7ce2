# 练习：L(x) = ½||tanh(Wx) - t||² 对 x 的梯度，由雅可比矩阵的链式法则得到，再用梯度检验核对几个候选答案
import numpy as np

from mlvault.calculus import gradient_check

rng = np.random.default_rng(1)
W = rng.normal(size=(4, 3))  # h = tanh(Wx): R³ → R⁴，雅可比矩阵是 4×3
t = rng.normal(size=4)
x = rng.normal(size=3)


def loss(x):
    return 0.5 * np.sum((np.tanh(W @ x) - t) ** 2)


def grad_chain(x):
    h = np.tanh(W @ x)
    # ∇_x L = Wᵀ diag(1 - h²) ∇_h L：h 对 x 的雅可比矩阵是 diag(1 - h²) W
    return W.T @ ((1 - h**2) * (h - t))


def grad_no_tanh_derivative(x):
    h = np.tanh(W @ x)
    return W.T @ (h - t)  # 漏了 tanh 的导数 1 - h²


for name, g in [("链式法则 Wᵀ[(1-h²)⊙(h-t)]", grad_chain), ("漏了 tanh 的导数 Wᵀ(h-t)", grad_no_tanh_derivative)]:
    print(f"{name}：最大相对误差 {gradient_check(loss, g, x):.1e}")
h = np.tanh(W @ x)
J_hx = (1 - h**2)[:, None] * W  # h 对 x 的雅可比矩阵 = diag(1 - h²)（4×4）乘 W（4×3）
print(f"梯度的形状 {grad_chain(x).shape} 与 x 的形状 {x.shape} 相同；h 对 x 的雅可比矩阵 diag(1-h²) W 的形状 {J_hx.shape}")
