# EX-05 向量范数：p 增大时范数如何变化、谁是最近邻取决于 p、稀疏与稠密向量、p<1 的三角不等式失效、溢出
import numpy as np

from mlvault.linalg import lp_norm

# 1. 同一个向量，p 越大范数越小，并逐渐降到最大分量 ||w||_inf
w = np.array([3.0, -4.0, 1.0])
print("w =", w)
for p in [1, 1.5, 2, 3, 4, 8, 16, 64, np.inf]:
    print(f"  ||w||_{p:<4} = {lp_norm(w, p):.4f}")

# 2. K 近邻：查询点 q 的最近邻是谁，取决于用哪个范数量距离
q = np.array([0.0, 0.0])
points = {"a": np.array([3.0, 0.0]), "b": np.array([2.0, 2.0])}
print("\n查询点 q = (0, 0)，候选 a = (3, 0)、b = (2, 2)")
for p in [1, 2, np.inf]:
    d = {name: lp_norm(x - q, p) for name, x in points.items()}
    nearest = min(d, key=d.get)
    print(f"  p={p:<3}: d(q,a) = {d['a']:.4f}, d(q,b) = {d['b']:.4f} → 最近邻 {nearest}")

# 3. L2 长度相同的稀疏向量与稠密向量：L1 对稠密向量「收费」更高，L_inf 则相反
n = 4
sparse, dense = np.eye(n)[0], np.full(n, 1 / np.sqrt(n))
print(f"\n{'':6s} {'L1':>8s} {'L2':>8s} {'Linf':>8s}")
for name, v in [("稀疏", sparse), ("稠密", dense)]:
    print(f"{name:6s} {lp_norm(v, 1):8.4f} {lp_norm(v, 2):8.4f} {lp_norm(v, np.inf):8.4f}")

# 4. p < 1 时公式不再是范数：三角不等式失效
u, v = np.array([1.0, 0.0]), np.array([0.0, 1.0])
quasi = lambda x, p: (np.abs(x) ** p).sum() ** (1 / p)
print(f"\np=0.5：||u|| + ||v|| = {quasi(u, 0.5) + quasi(v, 0.5):.4f}，||u+v|| = {quasi(u + v, 0.5):.4f}")

# 5. 直接平方会溢出；先除以最大分量再平方（缩放技巧）则不会
big = np.array([3e200, 4e200])
with np.errstate(over="ignore"):
    naive = np.sqrt(np.sum(big**2))
m = np.abs(big).max()
print(f"\n分量约 1e200：直接 sqrt(sum w^2) = {naive}，先除以最大分量 = {m * np.sqrt(np.sum((big / m) ** 2)):.4e}")
