# EX-13 联合概率与条件概率：枚举一副 52 张扑克牌（精确分数）并与蒙特卡洛抽样对照
from fractions import Fraction
from itertools import product

import numpy as np

suits = {"♥": "红", "♦": "红", "♠": "黑", "♣": "黑"}
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = list(product(suits, ranks))  # 52 张，每张等可能


def prob(event):
    """P(事件) = 满足事件的牌数 / 52（古典概型）。"""
    return Fraction(sum(event(card) for card in deck), len(deck))


red = lambda card: suits[card[0]] == "红"
king = lambda card: card[1] == "K"
red_king = lambda card: red(card) and king(card)

p_red, p_king, p_joint = prob(red), prob(king), prob(red_king)
p_king_given_red = p_joint / p_red  # 条件概率的定义 P(K|红) = P(红, K) / P(红)
p_red_given_king = p_joint / p_king
print(f"P(红) = {p_red}，P(K) = {p_king}")
print(f"联合概率 P(红 ∩ K) = {p_joint}（= 2/52）")
print(f"条件概率 P(K | 红) = {p_king_given_red}（= 2/26），P(红 | K) = {p_red_given_king}")

# 乘法公式的两种分解相等：P(A,B) = P(A|B)P(B) = P(B|A)P(A)
assert p_king_given_red * p_red == p_red_given_king * p_king == p_joint
# 贝叶斯公式就是把这个等式移项：P(红|K) = P(K|红)P(红)/P(K)
assert p_red_given_king == p_king_given_red * p_red / p_king
# 独立性：P(红 ∩ K) = P(红)P(K)，所以花色颜色与点数 K 相互独立
print(f"P(红)·P(K) = {p_red * p_king}，等于联合概率 → 独立：{p_red * p_king == p_joint}")

# 全概率公式：P(K) = P(K|红)P(红) + P(K|黑)P(黑)
black = lambda card: not red(card)
p_king_given_black = prob(lambda c: black(c) and king(c)) / prob(black)
assert p_king_given_red * p_red + p_king_given_black * prob(black) == p_king

# 蒙特卡洛：有放回地随机抽 10^6 次，用频率估计概率
rng = np.random.default_rng(0)
draws = rng.integers(len(deck), size=1_000_000)
is_red = np.array([red(c) for c in deck])[draws]
is_king = np.array([king(c) for c in deck])[draws]
mc_joint = np.mean(is_red & is_king)
mc_cond = mc_joint / np.mean(is_red)
print(f"模拟：P(红 ∩ K) ≈ {mc_joint:.4f}（精确 {float(p_joint):.4f}），P(K | 红) ≈ {mc_cond:.4f}（精确 {float(p_king_given_red):.4f}）")
assert np.isclose(mc_joint, float(p_joint), atol=2e-3) and np.isclose(mc_cond, float(p_king_given_red), atol=3e-3)
