# 贝叶斯定理的面积图：1 万人中患病 1%，灵敏度 99%，假阳性率 2%
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

from mlvault.plotting import show

prevalence, sensitivity, fpr = 0.01, 0.99, 0.02
population = 10_000
ill, healthy = prevalence * population, (1 - prevalence) * population
true_pos, false_pos = sensitivity * ill, fpr * healthy

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.6), gridspec_kw={"width_ratios": [1.3, 1]})
# 左：整个人群。宽度 = 人数占比，阴影 = 检测阳性的部分。患病的窄条放大 5 倍才看得见
scale = 5
left.add_patch(Rectangle((0, 0), prevalence * scale, 1, color="C3", alpha=0.25))
left.add_patch(Rectangle((0, 0), prevalence * scale, sensitivity, color="C3"))
left.add_patch(Rectangle((prevalence * scale, 0), 1 - prevalence * scale, 1, color="C0", alpha=0.15))
left.add_patch(Rectangle((prevalence * scale, 0), 1 - prevalence * scale, fpr, color="C0"))
left.annotate(f"患病 {ill:.0f} 人\n（宽度放大 {scale} 倍）", (prevalence * scale / 2, 0.55), xytext=(0.15, 0.6),
              arrowprops=dict(arrowstyle="->"), fontsize=9)
left.text(0.55, 0.5, f"健康 {healthy:.0f} 人", ha="center", fontsize=10)
left.annotate(f"其中假阳性 {false_pos:.0f} 人", (0.6, fpr), xytext=(0.45, 0.18),
              arrowprops=dict(arrowstyle="->"), fontsize=9)
left.set(xlim=(0, 1), ylim=(0, 1), xticks=[], yticks=[], title="整个人群：深色 = 检测阳性")

# 右：只看阳性的人。后验 = 真阳性面积 / 全部阳性面积
right.barh([0], [true_pos], color="C3", label=f"真阳性 {true_pos:.0f}")
right.barh([0], [false_pos], left=[true_pos], color="C0", label=f"假阳性 {false_pos:.0f}")
right.set(yticks=[], xlabel="检测阳性的人数", title=f"P(患病 | 阳性) = {true_pos:.0f}/{true_pos + false_pos:.0f} = 1/3")
right.legend(loc="upper center", fontsize=9)
right.set_ylim(-0.8, 1.2)
fig.tight_layout()
show(fig)
