# EX-58: dropout, batch normalisation and early stopping, checked against torch
import numpy as np
import torch

from mlvault.nn.regularization import batch_norm, dropout

rng = np.random.default_rng(0)
torch.manual_seed(0)
x = np.ones(100_000)

# inverted dropout: drop with probability p, scale survivors by 1/(1 − p)
y = dropout(x, 0.5, rng)
drop = torch.nn.Dropout(0.5).train()
y_torch = drop(torch.tensor(x)).numpy()
print("Dropout(p=0.5) 训练模式")
print(f"  mlvault: 保留比例 {np.mean(y != 0):.4f}, 保留值 {np.unique(y[y != 0])}, 均值 {y.mean():.4f}")
print(f"  torch  : 保留比例 {np.mean(y_torch != 0):.4f}, 保留值 {np.unique(y_torch[y_torch != 0])}, "
      f"均值 {y_torch.mean():.4f}")
drop.eval()
print("  评估模式：torch 原样输出？", np.array_equal(drop(torch.tensor(x)).numpy(), x),
      " mlvault 原样输出？", np.array_equal(dropout(x, 0.5, rng, training=False), x))
assert abs(np.mean(y != 0) - 0.5) < 0.01 and np.all(y[y != 0] == 2.0)

# batch norm, training mode: biased batch variance, then γ x̂ + β
X = rng.normal(5.0, 3.0, size=(8, 4))
gamma, beta = np.array([1.0, 2.0, 0.5, 1.0]), np.array([0.0, -1.0, 0.0, 3.0])
ours = batch_norm(X, gamma, beta)
bn = torch.nn.BatchNorm1d(4, dtype=torch.float64).train()
with torch.no_grad():
    bn.weight.copy_(torch.tensor(gamma))
    bn.bias.copy_(torch.tensor(beta))
    ref = bn(torch.tensor(X)).numpy()
print("\nBatchNorm（训练模式）")
print("  每列均值:", np.array2string(np.round(ours.mean(axis=0), 4) + 0.0), "（= β）")
print("  每列标准差:", np.array2string(ours.std(axis=0), precision=4), "（≈ |γ|）")
print(f"  与 torch.nn.BatchNorm1d 的最大差: {np.abs(ours - ref).max():.1e}")
unbiased = gamma * (X - X.mean(0)) / np.sqrt(X.var(0, ddof=1) + 1e-5) + beta
print(f"  若误用无偏方差 (ddof=1)，最大差: {np.abs(unbiased - ref).max():.4f}")
assert np.allclose(ours, ref)

# early stopping: stop when the validation loss has not improved for `patience` epochs, keep the best epoch
epochs = np.arange(1, 61)
train_loss = 1.0 / np.sqrt(epochs)
val_loss = train_loss + 0.004 * epochs + 0.002 * rng.normal(size=60)  # the generalisation gap grows
patience, stopped = 5, epochs[-1]
for e in epochs[patience:]:
    if val_loss[: e - patience].min() <= val_loss[e - patience : e].min():  # no improvement in the last 5
        stopped = e
        break
best = epochs[np.argmin(val_loss[:stopped])]
print(f"\n早停（耐心 {patience}）：在 epoch {stopped} 停止，恢复验证损失最小的 epoch {best}"
      f"（整条曲线的最小点在 epoch {epochs[np.argmin(val_loss)]}）")
print(f"  epoch {best}: 训练损失 {train_loss[best - 1]:.4f}，验证损失 {val_loss[best - 1]:.4f}；"
      f"训练到 epoch 60: 训练损失 {train_loss[-1]:.4f}，验证损失 {val_loss[-1]:.4f}")
