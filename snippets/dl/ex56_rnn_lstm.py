# 与参考实现对照：按原文公式手算一步 RNN 与一步 LSTM，与 torch.nn.RNNCell / LSTMCell（同样的权重）逐位相同
import numpy as np
import torch

from mlvault.nn.activations import sigmoid
from mlvault.nn.rnn import lstm_cell, rnn_cell

torch.manual_seed(0)
n_in, n_h = 3, 2
x = np.array([0.5, -1.0, 2.0])
h = np.array([0.1, -0.2])
c = np.array([0.3, 0.0])

# RNN: h_t = tanh(W_hh h_{t−1} + W_ih x_t + b_ih + b_hh)
rnn = torch.nn.RNNCell(n_in, n_h, dtype=torch.float64)
W_ih, W_hh, b_ih, b_hh = (p.detach().numpy() for p in rnn.parameters())  # order: W_ih, W_hh, b_ih, b_hh
h_ours = rnn_cell(x, h, W_ih, W_hh, b_ih, b_hh)
with torch.no_grad():
    h_torch = rnn(torch.tensor(x), torch.tensor(h)).numpy()
print("RNN  h_t  从零实现:", np.array2string(h_ours, precision=6), " torch:", np.array2string(h_torch, precision=6))
assert np.allclose(h_ours, h_torch)

# LSTM: PyTorch stacks the gates (i, f, g, o); the seed's W·[h, x] is [W_hh, W_ih] acting on [h, x]
lstm = torch.nn.LSTMCell(n_in, n_h, dtype=torch.float64)
W_ih, W_hh, b_ih, b_hh = (p.detach().numpy() for p in lstm.parameters())
W = np.hstack([W_hh, W_ih])  # (4·n_h, n_h + n_in)
b = b_ih + b_hh
hx = np.concatenate([h, x])  # [h_{t−1}, x_t]
blocks = {name: W[k * n_h:(k + 1) * n_h] @ hx + b[k * n_h:(k + 1) * n_h] for k, name in enumerate("ifgo")}
i_t, f_t, o_t = sigmoid(blocks["i"]), sigmoid(blocks["f"]), sigmoid(blocks["o"])
C_tilde = np.tanh(blocks["g"])
C_t = f_t * c + i_t * C_tilde
h_t = o_t * np.tanh(C_t)
print("\nLSTM 门（按原文公式手算）:")
for name, v in [("遗忘门 f_t", f_t), ("输入门 i_t", i_t), ("候选 C̃_t", C_tilde), ("输出门 o_t", o_t)]:
    print(f"  {name:<9} {np.array2string(v, precision=4)}")
h_lib, c_lib = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)
with torch.no_grad():
    h_ref, c_ref = lstm(torch.tensor(x), (torch.tensor(h), torch.tensor(c)))
print("C_t  手算:", np.array2string(C_t, precision=6), " 从零实现:", np.array2string(c_lib, precision=6),
      " torch:", np.array2string(c_ref.numpy(), precision=6))
print("h_t  手算:", np.array2string(h_t, precision=6), " 从零实现:", np.array2string(h_lib, precision=6),
      " torch:", np.array2string(h_ref.numpy(), precision=6))
assert np.allclose(C_t, c_ref.numpy()) and np.allclose(h_t, h_ref.numpy())
assert np.allclose(c_lib, C_t) and np.allclose(h_lib, h_t)

