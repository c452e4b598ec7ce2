# 练习：打分器不变（正类得分 ~ N(1.5,1)，负类 ~ N(0,1)），正类比例从 50% 降到 1%，各指标怎样变化？
import numpy as np

from mlvault.metrics import average_precision_score, roc_auc_score

rng = np.random.default_rng(0)
n = 20_000
print(f"{'正类比例':>8}{'AUC':>8}{'AP':>8}{'召回率':>9}{'假正率':>9}{'精确率':>9}{'准确率':>9}")
for share in (0.5, 0.2, 0.05, 0.01):
    n_pos = int(share * n)
    y = np.r_[np.ones(n_pos), np.zeros(n - n_pos)].astype(int)
    score = np.r_[rng.normal(1.5, 1.0, n_pos), rng.normal(0.0, 1.0, n - n_pos)]
    pred = score >= 0.75  # 固定阈值：两类均值的中点
    tp, fp = np.sum(pred & (y == 1)), np.sum(pred & (y == 0))
    recall, fpr, precision = tp / n_pos, fp / (n - n_pos), tp / (tp + fp)
    print(f"{share:>8.0%}{roc_auc_score(y, score):>10.3f}{average_precision_score(y, score):>8.3f}"
          f"{recall:>10.3f}{fpr:>10.3f}{precision:>10.3f}{np.mean(pred == y):>10.3f}")
