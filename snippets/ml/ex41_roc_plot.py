# ROC 曲线与 AUC：每个阈值给出一个 (FPR, TPR) 点
import matplotlib.pyplot as plt
import numpy as np

from mlvault.metrics import roc_auc_score, roc_curve
from mlvault.plotting import show

rng = np.random.default_rng(0)
y = np.r_[np.ones(60), np.zeros(140)].astype(int)
fig, ax = plt.subplots(figsize=(5.2, 4.5))
for separation, color in [(2.0, "tab:red"), (0.8, "tab:orange"), (0.0, "tab:gray")]:
    score = rng.normal(size=200) + separation * y  # 正类得分整体高出 separation
    fpr, tpr, thresholds = roc_curve(y, score)
    ax.plot(fpr, tpr, color=color, lw=2,
            label=f"正负类相距 {separation}：AUC = {roc_auc_score(y, score):.3f}")
ax.plot([0, 1], [0, 1], "k:", lw=1, label="随机猜测（AUC = 0.5）")
ax.set_xlabel("假正率 FPR = FP / (FP + TN)")
ax.set_ylabel("真正率 TPR = TP / (TP + FN)")
ax.set_title("阈值从高到低扫过，曲线从 (0,0) 走到 (1,1)")
ax.set_aspect("equal")
ax.legend(loc="lower right", fontsize=8)
ax.grid(alpha=0.3)
show(fig)
