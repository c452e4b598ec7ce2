# 梯度穿过时间：普通 RNN 的梯度随步数指数衰减，LSTM（遗忘门接近 1 时）能把梯度传得很远
import matplotlib.pyplot as plt
import numpy as np
import torch

from mlvault.plotting import show

torch.manual_seed(0)
T, d, m = 100, 4, 32
xs = torch.randn(T, 1, d, dtype=torch.float64)
u = torch.randn(1, m, dtype=torch.float64)  # 损失 L = u · h_T


def grad_norms(cell, lstm):
    """‖∂L/∂(状态_t)‖，t = 0..T−1；LSTM 的状态是 (h_t, c_t)。"""
    h = torch.zeros(1, m, dtype=torch.float64, requires_grad=True)
    c = torch.zeros(1, m, dtype=torch.float64, requires_grad=True)
    states = []
    for x in xs:
        if lstm:
            h, c = cell(x, (h, c))
            c.retain_grad()
        else:
            h = cell(x, h)
        h.retain_grad()
        states.append((h, c))
    (u * h).sum().backward()
    norms = []
    for h_t, c_t in states:
        g = h_t.grad.norm() ** 2 + (c_t.grad.norm() ** 2 if lstm else 0.0)
        norms.append(float(g.sqrt()))
    return np.array(norms)


curves = {}
rnn = torch.nn.RNNCell(d, m, dtype=torch.float64)
with torch.no_grad():
    rho = torch.linalg.eigvals(rnn.weight_hh).abs().max().item()
curves[f"普通 RNN（默认初始化，谱半径 {rho:.2f}）"] = grad_norms(rnn, False)
rnn_big = torch.nn.RNNCell(d, m, dtype=torch.float64)
with torch.no_grad():
    rnn_big.weight_hh *= 1.5 / torch.linalg.eigvals(rnn_big.weight_hh).abs().max()
curves["普通 RNN（W_hh 放大到谱半径 1.5）"] = grad_norms(rnn_big, False)
lstm = torch.nn.LSTMCell(d, m, dtype=torch.float64)
curves["LSTM（默认初始化，遗忘门 ≈ 0.5）"] = grad_norms(lstm, True)
lstm_f = torch.nn.LSTMCell(d, m, dtype=torch.float64)
with torch.no_grad():
    lstm_f.bias_ih[m:2 * m] = 3.0  # PyTorch 的门顺序 (i, f, g, o)：第二块是遗忘门的偏置
curves["LSTM（遗忘门偏置 3，遗忘门 ≈ 0.95）"] = grad_norms(lstm_f, True)

fig, ax = plt.subplots(figsize=(7.5, 3.8))
lag = T - 1 - np.arange(T)  # 状态 t 距离损失的步数
for (name, g), style in zip(curves.items(), ["-", "--", "-", "--"]):
    ax.semilogy(lag, g, style, label=name)
ax.set_xlabel("距离损失的时间步数 T − t")
ax.set_ylabel("‖∂L/∂状态_t‖（对数坐标）")
ax.set_title("梯度随时间反向传播：普通 RNN 迅速衰减，遗忘门接近 1 的 LSTM 衰减得慢得多", fontsize=9)
ax.legend(fontsize=8, loc="lower left")
ax.grid(alpha=0.3, which="both")
fig.tight_layout()
show(fig)
