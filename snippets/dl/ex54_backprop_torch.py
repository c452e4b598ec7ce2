# 与参考实现对照：numpy 反向传播 = torch 自动求导；原文 002 的 PyTorch 示例（一步 SGD）= 链式法则公式
import numpy as np
import torch

from mlvault.nn.mlp import MLP

# 两层网络 3→4→2（tanh），损失 ½‖ŷ − y‖²：四个梯度与 autograd（float64）对照
rng = np.random.default_rng(0)
X, Y = rng.normal(size=(5, 3)), rng.normal(size=(5, 2))
net = MLP([3, 4, 2], activation="tanh", random_state=0).initialize()
grads = net.backward(net.forward(X) - Y)
params = [torch.tensor(p, requires_grad=True) for W, b in zip(net.weights_, net.biases_) for p in (W, b)]
W1, b1, W2, b2 = params
loss = 0.5 * ((torch.tanh(torch.tensor(X) @ W1.T + b1) @ W2.T + b2 - torch.tensor(Y)) ** 2).sum()
loss.backward()
for name, ours, ref in zip(["∂L/∂W1", "∂L/∂b1", "∂L/∂W2", "∂L/∂b2"], [g for pair in grads for g in pair], params):
    print(f"{name:<7} 与 torch autograd 的最大差 {np.abs(ours - ref.grad.numpy()).max():.1e}")

# 原文 002 的示例：Linear(2, 1) + Sigmoid，MSE，一步 SGD
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
manual = (2 / len(a)) * ((a - yy) * a * (1 - a)) @ Xn  # 两个样本上 2(a−y)σ'(z)x 的平均
print(f"\n原文示例（torch.manual_seed(0)）: Loss = {loss.item():.4f}")
print("autograd ∂L/∂w :", np.array2string(grad_w.ravel(), precision=6))
print("链式法则 ∂L/∂w :", np.array2string(manual, precision=6))
print("一步 SGD 后 w  :", np.array2string(model[0].weight.detach().numpy().ravel(), precision=6),
      "= w − 0.01·∇w:", np.array2string((w_before - 0.01 * grad_w).ravel(), precision=6))
