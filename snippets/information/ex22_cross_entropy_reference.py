# 与参考实现对照：二元交叉熵 = 伯努利负对数似然（scipy.stats.bernoulli），多分类交叉熵 = -log_softmax（scipy.special）
import numpy as np
from scipy import special, stats

from mlvault.information import binary_cross_entropy, binary_cross_entropy_with_logits, cross_entropy

y_true = np.array([1, 0, 1])
y_pred = np.array([0.9, 0.1, 0.8])
print(f"从零实现的二元交叉熵     = {binary_cross_entropy(y_true, y_pred):.15f}")
print(f"-mean(bernoulli.logpmf)  = {-stats.bernoulli.logpmf(y_true, y_pred).mean():.15f}")
print(f"从 logits（z = logit ŷ） = {binary_cross_entropy_with_logits(y_true, special.logit(y_pred)):.15f}")

logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
labels = np.array([0, 1])
probs = special.softmax(logits, axis=1)
ours = cross_entropy(np.eye(3)[labels], probs).mean()
reference = -special.log_softmax(logits, axis=1)[np.arange(2), labels].mean()
print(f"多分类：由概率计算 = {ours:.15f}，由 log_softmax(logits) = {reference:.15f}")
