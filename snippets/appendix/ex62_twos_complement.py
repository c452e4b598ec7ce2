# EX-62 二进制补码：手工解码与 numpy 的 uint8 → int8 视图、int.from_bytes(signed=True) 对照
import numpy as np

from mlvault.notation import to_twos_complement, twos_complement

for bits in ["0010", "1010", "0111", "1000", "1111"]:
    print(f"{bits} → {twos_complement(bits):3d}")

# 8 位：把每个字节的无符号值按有符号解释，必须与我们的解码一致
for value in [0, 1, 127, 128, 200, 255]:
    bits = format(value, "08b")
    as_int8 = int(np.array([value], dtype=np.uint8).view(np.int8)[0])
    from_bytes = int.from_bytes(bytes([value]), "big", signed=True)
    assert twos_complement(bits) == as_int8 == from_bytes
    print(f"{bits}：补码 {twos_complement(bits):4d}，numpy int8 {as_int8:4d}，int.from_bytes {from_bytes:4d}")

n = 4
values = [twos_complement(format(u, f"0{n}b")) for u in range(2**n)]
print(f"{n} 位补码的取值范围：[{min(values)}, {max(values)}]，共 {len(set(values))} 个不同的数")
print(f"-6 的 4 位补码：{to_twos_complement(-6, 4)}（取反 {format(~6 & 0b1111, '04b')} 再加 1）")
