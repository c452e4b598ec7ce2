# 练习：由频率 P(x) = count(x) / len(X) 估计「mississippi」中字母的熵，并与同样 4 个字母的上界比较
import numpy as np

from mlvault.information import entropy

word = "mississippi"
letters, counts = np.unique(list(word), return_counts=True)
for letter, c in zip(letters, counts):
    print(f"  {letter}: 出现 {c} 次，P = {c}/{len(word)} = {c / len(word):.4f}")
h = entropy(counts, base=2)  # 计数在函数内归一化为频率
print(f"H(mississippi 的字母) = {h:.4f} bit")
print(f"上界 log2(不同字母数) = log2({len(letters)}) = {np.log2(len(letters)):.4f} bit")
