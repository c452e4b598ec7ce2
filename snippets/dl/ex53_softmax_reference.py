# 与参考实现对照：从零写的 softmax / log-softmax 与 scipy.special 在随机 logits 上一致
import numpy as np
from scipy import special

from mlvault.nn.activations import log_softmax, softmax

Z = np.random.default_rng(0).normal(scale=50.0, size=(1000, 10))  # 大分数，朴素公式会溢出
print(f"softmax     与 scipy.special.softmax     的最大差: {np.abs(softmax(Z) - special.softmax(Z, axis=1)).max():.1e}")
print(f"log_softmax 与 scipy.special.log_softmax 的最大差: "
      f"{np.abs(log_softmax(Z) - special.log_softmax(Z, axis=1)).max():.1e}")
