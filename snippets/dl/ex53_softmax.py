# EX-53: softmax, its Jacobian, and why the maximum is subtracted
import numpy as np
import torch
from scipy.special import softmax as scipy_softmax

from mlvault.nn.activations import log_softmax, softmax, softmax_jacobian

z = np.array([1.0, 2.0, 3.0])
s = softmax(z)
print("softmax([1, 2, 3]) =", np.array2string(s, precision=8), " 和 =", f"{s.sum():.4f}")
print("scipy.special      =", np.array2string(scipy_softmax(z), precision=8))
assert np.allclose(s, scipy_softmax(z))

# Jacobian ∂s_i/∂z_j = s_i(δ_ij − s_j) = diag(s) − s sᵀ
J = softmax_jacobian(z)
J_torch = torch.autograd.functional.jacobian(lambda t: torch.softmax(t, 0), torch.tensor(z)).numpy()
print("\n雅可比矩阵 J = diag(s) − s sᵀ:\n", np.array2string(J, precision=4))
print(f"与 torch.autograd.functional.jacobian 的最大差: {np.abs(J - J_torch).max():.1e}")
print("每行之和:", np.array2string(J.sum(axis=1), precision=4, suppress_small=True))
assert np.allclose(J, J_torch)

# shift invariance, and the naive formula overflowing
big = np.array([1000.0, 1001.0])
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(big) / np.exp(big).sum()
print("\n朴素公式 exp(z)/Σexp(z) 对 [1000, 1001]:", naive)
print("减去 max z 之后                      :", np.array2string(softmax(big), precision=4))
print("softmax([0, 1])                      :", np.array2string(softmax(big - 1000), precision=4))
assert np.all(np.isnan(naive)) and np.allclose(softmax(big), softmax(big - 1000))

# gradient of cross-entropy with respect to the logits is s − y
y = np.array([0.0, 0.0, 1.0])
t = torch.tensor(z, requires_grad=True)
loss = torch.nn.functional.cross_entropy(t[None], torch.tensor([2]))
(g,) = torch.autograd.grad(loss, t)
print(f"\n交叉熵 −log s_3 = {-log_softmax(z)[2]:.4f}（torch: {loss.item():.4f}）")
print("∇_z CE = s − y =", np.array2string(s - y, precision=4),
      " torch:", np.array2string(g.numpy(), precision=4))
assert np.allclose(s - y, g.numpy())
