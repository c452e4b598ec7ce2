# EX-41 分类与回归评估指标：从混淆矩阵手算，再与 mlvault.metrics 对照；AUC = Mann–Whitney U/(n₊n₋)
import numpy as np
from scipy.stats import mannwhitneyu

from mlvault import metrics

# 一个疾病筛查的小例子：1 = 患病（正类），0 = 健康；score 是模型给出的患病概率
y_true = np.array([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
score = np.array([0.95, 0.85, 0.7, 0.45, 0.3, 0.8, 0.6, 0.4, 0.35, 0.3, 0.2, 0.15, 0.1, 0.05, 0.02])
y_pred = (score >= 0.5).astype(int)  # 阈值 0.5

(tn, fp), (fn, tp) = metrics.confusion_matrix(y_true, y_pred)
print(f"混淆矩阵 [[TN, FP], [FN, TP]] = [[{tn}, {fp}], [{fn}, {tp}]]")
by_hand = {
    "准确率 (TP+TN)/总数": (tp + tn) / (tp + tn + fp + fn),
    "精确率 TP/(TP+FP)": tp / (tp + fp),
    "召回率 TP/(TP+FN)": tp / (tp + fn),
    "特异性 TN/(TN+FP)": tn / (tn + fp),
}
by_hand["F1 = 2PR/(P+R)"] = 2 * by_hand["精确率 TP/(TP+FP)"] * by_hand["召回率 TP/(TP+FN)"] / (
    by_hand["精确率 TP/(TP+FP)"] + by_hand["召回率 TP/(TP+FN)"])
library = [metrics.accuracy_score(y_true, y_pred), metrics.precision_score(y_true, y_pred),
           metrics.recall_score(y_true, y_pred), metrics.specificity_score(y_true, y_pred),
           metrics.f1_score(y_true, y_pred)]
for (name, value), lib in zip(by_hand.items(), library):
    print(f"{name:<20} 手算 {value:.4f}   mlvault {lib:.4f}")
    assert np.isclose(value, lib)
print(f"特异性 = 负类的召回率 recall_score(pos_label=0) = {metrics.recall_score(y_true, y_pred, pos_label=0):.4f}")
print(f"“全部判为健康”的准确率也有 {metrics.accuracy_score(y_true, np.zeros_like(y_true)):.4f}，但召回率为 0")

# AUC：随机抽一个正样本和一个负样本，正样本得分更高的概率（并列算 1/2）
pos, neg = score[y_true == 1], score[y_true == 0]
pairs = (pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean()
u = mannwhitneyu(pos, neg).statistic
auc = metrics.roc_auc_score(y_true, score)
print(f"AUC：逐对比较 {pairs:.4f}，Mann–Whitney U/(n₊n₋) = {u / (len(pos) * len(neg)):.4f}，mlvault {auc:.4f}")
assert np.isclose(pairs, auc) and np.isclose(u / (len(pos) * len(neg)), auc)
fpr, tpr, _ = metrics.roc_curve(y_true, score)
print(f"ROC 曲线下的梯形面积 = {np.trapezoid(tpr, fpr):.4f}")

# 回归指标
y = np.array([3.0, -0.5, 2.0, 7.0, 4.2])
y_hat = np.array([2.5, 0.0, 2.1, 7.8, 3.6])
mse = np.mean((y - y_hat) ** 2)
r2 = 1 - np.sum((y - y_hat) ** 2) / np.sum((y - y.mean()) ** 2)
print(f"MSE {mse:.4f}  RMSE {np.sqrt(mse):.4f}  MAE {np.mean(np.abs(y - y_hat)):.4f}  R² {r2:.4f}")
assert np.isclose(mse, metrics.mean_squared_error(y, y_hat))
assert np.isclose(np.mean(np.abs(y - y_hat)), metrics.mean_absolute_error(y, y_hat))
assert np.isclose(r2, metrics.r2_score(y, y_hat))
print(f"总是预测均值时 R² = {metrics.r2_score(y, np.full_like(y, y.mean())):.4f}")
