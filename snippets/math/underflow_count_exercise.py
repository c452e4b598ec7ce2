# 练习：把 0.5 连乘多少次，float32 与 float64 的结果才变成 0？对数和又是多少？
import numpy as np

for dtype in (np.float32, np.float64):
    running = np.cumprod(np.full(1200, 0.5, dtype=dtype))  # 第 n 个元素是 0.5ⁿ
    n_zero = int(np.argmax(running == 0)) + 1
    last = running[n_zero - 2]
    print(f"{np.dtype(dtype).name}: 第一次变成 0 的是 0.5^{n_zero}；最后一个非零值 0.5^{n_zero - 1} = {float(last):.3e}")
print(f"对数和：{n_zero} · ln 0.5 = {n_zero * np.log(0.5):.2f}，在对数空间里只是一个普通的负数")
