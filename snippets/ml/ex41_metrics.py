# EX-41 评估指标：从混淆矩阵手算；阈值扫描下精确率与召回率此消彼长；AUC = 逐对比较 = 秩公式，且对单调变换不变
import numpy as np
from scipy.stats import rankdata

from mlvault import metrics

# 一个疾病筛查的小例子：1 = 患病（正类），0 = 健康；score 是模型给出的患病概率
y_true = np.array([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
score = np.array([0.95, 0.85, 0.7, 0.45, 0.3, 0.8, 0.6, 0.4, 0.35, 0.3, 0.2, 0.15, 0.1, 0.05, 0.02])


def counts(threshold):
    pred = score >= threshold
    return (np.sum(pred & (y_true == 1)), np.sum(pred & (y_true == 0)),
            np.sum(~pred & (y_true == 1)), np.sum(~pred & (y_true == 0)))  # TP, FP, FN, TN


tp, fp, fn, tn = counts(0.5)
print(f"阈值 0.5 的混淆矩阵 [[TN, FP], [FN, TP]] = [[{tn}, {fp}], [{fn}, {tp}]]")
p, r = tp / (tp + fp), tp / (tp + fn)
print(f"准确率 {(tp + tn) / len(y_true):.4f}  精确率 {p:.4f}  召回率 {r:.4f}  特异性 {tn / (tn + fp):.4f}  "
      f"F1 {2 * p * r / (p + r):.4f}")
print(f"「全部判为健康」：准确率 {np.mean(y_true == 0):.4f}，召回率 0（一个病人也没找出来）")

print(f"\n{'阈值':>6}{'TP':>4}{'FP':>4}{'FN':>4}{'精确率':>9}{'召回率':>9}{'假正率':>9}{'F1':>8}")
for threshold in (0.9, 0.75, 0.5, 0.32, 0.1):
    tp, fp, fn, tn = counts(threshold)
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"{threshold:>6.2f}{tp:>4}{fp:>4}{fn:>4}{p:>11.3f}{r:>11.3f}{fp / (fp + tn):>11.3f}{2 * p * r / (p + r):>9.3f}")

# AUC：随机抽一个正样本和一个负样本，正样本得分更高的概率（并列算 1/2）
pos, neg = score[y_true == 1], score[y_true == 0]
pairs = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
ranks = rankdata(score)  # 并列取平均秩
u = ranks[y_true == 1].sum() - len(pos) * (len(pos) + 1) / 2
print(f"\n逐对比较：正样本胜出 {pairs:g} 对，共 {len(pos) * len(neg)} 对，AUC = {pairs / (len(pos) * len(neg)):.4f}")
print(f"秩公式：R₊ = {ranks[y_true == 1].sum():g}，U = R₊ - n₊(n₊+1)/2 = {u:g}，AUC = U/(n₊n₋) = "
      f"{u / (len(pos) * len(neg)):.4f}")
fpr, tpr, _ = metrics.roc_curve(y_true, score)
print(f"ROC 曲线下的梯形面积 = {np.trapezoid(tpr, fpr):.4f}")
for name, transformed in [("score³", score**3), ("log(score)", np.log(score)), ("1 - score", 1 - score)]:
    print(f"把得分换成 {name:<10} AUC = {metrics.roc_auc_score(y_true, transformed):.4f}")

# 回归指标：一个还行的模型和一个比「预测均值」更差的模型
y = np.array([3.0, -0.5, 2.0, 7.0, 4.2])
for name, y_hat in [("还行的模型", np.array([2.5, 0.0, 2.1, 7.8, 3.6])), ("糟糕的模型", np.array([6.0, 5.0, -1.0, 1.0, 8.0]))]:
    mse = metrics.mean_squared_error(y, y_hat)
    print(f"\n{name}：MSE {mse:.4f}  RMSE {np.sqrt(mse):.4f}  MAE {metrics.mean_absolute_error(y, y_hat):.4f}  "
          f"R² {metrics.r2_score(y, y_hat):.4f}", end="")
print(f"\n总是预测均值：R² = {metrics.r2_score(y, np.full_like(y, y.mean())):.4f}")
