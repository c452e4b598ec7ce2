# 找错：忘记中心化的「PCA」——第一主轴指向均值方向，而不是方差最大的方向
import numpy as np

rng = np.random.default_rng(0)
X = rng.multivariate_normal([5.0, 5.0], [[3.0, 0.0], [0.0, 0.2]], size=200)  # 方差最大的方向是 x₁ 轴

_, _, Vt_wrong = np.linalg.svd(X, full_matrices=False)                      # 有错：没有减均值
_, _, Vt_right = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)     # 正确


def angle(v):
    """方向与 x₁ 轴的夹角（度，0–90）。"""
    return np.degrees(np.arccos(abs(v[0]) / np.linalg.norm(v)))


mean = X.mean(axis=0)
print(f"样本均值方向与 x₁ 轴的夹角：{angle(mean):.1f} 度")
print(f"不中心化的第一主轴与 x₁ 轴的夹角：{angle(Vt_wrong[0]):.1f} 度")
print(f"中心化后的第一主轴与 x₁ 轴的夹角：{angle(Vt_right[0]):.1f} 度")
for name, v in (("不中心化", Vt_wrong[0]), ("中心化", Vt_right[0])):
    print(f"{name}：沿该方向的投影方差 {np.var(X @ v):.4f}")
