# EX-08 特征值与特征向量：002 的例子、非对称与对称矩阵的特征向量、复特征值、不可对角化、幂迭代
import numpy as np

from mlvault.linalg import power_iteration

np.set_printoptions(precision=4, suppress=True)

A = np.array([[4.0, 2.0], [1.0, 3.0]])
eigenvalues, eigenvectors = np.linalg.eig(A)  # 002 的代码（原文没有给出输出）
print(f"Eigenvalues: {eigenvalues}")
print(f"Eigenvectors (每一列是一个单位特征向量):\n{eigenvectors}")
for lam, v in zip(eigenvalues, eigenvectors.T):
    print(f"λ = {lam:.4f}: A v = {A @ v}，λ v = {lam * v}，按第一个分量缩放 v ∝ {v / v[0]}")
    assert np.allclose(A @ v, lam * v)
print("特征多项式 λ² − tr(A) λ + det(A) 的根:", np.roots([1, -np.trace(A), np.linalg.det(A)]))

# 非对称矩阵的特征向量一般不正交；对称矩阵的特征向量正交
v1, v2 = eigenvectors.T
print(f"\nA 非对称：两个特征向量的夹角 {np.degrees(np.arccos(abs(v1 @ v2))):.2f}°")
S = np.array([[2.0, 1.0], [1.0, 2.0]])
w, Q = np.linalg.eigh(S)
print(f"S = [[2,1],[1,2]] 对称：特征值 {w}（eigh 按升序），两个特征向量的夹角 {np.degrees(np.arccos(abs(Q[:, 0] @ Q[:, 1]))):.2f}°")

# 实矩阵也可以有复特征值：旋转没有任何方向只被缩放（ER-36、ER-37）
for deg in [90, 30]:
    a = np.radians(deg)
    R = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    lam_R = np.linalg.eigvals(R)
    print(f"旋转 {deg}° 的特征值: {lam_R}，模 {np.abs(lam_R)}")

# 不可对角化：剪切矩阵只有一个特征方向，eig 返回两个（几乎）平行的向量
J = np.array([[1.0, 1.0], [0.0, 1.0]])
lam_J, V_J = np.linalg.eig(J)
print(f"\n剪切 [[1,1],[0,1]]：特征值 {lam_J}，特征向量矩阵的行列式 {np.linalg.det(V_J):.1e}（≈0：两列平行）")

# 幂迭代：反复乘 A 并归一化，收敛到模最大的特征值 5 的方向 (2, 1)
lam_pi, v_pi = power_iteration(A, random_state=0)
print(f"\n幂迭代：λ ≈ {lam_pi:.10f}，v ∝ {v_pi / v_pi[1]}")
