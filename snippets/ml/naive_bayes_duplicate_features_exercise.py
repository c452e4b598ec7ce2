# 练习：把同一个特征复制 m 份再交给高斯朴素贝叶斯，准确率、平均置信度、对数损失怎样变化？
import numpy as np

from mlvault.naive_bayes import GaussianNB

rng = np.random.default_rng(0)


def sample(n):
    y = rng.integers(0, 2, n)
    return rng.normal(np.where(y == 1, 1.0, -1.0), 1.0)[:, None], y  # 两类：N(-1, 1) 与 N(1, 1)


x_train, y_train = sample(400)
x_test, y_test = sample(5000)
print(f"{'副本数 m':>8}{'测试准确率':>12}{'平均 max P(c|x)':>18}{'对数损失':>12}")
for m in (1, 2, 5, 10):
    model = GaussianNB().fit(np.repeat(x_train, m, axis=1), y_train)
    proba = model.predict_proba(np.repeat(x_test, m, axis=1))
    log_loss = -np.mean(np.log(np.clip(proba[np.arange(len(y_test)), y_test], 1e-300, None)))
    print(f"{m:>8d}{model.score(np.repeat(x_test, m, axis=1), y_test):>14.4f}"
          f"{proba.max(axis=1).mean():>18.4f}{log_loss:>14.4f}")
