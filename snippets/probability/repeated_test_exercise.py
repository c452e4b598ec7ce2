# 连续做几次独立的阳性检测，后验才超过 99%？每次检测都把上一次的后验当作先验
from fractions import Fraction

from mlvault.probability import bayes_posterior

prior = Fraction(1, 100)
for k in range(1, 5):
    prior = bayes_posterior(prior, Fraction(99, 100), Fraction(2, 100))  # 今天的后验是明天的先验
    odds = prior / (1 - prior)
    print(f"第 {k} 次阳性后：P(D | {k} 次阳性) = {float(prior):.5f}，后验几率 = {float(odds):.2f}")
