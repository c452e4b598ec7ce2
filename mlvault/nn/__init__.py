"""Deep learning from scratch in numpy: activations, an MLP with backprop, convolution, RNN/LSTM cells,
attention, the diffusion forward process and regularisation layers.

Import the submodule you need, e.g. ``from mlvault.nn.activations import softmax``; nothing is imported
eagerly. 笔记：[[深度学习中的数学]]
"""
