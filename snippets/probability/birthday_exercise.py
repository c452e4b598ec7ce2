# 生日问题：用补事件 P(至少两人同一天) = 1 − P(所有人生日都不同) 精确计算，再用模拟核对
import numpy as np

days = 365
n_people = np.arange(1, 61)
# P(全不同) = 365/365 · 364/365 · … ·(365−n+1)/365：链式法则，每多一个人，只能落在剩下的日子里
p_all_distinct = np.cumprod((days - (n_people - 1)) / days)
p_shared = 1 - p_all_distinct
for n in (10, 20, 23, 30, 50):
    print(f"{n:2d} 人：P(至少两人同一天生日) = {p_shared[n - 1]:.4f}")
print(f"超过 1/2 的最少人数：{n_people[np.argmax(p_shared > 0.5)]}")

# 模拟 10 万个 23 人的班级：排序后相邻两人生日相同，就说明有重复
rng = np.random.default_rng(0)
birthdays = np.sort(rng.integers(days, size=(100_000, 23)), axis=1)
has_shared = (np.diff(birthdays, axis=1) == 0).any(axis=1)
print(f"模拟 23 人：有重复生日的班级比例 = {has_shared.mean():.4f}")
