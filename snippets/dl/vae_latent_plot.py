# 一个小 VAE 的二维潜空间：数据是由「位置」和「宽度」两个因素生成的一维鼓包，编码器把它们排成两个方向
import matplotlib.pyplot as plt
import numpy as np

from mlvault.plotting import show

rng = np.random.default_rng(0)
n, d, k, hidden = 400, 16, 2, 32
grid = np.linspace(0.0, 1.0, d)
pos = rng.uniform(0.2, 0.8, n)      # 生成因素 1：鼓包的位置
width = rng.uniform(0.05, 0.15, n)  # 生成因素 2：鼓包的宽度
X = np.exp(-0.5 * ((grid[None, :] - pos[:, None]) / width[:, None]) ** 2) + 0.02 * rng.normal(size=(n, d))
sigma_x = 0.1  # 解码器 p(x|z) = N(x̂(z), σ_x² I)


def init(n_out, n_in):
    return [rng.normal(0, 1 / np.sqrt(n_in), (n_out, n_in)), np.zeros(n_out)]


# 编码器 x → tanh → (μ, log σ²)；解码器 z → tanh → x̂。参数：W1, b1, W2, b2, V1, c1, V2, c2
params = init(hidden, d) + init(2 * k, hidden) + init(hidden, k) + init(d, hidden)


def encode(P, X):
    H = np.tanh(X @ P[0].T + P[1])
    out = H @ P[2].T + P[3]
    return H, out[:, :k], out[:, k:]


def decode(P, Z):
    G = np.tanh(Z @ P[4].T + P[5])
    return G, G @ P[6].T + P[7]


def loss_and_grads(P, eps):
    """负 ELBO 的批平均，以及用反向传播求出的全部梯度（z = μ + σ ε 让梯度穿过采样）。"""
    H, mu, logvar = encode(P, X)
    std = np.exp(0.5 * logvar)
    Z = mu + std * eps
    G, X_hat = decode(P, Z)
    recon = np.sum((X - X_hat) ** 2, axis=1) / (2 * sigma_x**2)
    kl = 0.5 * np.sum(mu**2 + std**2 - 1 - logvar, axis=1)
    dX_hat = (X_hat - X) / sigma_x**2 / n
    dA = (dX_hat @ P[6]) * (1 - G**2)
    dZ = dA @ P[4]
    d_mu = dZ + mu / n
    d_logvar = dZ * eps * 0.5 * std + 0.5 * (std**2 - 1) / n
    d_out = np.hstack([d_mu, d_logvar])
    dP_enc = (d_out @ P[2]) * (1 - H**2)
    grads = [dP_enc.T @ X, dP_enc.sum(0), d_out.T @ H, d_out.sum(0),
             dA.T @ Z, dA.sum(0), dX_hat.T @ G, dX_hat.sum(0)]
    return recon.mean(), kl.mean(), grads


m1 = [np.zeros_like(p) for p in params]
m2 = [np.zeros_like(p) for p in params]
for t in range(1, 401):  # Adam，学习率 0.01（全批量）
    recon, kl, grads = loss_and_grads(params, rng.normal(size=(n, k)))
    for p, g, a, b in zip(params, grads, m1, m2):
        a *= 0.9
        a += 0.1 * g
        b *= 0.999
        b += 0.001 * g * g
        p -= 0.01 * (a / (1 - 0.9**t)) / (np.sqrt(b / (1 - 0.999**t)) + 1e-8)

_, mu, _ = encode(params, X)
# 在潜空间里沿数据走一条路：宽度居中的样本按位置分成 9 段，取每段编码均值的平均作为路径点，再解码
mid = np.abs(width - 0.1) < 0.02
edges = np.linspace(0.2, 0.8, 10)
path = np.array([mu[mid & (pos >= a) & (pos < b)].mean(axis=0) for a, b in zip(edges, edges[1:])])
_, decoded = decode(params, path)

fig, axes = plt.subplots(1, 3, figsize=(9.6, 3.3), gridspec_kw={"width_ratios": [1, 1, 1.1]})
for ax, c, name in [(axes[0], pos, "位置"), (axes[1], width, "宽度")]:
    sc = ax.scatter(mu[:, 0], mu[:, 1], c=c, s=6, cmap="viridis")
    fig.colorbar(sc, ax=ax, fraction=0.046, label=f"鼓包{name}")
    ax.set_xlabel("$z_1$（编码均值）")
    ax.set_ylabel("$z_2$")
    ax.set_title(f"潜变量均值，按{name}着色", fontsize=9)
    ax.set_aspect("equal", adjustable="datalim")
axes[0].plot(path[:, 0], path[:, 1], "r.-", lw=1, ms=5)
axes[2].imshow(decoded, aspect="auto", cmap="magma", extent=[0, 1, 9.5, 0.5])
axes[2].set_xlabel("像素位置")
axes[2].set_ylabel("路径上的第几个点")
axes[2].set_title("沿左图红色路径解码：每一行是一个生成的信号", fontsize=9)
fig.suptitle(f"训练 400 步后：重构项 {recon:.1f}，KL 项 {kl:.2f} nat（每个样本的平均）", fontsize=9)
fig.tight_layout()
show(fig)
