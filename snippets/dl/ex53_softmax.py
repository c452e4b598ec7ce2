# EX-53：softmax 的行为——只看分数之差、朴素公式溢出、雅可比矩阵、交叉熵梯度 s − y、温度
import numpy as np

from mlvault.nn.activations import log_softmax, softmax, softmax_jacobian

# 1) 原文 002 的 [1, 2, 3]；整体平移 100 不改变结果
z = np.array([1.0, 2.0, 3.0])
s = softmax(z)
print("softmax([1, 2, 3])       =", np.array2string(s, precision=8), " 和 =", f"{s.sum():.4f}")
print("softmax([101, 102, 103]) =", np.array2string(softmax(z + 100), precision=8))

# 2) 朴素公式 exp(z)/Σexp(z)：大分数上溢成 nan；先 softmax 再取 log：小概率下溢成 −inf
big = np.array([1000.0, 1001.0])
with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
    naive = np.exp(big) / np.exp(big).sum()
    far = np.array([0.0, -800.0])
    log_naive = np.log(np.exp(far) / np.exp(far).sum())
print("\n[1000, 1001]  朴素公式 :", naive, "  减去 max z :", np.array2string(softmax(big), precision=4))
print("[0, −800]     log(softmax):", log_naive, "  log-softmax :", log_softmax(far))

# 3) 雅可比矩阵 J = diag(s) − s sᵀ：对称、每行和为 0；与中心差分对照
J = softmax_jacobian(z)
h = 1e-6
J_num = np.column_stack([(softmax(z + h * e) - softmax(z - h * e)) / (2 * h) for e in np.eye(3)])
print("\n雅可比矩阵 J:\n", np.array2string(J, precision=4))
print("每行之和:", np.array2string(J.sum(axis=1), precision=4, suppress_small=True),
      f"  与中心差分的最大差: {np.abs(J - J_num).max():.1e}")

# 4) 交叉熵 L = −log s_k 对 logits 的梯度就是 s − y；它每个分量都在 (−1, 1) 内
y = np.array([0.0, 0.0, 1.0])
grad = s - y
grad_num = np.array([(-log_softmax(z + h * e)[2] + log_softmax(z - h * e)[2]) / (2 * h) for e in np.eye(3)])
print(f"\n真实类别为 3：L = −log s_3 = {-log_softmax(z)[2]:.4f}")
print("s − y =", np.array2string(grad, precision=4), "  中心差分 =", np.array2string(grad_num, precision=4))
z_new = z - 1.0 * grad
print(f"沿 −(s − y) 走一步（步长 1）：L 变为 {-log_softmax(z_new)[2]:.4f}")

# 5) 温度：softmax(z/T) 的最大概率与熵
print(f"\n{'温度 T':>8} {'softmax(z/T)':>30} {'最大概率':>8} {'熵/nat':>8}")
for T in [0.1, 0.5, 1.0, 2.0, 10.0, 100.0]:
    p = softmax(z / T)
    H = -np.sum(p * log_softmax(z / T))
    print(f"{T:8.1f} {np.array2string(p, precision=4):>30} {p.max():8.4f} {H:8.4f}")
print(f"{'均匀分布的熵 ln 3':>20} = {np.log(3):.4f}")
