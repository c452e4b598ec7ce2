# EX-22 交叉熵：原文例子的正确输出，以及与 torch 的对照
import numpy as np
import torch
import torch.nn.functional as F

from mlvault.information import binary_cross_entropy, cross_entropy

# 原文 002 的例子（原文标注的输出 0.164252033486018 是错的，ER-33）
y_true = np.array([1, 0, 1])
y_pred = np.array([0.9, 0.1, 0.8])
seed_formula = float(-np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred)))
ours = binary_cross_entropy(y_true, y_pred)
by_hand = float(-(np.log(0.9) + np.log(0.9) + np.log(0.8)) / 3)
reference = F.binary_cross_entropy(torch.tensor(y_pred), torch.tensor(y_true, dtype=torch.float64)).item()
print(f"原文公式重新运行: {seed_formula!r}")
print(f"mlvault:           {ours!r}")
print(f"-(ln0.9+ln0.9+ln0.8)/3 = {by_hand!r}")
print(f"torch BCE:         {reference!r}")
assert np.isclose(ours, reference) and np.isclose(ours, by_hand)

# 多分类：one-hot 标签下交叉熵 = -log(正确类别的概率)；torch 的 cross_entropy 接收 logits
logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
labels = np.array([0, 1])
probs = np.exp(logits - logits.max(axis=1, keepdims=True))
probs /= probs.sum(axis=1, keepdims=True)
one_hot = np.eye(3)[labels]
ours_multi = cross_entropy(one_hot, probs).mean()
torch_multi = F.cross_entropy(torch.tensor(logits), torch.tensor(labels)).item()
print(f"多分类交叉熵: mlvault {ours_multi:.10f}，torch {torch_multi:.10f}")
assert np.isclose(ours_multi, torch_multi)

# 预测概率恰为 0 或 1 时，原文公式给出 inf/nan；裁剪到 [ε, 1-ε] 后损失有限
with np.errstate(divide="ignore", invalid="ignore"):
    raw = -np.mean(y_true * np.log([1.0, 0.0, 0.0]) + (1 - y_true) * np.log(1 - np.array([1.0, 0.0, 0.0])))
print(f"完全自信且答错一个样本：原文公式 {raw}，裁剪后 {binary_cross_entropy(y_true, [1.0, 0.0, 0.0]):.4f}")
