# EX-54: backpropagation by hand (numpy) vs torch autograd
import numpy as np
import torch

from mlvault.nn.activations import sigmoid, sigmoid_grad
from mlvault.nn.mlp import MLP

# 1) one neuron: z = w x + b, a = σ(z), L = (a − y)²  ⇒  ∂L/∂w = 2(a − y) σ'(z) x
w, b, x, y = 0.5, 0.1, 2.0, 1.0
z = w * x + b
a = sigmoid(z)
dL_dw = 2 * (a - y) * sigmoid_grad(z) * x
tw = torch.tensor(w, dtype=torch.float64, requires_grad=True)
L = (torch.sigmoid(tw * x + b) - y) ** 2
L.backward()
print("1) 单个神经元 w=0.5, b=0.1, x=2, y=1")
print(f"   z = {z:.4f}, a = σ(z) = {a:.4f}, L = {(a - y) ** 2:.4f}")
print(f"   链式法则 ∂L/∂a·∂a/∂z·∂z/∂w = {2 * (a - y):.4f} × {sigmoid_grad(z):.4f} × {x:.4f} = {dL_dw:.6f}")
print(f"   torch autograd                = {tw.grad.item():.6f}")
assert np.isclose(dL_dw, tw.grad.item())

# 2) a 2-layer network (3 → 4 → 2, tanh), loss = ½ Σ (out − y)²: all four gradients
rng = np.random.default_rng(0)
X, Y = rng.normal(size=(5, 3)), rng.normal(size=(5, 2))
net = MLP([3, 4, 2], activation="tanh", random_state=0).initialize()
out = net.forward(X)
grads = net.backward(out - Y)  # dL/dout of ½‖out − Y‖²
params = [torch.tensor(p, requires_grad=True) for W, b in zip(net.weights_, net.biases_) for p in (W, b)]
W1, b1, W2, b2 = params
loss = 0.5 * ((torch.tanh(torch.tensor(X) @ W1.T + b1) @ W2.T + b2 - torch.tensor(Y)) ** 2).sum()
loss.backward()
print(f"\n2) 两层网络 3→4→2（tanh），损失 ½‖ŷ − y‖² = {loss.item():.4f}")
ours_flat = [g for pair in grads for g in pair]
for name, ours, ref in zip(["∂L/∂W1", "∂L/∂b1", "∂L/∂W2", "∂L/∂b2"], ours_flat, params):
    err = np.abs(ours - ref.grad.numpy()).max()
    print(f"   {name:<7} 形状 {str(ours.shape):<7} 与 autograd 的最大差 {err:.1e}")
    assert err < 1e-12

# 3) the seed's torch demo: Linear(2, 1) + Sigmoid, MSE, one SGD step — its gradient by the chain rule
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 1), torch.nn.Sigmoid())
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
Xt = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
yt = torch.tensor([[0.0], [1.0]])
optimizer.zero_grad()
out = model(Xt)
loss = torch.nn.functional.mse_loss(out, yt)
loss.backward()
w_before = model[0].weight.detach().numpy().copy()
grad_w = model[0].weight.grad.numpy().copy()
optimizer.step()
a, yy, Xn = out.detach().numpy().ravel(), yt.numpy().ravel(), Xt.numpy()
manual = (2 / len(a)) * ((a - yy) * a * (1 - a)) @ Xn  # mean over 2 samples of 2(a−y)σ'(z)x
print(f"\n3) 原文示例（torch.manual_seed(0)）: Loss = {loss.item():.4f}")
print("   autograd ∂L/∂w :", np.array2string(grad_w.ravel(), precision=6))
print("   链式法则 ∂L/∂w :", np.array2string(manual, precision=6))
print("   一步 SGD 后 w  :", np.array2string(model[0].weight.detach().numpy().ravel(), precision=6),
      "= w − 0.01·∇w:", np.array2string((w_before - 0.01 * grad_w).ravel(), precision=6))
assert np.allclose(manual, grad_w.ravel(), atol=1e-6)
