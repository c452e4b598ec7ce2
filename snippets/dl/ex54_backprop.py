# EX-54：反向传播给出的梯度对不对？用中心差分检查；前向与反向各要多少次乘加
import numpy as np

from mlvault.nn.activations import sigmoid, sigmoid_grad
from mlvault.nn.mlp import MLP

# 1) 单个神经元 z = w x + b, a = σ(z), L = (a − y)²：链式法则 ∂L/∂w = 2(a − y) σ'(z) x
w, b, x, y = 0.5, 0.1, 2.0, 1.0


def loss(w_):
    return (sigmoid(w_ * x + b) - y) ** 2


z = w * x + b
a = sigmoid(z)
dL_dw = 2 * (a - y) * sigmoid_grad(z) * x
print("1) 单个神经元 w=0.5, b=0.1, x=2, y=1")
print(f"   z = {z:.4f}, a = σ(z) = {a:.4f}, L = {loss(w):.4f}")
print(f"   链式法则 ∂L/∂a·∂a/∂z·∂z/∂w = {2 * (a - y):.4f} × {sigmoid_grad(z):.4f} × {x:.1f} = {dL_dw:.8f}")
print("   中心差分 (L(w+h) − L(w−h))/2h 的误差随 h 的变化：")
for h in [1e-1, 1e-2, 1e-3, 1e-5, 1e-8, 1e-11]:
    numeric = (loss(w + h) - loss(w - h)) / (2 * h)
    print(f"     h = {h:.0e}: 误差 {abs(numeric - dL_dw):.2e}")

# 2) 两层网络 3→4→2（tanh），L = ½‖ŷ − y‖²：反向传播的全部 26 个梯度与中心差分对照
rng = np.random.default_rng(0)
X, Y = rng.normal(size=(5, 3)), rng.normal(size=(5, 2))
net = MLP([3, 4, 2], activation="tanh", random_state=0).initialize()


def net_loss():
    return 0.5 * np.sum((net.forward(X) - Y) ** 2)


grads = net.backward(net.forward(X) - Y)  # ∂L/∂ŷ = ŷ − y
print("\n2) 两层网络 3→4→2（tanh），损失 ½‖ŷ − y‖²")
for name, param, grad in [("W1", net.weights_[0], grads[0][0]), ("b1", net.biases_[0], grads[0][1]),
                          ("W2", net.weights_[1], grads[1][0]), ("b2", net.biases_[1], grads[1][1])]:
    numeric = np.zeros_like(param)
    for idx in np.ndindex(param.shape):  # 逐个参数扰动：这正是「前向模式」式的做法，每个参数一次
        old = param[idx]
        param[idx] = old + 1e-6
        up = net_loss()
        param[idx] = old - 1e-6
        down = net_loss()
        param[idx] = old
        numeric[idx] = (up - down) / 2e-6
    rel = np.linalg.norm(grad - numeric) / np.linalg.norm(grad + numeric)
    print(f"   ∂L/∂{name} 形状 {str(grad.shape):<7} 相对误差 {rel:.1e}")

# 3) 代价：一个批次 n 个样本，层宽 d_0, d_1, ..., d_L
n, sizes = 64, [784, 512, 256, 10]
fwd = sum(n * d_in * d_out for d_in, d_out in zip(sizes, sizes[1:]))                 # Z = A Wᵀ
bwd_w = sum(n * d_in * d_out for d_in, d_out in zip(sizes, sizes[1:]))               # ∂L/∂W = Δᵀ A
bwd_a = sum(n * d_in * d_out for d_in, d_out in list(zip(sizes, sizes[1:]))[1:])     # Δ W（第一层不需要）
n_params = sum((d_in + 1) * d_out for d_in, d_out in zip(sizes, sizes[1:]))
print(f"\n3) 网络 {sizes}，批量 {n}")
print(f"   前向乘加次数 {fwd:.3e}；反向乘加次数 {bwd_w + bwd_a:.3e}（反向 / 前向 = {(bwd_w + bwd_a) / fwd:.2f}）")
print(f"   参数个数 {n_params}：逐个参数做差分或前向模式需要约 {n_params} 次前向，反向模式只需 1 次反向")
