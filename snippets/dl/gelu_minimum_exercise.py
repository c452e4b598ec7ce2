# 练习：GELU 的最小值在哪里？解 GELU'(x) = Φ(x) + xφ(x) = 0，并与 ReLU、ELU 在负半轴的行为对比
import numpy as np
from scipy.optimize import brentq

from mlvault.nn import activations as A

x_star = brentq(A.gelu_grad, -2.0, -0.1)  # GELU'(-2) < 0 < GELU'(-0.1)
print(f"GELU′(x) = 0 的根 x* = {x_star:.4f}")
print(f"最小值 GELU(x*)   = {A.gelu(x_star):.4f}")
print(f"GELU′ 在 x* 两侧的符号: {np.sign(A.gelu_grad(x_star - 0.1)):+.0f}, {np.sign(A.gelu_grad(x_star + 0.1)):+.0f}")
for x in [-3.0, -1.0, x_star, 0.5]:
    print(f"x = {x:+.4f}:  ReLU = {A.relu(x):+.4f}  ELU = {A.elu(x):+.4f}  GELU = {A.gelu(x):+.4f}")
