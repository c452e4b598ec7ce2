# EX-22 交叉熵：原文例子的正确值、自信地答错的代价、裁剪的上限、从 logits 计算
import numpy as np

from mlvault.information import binary_cross_entropy, binary_cross_entropy_with_logits
from mlvault.nn.activations import sigmoid

# 1) 原文 002 的例子：每个样本的损失是 -log(给正确答案的概率)，再取平均（原文标注的 0.164252… 是错的，ER-33）
y_true = np.array([1, 0, 1])
y_pred = np.array([0.9, 0.1, 0.8])
per_sample = -(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))
print(f"每个样本的损失 = {np.round(per_sample, 4)}，平均（原文公式重新运行）= {per_sample.mean():.10f}")

# 2) 扫描：给正确类别的概率越小，交叉熵无界地增长；平方误差 (1 - q)² 最多是 1
print("正确类别的概率 q    交叉熵 -ln q    平方误差 (1-q)²")
for q in [0.99, 0.7, 0.3, 0.05, 1e-3, 1e-6]:
    print(f"  {q:<16g}  {-np.log(q):>10.4f}      {(1 - q) ** 2:>10.4f}")

# 3) 准确率相同、交叉熵不同：两个模型都答错最后一个样本，B 错得很自信
y = np.array([1, 1, 0, 1])
model_a = np.array([0.8, 0.7, 0.3, 0.4])    # 最后一个只是稍微偏向错误答案
model_b = np.array([0.8, 0.7, 0.3, 0.001])  # 最后一个几乎断定是负类
for name, p in [("模型 A", model_a), ("模型 B", model_b)]:
    accuracy = np.mean((p > 0.5) == y)
    print(f"{name}: 准确率 = {accuracy:.2f}，交叉熵 = {binary_cross_entropy(y, p):.4f} nat")

# 4) 预测概率恰为 0：原文公式得到 inf 或 nan；裁剪到 [ε, 1-ε] 后损失被封顶在 -ln ε，封顶值取决于 ε 的选择
with np.errstate(divide="ignore", invalid="ignore"):
    raw = -np.mean(y_true * np.log([0.0, 0.0, 1.0]) + (1 - y_true) * np.log(1 - np.array([0.0, 0.0, 1.0])))
print(f"预测 (0, 0, 1)、标签 (1, 0, 1)：原文公式 → {raw}")
for eps in [np.finfo(float).eps, 1e-7]:
    print(f"  裁剪 ε = {eps:.1e}：答错的那个样本（标签 1、预测 0）的损失 = "
          f"{binary_cross_entropy([1], [0.0], eps=eps):.4f}（= -ln ε）")

# 5) 从 logits 计算：标签为 1 而 logit 很负时，先算 sigmoid 再取 log 会下溢、被裁剪；logits 公式 softplus(z) - y·z 是精确的
print("logit z      sigmoid(z)     先算概率再裁剪    直接从 logits")
for z in [-5.0, -40.0, -800.0]:
    prob = sigmoid(z)
    via_prob = binary_cross_entropy([1], [prob])
    via_logit = binary_cross_entropy_with_logits([1.0], [z])
    print(f"  {z:<8g}  {prob:<12.3e}  {via_prob:>12.4f}    {via_logit:>12.4f}")
