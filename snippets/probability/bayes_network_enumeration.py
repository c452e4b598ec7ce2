# 一个三节点贝叶斯网络「检测 ← 疾病 → 症状」：由因子分解建出联合分布，枚举求后验，并看条件独立
import numpy as np

# 条件概率表（下标 0 = 否，1 = 是）
p_d = np.array([0.99, 0.01])                      # P(D)
p_t_given_d = np.array([[0.98, 0.02],             # P(T | D=0)：假阳性率 2%
                        [0.01, 0.99]])            # P(T | D=1)：灵敏度 99%
p_s_given_d = np.array([[0.90, 0.10],             # P(S | D=0)：健康人有症状的比例 10%
                        [0.20, 0.80]])            # P(S | D=1)：患者有症状的比例 80%

# 因子分解 P(D, T, S) = P(D) P(T | D) P(S | D)：广播成 2×2×2 的联合概率表，轴的顺序是 (D, T, S)
joint = p_d[:, None, None] * p_t_given_d[:, :, None] * p_s_given_d[:, None, :]
print(f"联合概率表共 {joint.size} 项，总和 = {joint.sum():.4f}")
print(f"参数个数：完整联合表 {joint.size - 1} 个，网络的条件概率表 1 + 2 + 2 = 5 个")


def posterior_d(evidence):
    """P(D = 1 | 证据)：把与证据不符的项置零，再归一化（枚举推断）。"""
    table = joint.copy()
    for axis, value in evidence.items():
        index = [slice(None)] * 3
        index[axis] = 1 - value
        table[tuple(index)] = 0.0
    marginal = table.sum(axis=(1, 2))
    return marginal[1] / marginal.sum()


print(f"P(D=1)              = {posterior_d({}):.4f}")
print(f"P(D=1 | T=1)        = {posterior_d({1: 1}):.4f}")
print(f"P(D=1 | T=1, S=1)   = {posterior_d({1: 1, 2: 1}):.4f}")
print(f"P(D=1 | T=1, S=0)   = {posterior_d({1: 1, 2: 0}):.4f}")

# 依次更新：先用 T 得到后验，把它当作新先验再用 S 更新，与一次用全部证据相同
after_t = posterior_d({1: 1})
after_ts = after_t * p_s_given_d[1, 1] / (after_t * p_s_given_d[1, 1] + (1 - after_t) * p_s_given_d[0, 1])
print(f"依次更新（先 T 后 S）= {after_ts:.4f}")

# T 与 S 本身相关（都反映 D），给定 D 后才独立
p_ts = joint.sum(axis=0)                          # P(T, S)
print(f"P(T=1) = {p_ts[1].sum():.4f}，P(T=1 | S=1) = {p_ts[1, 1] / p_ts[:, 1].sum():.4f}（不相等：T 与 S 不独立）")
p_ts_given_d1 = joint[1] / joint[1].sum()         # P(T, S | D=1)
print(f"P(T=1 | D=1) = {p_ts_given_d1[1].sum():.4f}，P(T=1 | D=1, S=1) = {p_ts_given_d1[1, 1] / p_ts_given_d1[:, 1].sum():.4f}（相等：给定 D 条件独立）")
