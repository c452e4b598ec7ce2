# 练习：26 个英文字母等概率时每个字母的熵，与按英文实际字母频率计算的熵
import numpy as np

from mlvault.information import entropy

# 常见的英文字母频率表（百分比，近似值；熵的计算会先归一化）
freq = {
    "e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0,
    "d": 4.3, "l": 4.0, "c": 2.8, "u": 2.8, "m": 2.4, "w": 2.4, "f": 2.2, "g": 2.0, "y": 2.0,
    "p": 1.9, "b": 1.5, "v": 0.98, "k": 0.77, "j": 0.15, "x": 0.15, "q": 0.095, "z": 0.074,
}
p = np.array(list(freq.values()))
h_uniform = np.log2(26)
h_english = entropy(p, base=2)
print(f"等概率的 26 个字母：H = log2 26 = {h_uniform:.4f} bit/字母")
print(f"按英文字母频率：    H = {h_english:.4f} bit/字母")
print(f"频率不均省下的比例：1 - H/log2 26 = {1 - h_english / h_uniform:.1%}")
