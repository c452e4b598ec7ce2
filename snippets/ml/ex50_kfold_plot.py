# 左：5 折交叉验证的划分示意（每行一轮，橙色为验证折）；右：用 5 折 CV 选 KNN 的 k
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

from mlvault.datasets import load_iris
from mlvault.model_selection import KFold, cross_val_score
from mlvault.neighbors import KNeighborsClassifier
from mlvault.plotting import show

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.2), gridspec_kw={"width_ratios": [1, 1.3]})
n, K = 20, 5
for round_, (train, test) in enumerate(KFold(K).split(np.zeros(n))):
    for i in range(n):
        color = "C1" if i in test else "C0"
        left.add_patch(Rectangle((i, K - 1 - round_), 0.9, 0.8, color=color))
left.set_xlim(0, n)
left.set_ylim(-0.2, K)
left.set_yticks(np.arange(K) + 0.4, [f"第 {K - r} 轮" for r in range(K)])
left.set_xlabel("样本序号（共 20 个）")
left.set_title("蓝：训练（K−1 折）  橙：验证（1 折）", fontsize=9)

iris = load_iris()
ks = np.arange(1, 61, 2)
cv = KFold(5, shuffle=True, random_state=0)
scores = np.array([cross_val_score(KNeighborsClassifier(k), iris.data, iris.target, cv=cv) for k in ks])
mean, std = scores.mean(axis=1), scores.std(axis=1)
right.plot(ks, mean, "o-", ms=3, label="5 折平均准确率")
right.fill_between(ks, mean - std, mean + std, alpha=0.25, label="± 各折标准差")
best = ks[np.argmax(mean)]
right.axvline(best, color="C3", ls="--", lw=1, label=f"最好的 k = {best}")
right.set_xlabel("近邻数 k（越大模型越简单）")
right.set_ylabel("验证准确率")
right.set_title("鸢尾花：交叉验证曲线", fontsize=9)
right.legend(fontsize=8)
right.grid(alpha=0.3)
fig.tight_layout()
show(fig)
