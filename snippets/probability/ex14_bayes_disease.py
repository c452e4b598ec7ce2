# EX-14 贝叶斯定理：疾病检测的两个例子，精确分数 + 10^6 人模拟
from fractions import Fraction

import numpy as np

from mlvault.probability import bayes_posterior

prevalence, sensitivity = Fraction(1, 100), Fraction(99, 100)
for fpr in (Fraction(2, 100), Fraction(5, 100)):
    evidence = sensitivity * prevalence + fpr * (1 - prevalence)  # 全概率公式 P(T+)
    posterior = bayes_posterior(prevalence, sensitivity, fpr)  # 传入分数，结果也是精确分数
    print(f"假阳性率 {float(fpr):.0%}：P(T+) = {float(evidence):.4f}，P(D | T+) = {posterior} ≈ {float(posterior):.4f}")

assert bayes_posterior(prevalence, sensitivity, Fraction(2, 100)) == Fraction(1, 3)
assert bayes_posterior(prevalence, sensitivity, Fraction(5, 100)) == Fraction(1, 6)
print(f"原文 002 的代码输出格式：P(D|T+) = {bayes_posterior(0.01, 0.99, 0.02):.4f}")

# 模拟 10^6 人：先按患病率决定是否患病，再按灵敏度/假阳性率决定检测结果
rng = np.random.default_rng(0)
n = 1_000_000
for fpr in (0.02, 0.05):
    ill = rng.random(n) < 0.01
    positive = np.where(ill, rng.random(n) < 0.99, rng.random(n) < fpr)
    estimate = ill[positive].mean()  # 阳性者中真正患病的比例
    exact = bayes_posterior(0.01, 0.99, fpr)
    print(f"假阳性率 {fpr:.0%}：阳性 {positive.sum()} 人，其中患病比例 {estimate:.4f}（公式 {exact:.4f}）")
    assert np.isclose(estimate, exact, atol=0.01)
