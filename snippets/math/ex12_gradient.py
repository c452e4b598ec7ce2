# EX-12 梯度：梯度检验能抓住哪些手推错误；方向导数在梯度方向最大；最小二乘梯度的链式法则形式
import numpy as np

from mlvault.calculus import gradient_check

A = np.array([[1.0, 1.5], [-0.5, 4.0]])  # 故意取非对称矩阵（与上图相同的二次函数）
b = np.array([1.0, -2.0])
x = np.array([1.2, 2.2])


def f(x):
    return 0.5 * x @ A @ x + b @ x


candidates = {
    "½(A+Aᵀ)x + b（正确）": lambda x: 0.5 * (A + A.T) @ x + b,
    "Ax + b（以为 A 对称）": lambda x: A @ x + b,
    "Aᵀx + b（转置放错）": lambda x: A.T @ x + b,
}
print("1) 梯度检验：解析梯度与中心差分的最大相对误差（约 1e-7 以下为对，1e-2 以上为错）")
for name, grad in candidates.items():
    print(f"   {name:22s} {gradient_check(f, grad, x):.1e}")

# 最小二乘 L(w) = ||Xw - y||²：正确梯度 2Xᵀ(Xw - y)；两种常见的手推错误
rng = np.random.default_rng(0)
X, y, w = rng.normal(size=(20, 3)), rng.normal(size=20), rng.normal(size=3)
loss = lambda w: np.sum((X @ w - y) ** 2)
print("\n2) 最小二乘 ||Xw-y||² 的梯度")
for name, grad in {
    "2Xᵀ(Xw-y)（正确）": lambda w: 2 * X.T @ (X @ w - y),
    "Xᵀ(Xw-y)（漏了 2）": lambda w: X.T @ (X @ w - y),
    "2XᵀXw（漏了 -2Xᵀy）": lambda w: 2 * X.T @ X @ w,
}.items():
    print(f"   {name:22s} 最大相对误差 {gradient_check(loss, grad, w):.1e}")

# 梯度是上升最快的方向：沿单位方向 u 的方向导数 ∇f·u，在 u = ∇f/||∇f|| 时最大，等于 ||∇f||
g = 0.5 * (A + A.T) @ x + b
angles = np.linspace(0, 2 * np.pi, 360, endpoint=False)
U = np.stack([np.cos(angles), np.sin(angles)], axis=1)
t = 1e-6  # 直接按定义 [f(x + t u) - f(x)] / t 计算，不借用公式 ∇f·u
directional = (np.array([f(x + t * u) for u in U]) - f(x)) / t
print("\n3) 360 个方向上的方向导数（按定义的差商计算）")
print(f"   最大值 {directional.max():.4f}，出现在角度 {np.degrees(angles[directional.argmax()]):.0f}°")
print(f"   ||∇f|| = {np.linalg.norm(g):.4f}，梯度方向的角度 {np.degrees(np.arctan2(g[1], g[0])) % 360:.1f}°")
u_perp = np.array([-g[1], g[0]]) / np.linalg.norm(g)  # 与梯度垂直：沿等高线的切线方向
print(f"   最小值 {directional.min():.4f}（沿 -∇f 方向）")
print(f"   沿等高线切向（与梯度垂直）的方向导数：{(f(x + t * u_perp) - f(x)) / t:.1e}")
