# ROC 曲线与 PR 曲线：同一个打分器，正类占 50% 与 5% 时——ROC 几乎不变，PR 曲线大幅下沉
import matplotlib.pyplot as plt
import numpy as np

from mlvault.metrics import average_precision_score, precision_recall_curve, roc_auc_score, roc_curve
from mlvault.plotting import show

rng = np.random.default_rng(0)
fig, (ax_roc, ax_pr) = plt.subplots(1, 2, figsize=(9.6, 4.4))
for n_pos, n_neg, color in [(1000, 1000, "tab:blue"), (100, 1900, "tab:red")]:
    y = np.r_[np.ones(n_pos), np.zeros(n_neg)].astype(int)
    score = np.r_[rng.normal(1.5, 1.0, n_pos), rng.normal(0.0, 1.0, n_neg)]  # 正类得分整体高 1.5
    share = n_pos / (n_pos + n_neg)
    fpr, tpr, _ = roc_curve(y, score)
    ax_roc.plot(fpr, tpr, color=color, lw=2, label=f"正类占 {share:.0%}：AUC = {roc_auc_score(y, score):.3f}")
    precision, recall, _ = precision_recall_curve(y, score)
    ax_pr.plot(recall, precision, color=color, lw=2,
               label=f"正类占 {share:.0%}：AP = {average_precision_score(y, score):.3f}")
    ax_pr.axhline(share, color=color, ls=":", lw=1)
ax_roc.plot([0, 1], [0, 1], "k:", lw=1, label="随机猜测")
ax_roc.set_xlabel("假正率 FPR = FP / (FP + TN)")
ax_roc.set_ylabel("真正率（召回率）TPR = TP / (TP + FN)")
ax_roc.set_title("ROC：两种类别比例下几乎重合", fontsize=10)
ax_pr.set_xlabel("召回率 R = TP / (TP + FN)")
ax_pr.set_ylabel("精确率 P = TP / (TP + FP)")
ax_pr.set_title("PR：正类越少，精确率越低（虚线 = 随机猜测）", fontsize=10)
for ax in (ax_roc, ax_pr):
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_aspect("equal")
    ax.grid(alpha=0.3)
ax_roc.legend(loc="lower right", fontsize=8)
ax_pr.legend(loc="lower left", bbox_to_anchor=(0.0, 0.07), fontsize=8)  # 放在两条虚线基线与曲线之间的空白处
fig.tight_layout()
show(fig)
