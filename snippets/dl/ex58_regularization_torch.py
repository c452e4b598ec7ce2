# 与参考实现对照：Dropout 与 torch.nn.Dropout 语义相同；训练模式的批归一化 = torch.nn.BatchNorm1d
import numpy as np
import torch

from mlvault.nn.regularization import batch_norm, dropout

rng = np.random.default_rng(0)
torch.manual_seed(0)
x = np.ones(100_000)
y = dropout(x, 0.5, rng)
drop = torch.nn.Dropout(0.5).train()
y_torch = drop(torch.tensor(x)).numpy()
print(f"Dropout(p=0.5) 训练模式：从零实现 保留比例 {np.mean(y != 0):.4f}，保留值 {np.unique(y[y != 0])}；"
      f"torch 保留比例 {np.mean(y_torch != 0):.4f}，保留值 {np.unique(y_torch[y_torch != 0])}")
print("评估模式 torch 原样输出？", np.array_equal(drop.eval()(torch.tensor(x)).numpy(), x))

X = rng.normal(5.0, 3.0, size=(8, 4))
gamma, beta = np.array([1.0, 2.0, 0.5, 1.0]), np.array([0.0, -1.0, 0.0, 3.0])
bn = torch.nn.BatchNorm1d(4, dtype=torch.float64).train()
with torch.no_grad():
    bn.weight.copy_(torch.tensor(gamma))
    bn.bias.copy_(torch.tensor(beta))
    ref = bn(torch.tensor(X)).numpy()
print(f"\nBatchNorm（训练模式，有偏方差）与 torch.nn.BatchNorm1d 的最大差: {np.abs(batch_norm(X, gamma, beta) - ref).max():.1e}")
unbiased = gamma * (X - X.mean(0)) / np.sqrt(X.var(0, ddof=1) + 1e-5) + beta
print(f"若误用无偏方差 (ddof=1)，最大差: {np.abs(unbiased - ref).max():.4f}")
