# 种子文档 100-3.py 的手写高斯朴素贝叶斯（修正：直接算对数密度），与 mlvault.naive_bayes.GaussianNB 对照
import numpy as np

from mlvault.datasets import load_iris
from mlvault.model_selection import train_test_split
from mlvault.naive_bayes import GaussianNB


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
X_train, X_test, y_train, y_test = train_test_split(iris.data, iris.target, test_size=0.3, random_state=42)
print(f"训练集 {len(X_train)} 个样本，测试集 {len(X_test)} 个样本")

simple = SimpleGaussianNB().fit(X_train, y_train)
library = GaussianNB().fit(X_train, y_train)
means = np.array([simple.means[c] for c in simple.classes])
variances = np.array([simple.vars[c] for c in simple.classes])
print(f"均值与 theta_ 的最大差 {np.abs(means - library.theta_).max():.2e}，"
      f"方差与 var_ 的最大差 {np.abs(variances - library.var_).max():.2e}")
assert np.allclose(means, library.theta_) and np.allclose(variances, library.var_, rtol=1e-6)

same = np.array_equal(simple.predict(X_test), library.predict(X_test))
print(f"测试集准确率：手写 {simple.score(X_test, y_test):.5f}，mlvault {library.score(X_test, y_test):.5f}，"
      f"预测完全相同：{same}")
assert same

sample = np.array([[5.1, 3.5, 1.4, 0.2]])
print(f"样本 {sample[0].tolist()} 预测类别：{iris.target_names[simple.predict(sample)[0]]}")

far = np.array([[50.0, 50.0, 50.0, 50.0]])
print(f"\n远离所有数据的点 {far[0].tolist()}：")
print("  原版（密度连乘再取 log）每类得分：", simple.log_posteriors(far, fixed=False)[0],
      "→", iris.target_names[simple.predict(far, fixed=False)[0]])
print("  修正（直接算对数密度）每类得分：", np.round(simple.log_posteriors(far)[0], 1),
      "→", iris.target_names[simple.predict(far)[0]])
print("  mlvault GaussianNB →", iris.target_names[library.predict(far)[0]])
assert simple.predict(far)[0] == library.predict(far)[0] == 2
