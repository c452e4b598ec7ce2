# EX-52：激活函数的导数决定梯度能否穿过很多层——饱和、ReLU 导数的勘误，以及 20 层网络中的梯度衰减
import numpy as np

from mlvault.nn import activations as A
from mlvault.nn.mlp import MLP

# 1) 导数在 |x| 变大时怎样变化：Sigmoid、Tanh 饱和（导数 → 0），ReLU 类在正半轴保持 1
names = {
    "Sigmoid": A.sigmoid_grad,
    "Tanh": A.tanh_grad,
    "ReLU": A.relu_grad,
    "Leaky ReLU(α=0.1)": lambda v: A.leaky_relu_grad(v, 0.1),
    "ELU(α=1)": A.elu_grad,
    "GELU": A.gelu_grad,
}
xs = np.array([-5.0, -2.0, 0.0, 2.0, 5.0])
print("导数 f′(x)".ljust(20) + "".join(f"x={x:+.0f}".rjust(10) for x in xs))
for name, df in names.items():
    print(f"{name:<20}" + "".join(f"{v:10.4f}" for v in df(xs)))

# 2) 勘误 ER-03：原文 ReLU'(z) = max(0, 1) 恒为 1；用中心差分直接量斜率
z = np.array([-2.0, -0.5, 0.5, 3.0])
h = 1e-6
numeric = (A.relu(z + h) - A.relu(z - h)) / (2 * h)
print("\nz                       :", z)
print("原文 max(0, 1)          :", np.full_like(z, max(0, 1)))
print("1[z>0]                  :", A.relu_grad(z))
print("中心差分 (f(z+h)−f(z−h))/2h:", np.round(numeric, 6))

# 3) 一个 20 层、每层 64 个神经元的网络：最后一层与第一层权重梯度的范数之比
rng = np.random.default_rng(0)
X = rng.normal(size=(256, 64))
print("\n20 层网络（合适的初始化），权重梯度范数")
print(f"{'激活函数':<12}{'‖∂L/∂W(20)‖':>14}{'‖∂L/∂W(1)‖':>14}{'第 1 层 / 第 20 层':>18}")
for act in ["sigmoid", "tanh", "relu", "elu"]:
    net = MLP([64] * 21 + [1], activation=act, random_state=0).initialize()
    out = net.forward(X)
    grads = net.backward(np.ones_like(out) / len(X))  # L = 输出的平均
    first, last = np.linalg.norm(grads[0][0]), np.linalg.norm(grads[-2][0])
    print(f"{act:<12}{last:14.3e}{first:14.3e}{first / last:18.3e}")
