# EX-38 种子文档 100-3.py 的手写高斯朴素贝叶斯（修正 ER-45：直接算对数密度）：种子的划分、远点、划分带来的波动
import numpy as np

from mlvault.datasets import load_iris


class SimpleGaussianNB:
    def fit(self, X, y):
        """训练：估计每个类的先验、均值和方差"""
        self.classes = np.unique(y)
        self.class_priors, self.means, self.vars = {}, {}, {}
        for c in self.classes:
            X_c = X[y == c]
            self.class_priors[c] = X_c.shape[0] / X.shape[0]
            self.means[c] = X_c.mean(axis=0)
            self.vars[c] = X_c.var(axis=0) + 1e-9  # 防止除零（绝对量 1e-9）
        return self

    def _gaussian_prob(self, x, mean, var):
        """原版：先算密度再取对数。密度可能下溢为 0（保留下来只为演示这个错误）"""
        return np.exp(-((x - mean) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)

    def _gaussian_log_prob(self, x, mean, var):
        """修正：直接算对数密度 -½log(2πσ²) - (x-μ)²/(2σ²)，不会下溢"""
        return -0.5 * np.log(2 * np.pi * var) - (x - mean) ** 2 / (2 * var)

    def log_posteriors(self, X, fixed=True):
        """每个类别的 log P(c) + Σ_j log p(x_j|c)，形状 (样本数, 类别数)；按类别循环，样本一次算完"""
        scores = []
        for c in self.classes:
            if fixed:
                log_lik = self._gaussian_log_prob(X, self.means[c], self.vars[c])
            else:
                with np.errstate(divide="ignore"):  # log(0) = -inf，正是原版的问题
                    log_lik = np.log(self._gaussian_prob(X, self.means[c], self.vars[c]))
            scores.append(np.log(self.class_priors[c]) + log_lik.sum(axis=1))
        return np.stack(scores, axis=1)

    def predict(self, X, fixed=True):
        return self.classes[np.argmax(self.log_posteriors(np.atleast_2d(X), fixed), axis=1)]

    def score(self, X, y):
        return np.mean(self.predict(X) == y)


iris = load_iris()
X, y = iris.data, iris.target
# 种子用 train_test_split(test_size=0.3, random_state=42)：它用 RandomState(42) 生成 150 的一个置换，前 45 个作测试集
perm = np.random.RandomState(42).permutation(len(y))
test, train = perm[:45], perm[45:]
model = SimpleGaussianNB().fit(X[train], y[train])
print(f"种子的划分：训练集 {len(train)} 个，测试集 {len(test)} 个，测试准确率 {model.score(X[test], y[test]):.5f}")
sample = np.array([[5.1, 3.5, 1.4, 0.2]])
print(f"样本 {sample[0].tolist()} 预测类别：{iris.target_names[model.predict(sample)[0]]}")

far = np.array([[50.0, 50.0, 50.0, 50.0]])
print(f"\n远离所有数据的点 {far[0].tolist()}：")
print("  原版（密度连乘再取 log）每类得分：", model.log_posteriors(far, fixed=False)[0],
      "→", iris.target_names[model.predict(far, fixed=False)[0]])
print("  修正（直接算对数密度）每类得分：", np.round(model.log_posteriors(far)[0], 1),
      "→", iris.target_names[model.predict(far)[0]])

# 同样 105 / 45 的比例，换 20 种随机划分：测试准确率随划分波动，单次划分的数字不必当真
rng = np.random.default_rng(0)
accuracies = []
for _ in range(20):
    p = rng.permutation(len(y))
    accuracies.append(SimpleGaussianNB().fit(X[p[45:]], y[p[45:]]).score(X[p[:45]], y[p[:45]]))
accuracies = np.array(accuracies)
print(f"\n20 种随机划分的测试准确率：最低 {accuracies.min():.4f}，平均 {accuracies.mean():.4f}，最高 {accuracies.max():.4f}")
