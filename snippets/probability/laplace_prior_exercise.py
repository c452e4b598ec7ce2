# 拉普拉斯先验的 MAP 会把小的估计压成恰好 0（软阈值），高斯先验只会按比例缩小
import numpy as np

# 一维模型：y_i ~ N(w, σ²)，i = 1..n。只有 ȳ 进入似然：−log 似然 = n(w − ȳ)²/(2σ²) + 常数
sigma, n, b, tau = 1.0, 10, 0.25, 0.3         # 拉普拉斯先验尺度 b，高斯先验标准差 τ
w = np.linspace(-2, 2, 40001)                 # 在细网格上直接最小化负对数后验


def argmin_on_grid(penalty, ybar):
    return w[np.argmin(n * (w - ybar) ** 2 / (2 * sigma**2) + penalty)]


threshold = sigma**2 / (n * b)                # 软阈值 t = σ²/(n b)
print(f"软阈值 t = σ²/(n b) = {threshold:.3f}；高斯先验的缩放因子 = {1 / (1 + sigma**2 / (n * tau**2)):.3f}")
print("   ȳ      拉普拉斯 MAP（网格）  软阈值公式   高斯 MAP（网格）")
for ybar in (-1.0, -0.3, -0.1, 0.0, 0.2, 0.4, 1.0):
    laplace = argmin_on_grid(np.abs(w) / b, ybar)
    soft = np.sign(ybar) * max(abs(ybar) - threshold, 0.0) + 0.0  # + 0.0：不打印 −0
    gauss = argmin_on_grid(w**2 / (2 * tau**2), ybar)
    print(f"{ybar:+.2f}    {laplace:+.4f}              {soft:+.4f}       {gauss:+.4f}")
