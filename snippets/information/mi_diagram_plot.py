# 信息图：H(X)、H(Y) 两条重叠的部分就是 I(X;Y)，它们的并是 H(X,Y)；独立时不重叠
import matplotlib.pyplot as plt
import numpy as np

from mlvault.information import entropy
from mlvault.plotting import show


def parts(joint):
    """H(X|Y)、I(X;Y)、H(Y|X)（bit），由 H(X)、H(Y)、H(X,Y) 的加减得到。"""
    h_x, h_y = entropy(joint.sum(axis=1), base=2), entropy(joint.sum(axis=0), base=2)
    h_xy = entropy(joint.ravel(), base=2)
    return h_xy - h_y, h_x + h_y - h_xy, h_xy - h_x


dependent = np.array([[0.30, 0.10], [0.05, 0.55]])
independent = np.outer(dependent.sum(axis=1), dependent.sum(axis=0))  # 边缘分布相同，但 X、Y 独立
colors = {"H(X|Y)": "C0", "I(X;Y)": "C4", "H(Y|X)": "C3"}

fig, axes = plt.subplots(1, 2, figsize=(9.5, 3.4), sharex=True)
for ax, joint, title in [(axes[0], dependent, "X 与 Y 相关"), (axes[1], independent, "X 与 Y 独立（边缘分布不变）")]:
    hx_y, mi, hy_x = parts(joint)  # H(X|Y)、I(X;Y)、H(Y|X)
    rows = {  # 每行：(起点, 宽度, 名称) 的列表
        "H(X,Y)": [(0, hx_y, "H(X|Y)"), (hx_y, mi, "I(X;Y)"), (hx_y + mi, hy_x, "H(Y|X)")],
        "H(X)": [(0, hx_y, "H(X|Y)"), (hx_y, mi, "I(X;Y)")],
        "H(Y)": [(hx_y, mi, "I(X;Y)"), (hx_y + mi, hy_x, "H(Y|X)")],
    }
    for row, (label, segments) in enumerate(rows.items()):
        for left, width, name in segments:
            ax.barh(row, width, left=left, color=colors[name], edgecolor="white", height=0.6)
            if width > 0.12:
                ax.text(left + width / 2, row, name, ha="center", va="center", color="white", fontsize=9)
    ax.set_yticks(range(3), list(rows))
    ax.invert_yaxis()
    ax.set_xlabel("bit")
    ax.set_title(f"{title}：I(X;Y) = {max(mi, 0.0):.3f} bit", fontsize=10)
    ax.grid(axis="x", alpha=0.3)
fig.suptitle("互信息是 H(X) 与 H(Y) 重叠的部分：H(X,Y) = H(X) + H(Y) − I(X;Y)")
fig.tight_layout()
show(fig)
