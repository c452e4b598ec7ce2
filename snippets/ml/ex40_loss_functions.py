# EX-40 损失函数：MSE（原文输出 0.01 是错的，ER-39）、½SSE 变体（ER-05）、MAE、交叉熵、Hinge、KL，与 torch 对照
import numpy as np
import torch
import torch.nn as nn

from mlvault.information import cross_entropy, kl_divergence
from mlvault.metrics import hinge_loss, mean_absolute_error, mean_squared_error

# 回归：原文 002 的例子
y_true = np.array([1.0, 2.0, 3.0])
y_pred = np.array([1.1, 1.9, 3.2])
mse = mean_squared_error(y_true, y_pred)
torch_mse = nn.MSELoss()(torch.tensor(y_pred), torch.tensor(y_true)).item()
print(f"原文代码重新运行 np.mean((y_true - y_pred)**2) = {float(np.mean((y_true - y_pred) ** 2))!r}")
print(f"MSE = (0.01 + 0.01 + 0.04) / 3：mlvault {mse:.6f}，torch.nn.MSELoss {torch_mse:.6f}")
assert np.isclose(mse, torch_mse) and np.isclose(mse, 0.02)
half_sse = 0.5 * np.sum((y_true - y_pred) ** 2)
print(f"000 表中的 L = ½Σ(y-ŷ)² = {half_sse:.6f}（是“半个误差平方和”，不是均值）")
print(f"RMSE = √MSE = {np.sqrt(mse):.6f}；MAE = {mean_absolute_error(y_true, y_pred):.6f}"
      f"（torch.nn.L1Loss {nn.L1Loss()(torch.tensor(y_pred), torch.tensor(y_true)).item():.6f}）")

# ½SSE、½MSE、MSE 的最小值点相同：对常数预测 c 扫一遍，三条曲线都在 c = 均值 处最低
c = np.linspace(0, 4, 4001)
curves = {"MSE": ((y_true[:, None] - c) ** 2).mean(0), "½SSE": 0.5 * ((y_true[:, None] - c) ** 2).sum(0)}
print("最小值点：", {k: round(float(c[v.argmin()]), 3) for k, v in curves.items()}, "均值 =", y_true.mean())

# 多分类交叉熵：one-hot 标签，torch.nn.CrossEntropyLoss 接收 logits（内部先做 log-softmax）
logits = np.array([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
labels = np.array([0, 2])
probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
ce = cross_entropy(np.eye(3)[labels], probs).mean()
torch_ce = nn.CrossEntropyLoss()(torch.tensor(logits), torch.tensor(labels)).item()
print(f"交叉熵 -Σ y log ŷ：mlvault {ce:.6f}，torch.nn.CrossEntropyLoss {torch_ce:.6f}")
assert np.isclose(ce, torch_ce)

# Hinge：标签取 ±1，f 是决策值（不是概率）；间隔 y·f ≥ 1 的样本损失为 0
y_pm = np.array([1, -1, 1, -1])
f = np.array([2.3, -0.4, 0.2, 1.5])
print("逐样本 max(0, 1 - y·f) =", np.maximum(0, 1 - y_pm * f), f"，平均 {hinge_loss(y_pm, f):.4f}")
torch_hinge = torch.clamp(1 - torch.tensor(y_pm * f), min=0).mean().item()
assert np.isclose(hinge_loss(y_pm, f), torch_hinge)

# KL 散度 D_KL(P‖Q)：两个分布之间，不对称
P, Q = np.array([0.7, 0.3]), np.array([0.5, 0.5])
kl_torch = nn.KLDivLoss(reduction="sum")(torch.log(torch.tensor(Q)), torch.tensor(P)).item()
print(f"D_KL(P‖Q) = {kl_divergence(P, Q):.6f}（torch.nn.KLDivLoss {kl_torch:.6f}）")
print(f"D_KL(Q‖P) = {kl_divergence(Q, P):.6f}：与 D_KL(P‖Q) 不相等")
assert np.isclose(kl_divergence(P, Q), kl_torch)
