# EX-14 贝叶斯定理：疾病检测的两个例子（精确分数），患病率怎样左右后验，以及 10^6 人的模拟
from fractions import Fraction

import numpy as np

from mlvault.probability import bayes_posterior

prevalence, sensitivity = Fraction(1, 100), Fraction(99, 100)
for fpr in (Fraction(2, 100), Fraction(5, 100)):
    evidence = sensitivity * prevalence + fpr * (1 - prevalence)  # 全概率公式 P(T+)
    posterior = bayes_posterior(prevalence, sensitivity, fpr)  # 传入分数，结果也是精确分数
    print(f"假阳性率 {float(fpr):.0%}：P(T+) = {float(evidence):.4f}，P(D | T+) = {posterior} ≈ {float(posterior):.4f}")

# 同一个检测（灵敏度 99%，假阳性率 2%），换不同的人群：后验随先验（患病率）剧烈变化
print("患病率 P(D)   后验 P(D | T+)")
for prior in (0.0001, 0.001, 0.01, 0.1, 0.5):
    print(f"{prior:>10.2%}   {bayes_posterior(prior, 0.99, 0.02):.4f}")

# 模拟 10^6 人：先按患病率决定是否患病，再按灵敏度/假阳性率决定检测结果，数阳性者中患病的比例
rng = np.random.default_rng(0)
n = 1_000_000
ill = rng.random(n) < 0.01
positive = np.where(ill, rng.random(n) < 0.99, rng.random(n) < 0.02)
print(f"模拟：阳性 {positive.sum()} 人，其中患病 {(ill & positive).sum()} 人，比例 {ill[positive].mean():.4f}")
print(f"模拟：患病者中阳性的比例 P(T+ | D) ≈ {positive[ill].mean():.4f}（与 P(D | T+) 完全不同）")
