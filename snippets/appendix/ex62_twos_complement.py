# EX-62 二进制补码的行为：解码、取反加一、int8 溢出绕回、把无符号字节误读成有符号数、符号扩展
import numpy as np

from mlvault.notation import to_twos_complement, twos_complement, wrap_to_bits

print("1) 4 位补码解码：最高位权重为 -8")
for bits in ["0010", "1010", "0111", "1000", "1111"]:
    print(f"   {bits} → {twos_complement(bits):3d}")

print("\n2) 取反加一得到相反数（4 位）")
for x in [3, 6, 7, -8]:
    bits = to_twos_complement(x, 4)
    flipped = "".join("1" if c == "0" else "0" for c in bits)
    neg = format((int(flipped, 2) + 1) % 16, "04b")
    print(f"   x = {x:2d}: {bits} → 取反 {flipped} → 加一 {neg} = {twos_complement(neg):3d}")

print("\n3) numpy 的 int8 数组运算按 2⁸ 取模绕回，不报错")
a = np.array([127, 100, -128, -100], dtype=np.int8)
b = np.array([1, 100, -1, -100], dtype=np.int8)
print(f"   a + b     = {a + b}     （精确结果 {a.astype(int) + b.astype(int)}）")
print(f"   用 wrap_to_bits 按公式计算 = {wrap_to_bits(a.astype(int) + b.astype(int), 8)}")
print(f"   -a        = {-a}     abs(a) = {np.abs(a)}   （-(-128) 超出范围，仍是 -128）")

print("\n4) 像素字节是无符号的 uint8（0–255）；误按 int8 读取，亮的像素变成负数")
pixels = np.array([0, 50, 127, 128, 200, 255], dtype=np.uint8)
print(f"   按 uint8 读：{pixels}   平均 {pixels.mean():.1f}")
print(f"   按 int8 读： {pixels.view(np.int8)}   平均 {pixels.view(np.int8).mean():.1f}")
print(f"   指定在 uint8 里累加也会绕回：np.sum(..., dtype=uint8) = {np.sum(pixels, dtype=np.uint8)}，真实的和 = {int(pixels.sum())}")

print("\n5) 符号扩展：int8 → int16 时复制最高位，数值不变")
for v in [5, -6, -128]:
    print(f"   {v:5d}: 8 位 {to_twos_complement(v, 8)} → 16 位 {to_twos_complement(v, 16)}")
