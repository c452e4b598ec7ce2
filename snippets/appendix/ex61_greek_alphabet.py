# EX-61 希腊字母表：字母由 Unicode 名称生成并核对大小写配对，再打印成 Markdown 表格
import unicodedata

import numpy as np

# (英文名, Unicode 名称, 读音, 中文读法, 机器学习中的常见含义)
LETTERS = [
    ("alpha", "ALPHA", "/ˈælfə/", "阿尔法", "学习率、显著性水平、拉格朗日乘子"),
    ("beta", "BETA", "/ˈbeɪtə/", "贝塔", "回归系数 β、动量系数"),
    ("gamma", "GAMMA", "/ˈɡæmə/", "伽马", "折扣因子、RBF 核参数、BN 缩放"),
    ("delta", "DELTA", "/ˈdɛltə/", "德尔塔", "偏差值、反向传播误差 δ、增量 Δ"),
    ("epsilon", "EPSILON", "/ˈɛpsɪlɒn/", "伊普西龙", "噪声 ε、极小常数"),
    ("zeta", "ZETA", "/ˈziːtə/", "截塔", ""),
    ("eta", "ETA", "/ˈiːtə/", "艾塔", "学习率 η"),
    ("theta", "THETA", "/ˈθiːtə/", "西塔", "模型参数 θ"),
    ("iota", "IOTA", "/aɪˈoʊtə/", "约塔", ""),
    ("kappa", "KAPPA", "/ˈkæpə/", "卡帕", "Cohen's κ"),
    ("lambda", "LAMDA", "/ˈlæmdə/", "兰布达", "正则化系数、特征值 λ、泊松参数"),
    ("mu", "MU", "/mjuː/", "缪", "均值 μ"),
    ("nu", "NU", "/njuː/", "纽", "自由度 ν"),
    ("xi", "XI", "/ksaɪ/", "克西", "松弛变量 ξ"),
    ("omicron", "OMICRON", "/ˈɒmɪkrɒn/", "奥密克戎", ""),
    ("pi", "PI", "/paɪ/", "派", "圆周率、混合权重 π、连乘 Π"),
    ("rho", "RHO", "/roʊ/", "柔", "相关系数 ρ"),
    ("sigma", "SIGMA", "/ˈsɪɡmə/", "西格马", "标准差/sigmoid σ、求和/协方差 Σ"),
    ("tau", "TAU", "/taʊ/", "陶", "温度、时间常数"),
    ("upsilon", "UPSILON", "/ˈʊpsɪlɒn/", "宇普西龙", ""),
    ("phi", "PHI", "/faɪ/", "佛爱", "标准正态 CDF Φ、特征映射 φ"),
    ("chi", "CHI", "/kaɪ/", "卡伊", "卡方分布 χ²"),
    ("psi", "PSI", "/psaɪ/", "普西", ""),
    ("omega", "OMEGA", "/oʊˈmeɪɡə/", "欧米伽", "权重 ω、样本空间 Ω"),
]

print("| 大写 | 小写 | 英文 | 读音 | 中文 | 机器学习中的常见含义 |")
print("|---|---|---|---|---|---|")
for english, code_name, sound, chinese, meaning in LETTERS:
    capital = unicodedata.lookup(f"GREEK CAPITAL LETTER {code_name}")
    small = unicodedata.lookup(f"GREEK SMALL LETTER {code_name}")
    assert capital.lower() == small and small.upper() == capital, english
    assert unicodedata.name(small) == f"GREEK SMALL LETTER {code_name}"
    print(f"| {capital} | {small} | {english} | {sound} | {chinese} | {meaning or '—'} |")
print()
codepoints = [ord(unicodedata.lookup(f"GREEK SMALL LETTER {c}")) for _, c, *_ in LETTERS]
# final sigma ς (U+03C2) sits between ρ and σ, so 24 letters span 25 code points
print(f"共 {len(LETTERS)} 个字母，小写码位 U+{codepoints[0]:04X}–U+{codepoints[-1]:04X}，大小写配对全部由 Unicode 核对。")
print()
P = {1: 0.9, 2: 0.1}
classes = np.array(list(P))
print(f"argmax 的例子：$P(1)={P[1]}$，$P(2)={P[2]}$，于是 $\\arg\\max_c P(c)$ = {classes[np.argmax(list(P.values()))]}。")
