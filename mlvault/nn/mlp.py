"""A multilayer perceptron with hand-written backpropagation.

Layers use PyTorch's ``nn.Linear`` layout: weight ``W`` of shape (n_out, n_in), so one layer is
``Z = A @ W.T + b`` for a batch ``A`` of row vectors, the batch form of :math:`z = W a + b`. Hidden layers
apply the activation; the last layer is linear (it outputs scores/logits).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from mlvault.nn import activations as act

__all__ = ["MLP", "ACTIVATIONS"]

#: name -> (function, derivative with respect to the pre-activation)
ACTIVATIONS = {
    "relu": (act.relu, act.relu_grad),
    "leaky_relu": (act.leaky_relu, act.leaky_relu_grad),
    "elu": (act.elu, act.elu_grad),
    "tanh": (act.tanh, act.tanh_grad),
    "sigmoid": (act.sigmoid, act.sigmoid_grad),
}


class MLP:
    r"""Fully connected network trained by backpropagation and gradient descent.

    Parameters
    ----------
    layer_sizes : sequence of int, length L + 1
        ``(n_features, hidden_1, ..., n_outputs)``.
    activation : {"relu", "leaky_relu", "elu", "tanh", "sigmoid"}, default "relu"
        Activation of the hidden layers (the output layer is linear).
    learning_rate : float, default 0.1
        Step size of :meth:`fit` (full-batch gradient descent).
    n_epochs : int, default 1000
        Number of gradient steps in :meth:`fit`.
    random_state : int, numpy.random.Generator or None
        Seeds the weight initialisation (He for ReLU-like, Xavier/LeCun for tanh and sigmoid).

    Attributes
    ----------
    weights_ : list of ndarray, the l-th of shape (layer_sizes[l+1], layer_sizes[l])
    biases_ : list of ndarray, the l-th of shape (layer_sizes[l+1],)
    grads_ : list of (dW, db) pairs, same shapes as ``weights_`` and ``biases_``
        Set by :meth:`backward`.
    loss_curve_ : list of float
        Mean cross-entropy before each step of :meth:`fit`.

    Notes
    -----
    Forward pass, layer :math:`l = 1, \dots, L`:

    .. math:: z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}, \qquad a^{(l)} = g(z^{(l)}), \qquad a^{(0)} = x

    Backward pass, with :math:`\delta^{(l)} = \partial L / \partial z^{(l)}`:

    .. math::
        \delta^{(l)} = \bigl((W^{(l+1)})^\top \delta^{(l+1)}\bigr) \odot g'(z^{(l)}), \qquad
        \frac{\partial L}{\partial W^{(l)}} = \delta^{(l)} (a^{(l-1)})^\top, \qquad
        \frac{\partial L}{\partial b^{(l)}} = \delta^{(l)}

    For a batch, these outer products are summed over the samples: ``dW = delta.T @ A_prev``.

    笔记：[[反向传播]]
    """

    def __init__(self, layer_sizes, activation="relu", learning_rate=0.1, n_epochs=1000, random_state=None):
        self.layer_sizes = layer_sizes
        self.activation = activation
        self.learning_rate = learning_rate
        self.n_epochs = n_epochs
        self.random_state = random_state

    def initialize(self) -> "MLP":
        """Draw fresh weights (zero biases) from ``random_state``; returns ``self``."""
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"unknown activation {self.activation!r}; choose from {sorted(ACTIVATIONS)}")
        rng = np.random.default_rng(self.random_state)
        gain = 2.0 if "relu" in self.activation or self.activation == "elu" else 1.0
        sizes = list(self.layer_sizes)
        self.weights_ = [
            rng.normal(0.0, np.sqrt(gain / n_in), size=(n_out, n_in)) for n_in, n_out in zip(sizes, sizes[1:])
        ]
        self.biases_ = [np.zeros(n_out) for n_out in sizes[1:]]
        return self

    def forward(self, X: ArrayLike) -> np.ndarray:
        """Output scores of the network, caching what :meth:`backward` needs (weights drawn on first use).

        Parameters
        ----------
        X : array_like of shape (n_samples, layer_sizes[0])

        Returns
        -------
        ndarray of shape (n_samples, layer_sizes[-1])
            The last layer's :math:`z^{(L)}` (no activation).
        """
        if not hasattr(self, "weights_"):
            self.initialize()
        g = ACTIVATIONS[self.activation][0]
        a = np.asarray(X, dtype=float)
        self._inputs, self._pre = [], []  # a^(l-1) and z^(l) of every layer
        last = len(self.weights_) - 1
        for l, (W, b) in enumerate(zip(self.weights_, self.biases_)):
            z = a @ W.T + b
            self._inputs.append(a)
            self._pre.append(z)
            a = z if l == last else g(z)
        return a

    def backward(self, dL_dout: ArrayLike) -> list[tuple[np.ndarray, np.ndarray]]:
        """Gradients of the loss with respect to every weight and bias, from the last :meth:`forward`.

        Parameters
        ----------
        dL_dout : array_like of shape (n_samples, layer_sizes[-1])
            Gradient of the (scalar) loss with respect to the output of :meth:`forward`.

        Returns
        -------
        list of (dW, db), one pair per layer
            ``dW`` of shape (n_out, n_in), ``db`` of shape (n_out,); also stored as ``grads_``.
        """
        g_prime = ACTIVATIONS[self.activation][1]
        delta = np.asarray(dL_dout, dtype=float)
        grads = []
        for l in range(len(self.weights_) - 1, -1, -1):
            grads.append((delta.T @ self._inputs[l], delta.sum(axis=0)))
            if l > 0:
                delta = (delta @ self.weights_[l]) * g_prime(self._pre[l - 1])
        self.grads_ = grads[::-1]
        return self.grads_

    def step(self, lr: float) -> "MLP":
        r"""One gradient-descent step :math:`\theta \leftarrow \theta - \eta\,\nabla_\theta L` using ``grads_``.

        Parameters
        ----------
        lr : float
            Learning rate :math:`\eta`.

        Returns
        -------
        self
        """
        for W, b, (dW, db) in zip(self.weights_, self.biases_, self.grads_):
            W -= lr * dW
            b -= lr * db
        return self

    def fit(self, X: ArrayLike, y: ArrayLike) -> "MLP":
        """Train a classifier: mean softmax cross-entropy, full-batch gradient descent.

        Parameters
        ----------
        X : array_like of shape (n_samples, layer_sizes[0])
        y : array_like of int, shape (n_samples,)
            Class labels ``0 .. layer_sizes[-1] - 1``.

        Returns
        -------
        self
        """
        X = np.asarray(X, dtype=float)
        y = np.asarray(y)
        onehot = np.eye(self.layer_sizes[-1])[y]
        self.initialize()
        self.loss_curve_ = []
        for _ in range(self.n_epochs):
            logits = self.forward(X)
            self.loss_curve_.append(-np.mean(np.sum(onehot * act.log_softmax(logits), axis=1)))
            self.backward((act.softmax(logits) - onehot) / len(X))
            self.step(self.learning_rate)
        return self

    def predict_proba(self, X: ArrayLike) -> np.ndarray:
        """Class probabilities, shape (n_samples, n_classes): the softmax of :meth:`forward`."""
        return act.softmax(self.forward(X))

    def predict(self, X: ArrayLike) -> np.ndarray:
        """Most probable class, shape (n_samples,)."""
        return np.argmax(self.forward(X), axis=1)
