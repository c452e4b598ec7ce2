# 重心链接（centroid）的「倒挂」：后一次合并的高度可以低于前一次，树状图不再单调
import numpy as np
from scipy.cluster.hierarchy import linkage

X = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])  # 边长 1 的正三角形
for method in ("centroid", "single", "complete", "average", "ward"):
    heights = linkage(X, method)[:, 2]
    flag = "倒挂！" if heights[1] < heights[0] else "单调"
    print(f"{method:9s} 合并高度 {np.array2string(heights, precision=4)}  {flag}")
