# EX-13 联合概率与条件概率：枚举 52 张牌（精确分数）看独立与不独立，链式法则，再看模拟频率怎样逼近概率
from fractions import Fraction
from itertools import permutations, product

import numpy as np

suits = {"♥": "红", "♦": "红", "♠": "黑", "♣": "黑"}
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = list(product(suits, ranks))  # 52 张，每张等可能


def prob(event):
    """P(事件) = 满足事件的牌数 / 52（古典概型）。"""
    return Fraction(sum(event(card) for card in deck), len(deck))


def cond(a, b):
    """条件概率的定义：P(A | B) = P(A, B) / P(B)。"""
    return prob(lambda c: a(c) and b(c)) / prob(b)


red = lambda c: suits[c[0]] == "红"
heart = lambda c: c[0] == "♥"
king = lambda c: c[1] == "K"
face = lambda c: c[1] in ("J", "Q", "K")

print(f"联合概率 P(红, K) = {prob(lambda c: red(c) and king(c))}，P(红) = {prob(red)}，P(K) = {prob(king)}")
# 独立 ⇔ 条件概率等于无条件概率：知道 B 不改变对 A 的判断
for name, a, b in [("K | 红", king, red), ("♥ | 红", heart, red), ("K | 人头牌", king, face)]:
    print(f"P({name}) = {cond(a, b)}，而 P({name.split(' | ')[0]}) = {prob(a)} → {'独立' if cond(a, b) == prob(a) else '不独立'}")

# 全概率公式：按颜色划分，P(K) = P(K|红)P(红) + P(K|黑)P(黑)
black = lambda c: not red(c)
total = cond(king, red) * prob(red) + cond(king, black) * prob(black)
print(f"全概率公式：P(K|红)P(红) + P(K|黑)P(黑) = {total}")

# 链式法则：不放回连抽两张都是 K。枚举全部 52×51 个有序对，与 P(K₁)·P(K₂|K₁) = 4/52 · 3/51 比较
pairs = list(permutations(deck, 2))
both_kings = Fraction(sum(king(a) and king(b) for a, b in pairs), len(pairs))
print(f"不放回两张都是 K：枚举 {both_kings}，链式法则 4/52·3/51 = {Fraction(4, 52) * Fraction(3, 51)}")

# 频率解释：有放回抽 n 次，用频率估计 P(K | 红)；误差大约按 1/√n 缩小
rng = np.random.default_rng(0)
is_red = np.array([red(c) for c in deck])
is_king = np.array([king(c) for c in deck])
exact = float(cond(king, red))
for n in (100, 10_000, 1_000_000):
    draws = rng.integers(len(deck), size=n)
    estimate = is_king[draws][is_red[draws]].mean()  # 只在抽到红牌的那些次里数 K
    print(f"抽 {n:>9,} 次：P(K | 红) ≈ {estimate:.4f}，误差 {abs(estimate - exact):.4f}")
