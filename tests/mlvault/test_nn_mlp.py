"""MLP backpropagation vs torch autograd (float64) and central differences; training on XOR."""

import numpy as np
import pytest
import torch

from mlvault.nn.mlp import MLP

TORCH_ACT = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid,
             "leaky_relu": torch.nn.functional.leaky_relu, "elu": torch.nn.functional.elu}


def torch_grads(net, X, dL_dout):
    Ws = [torch.tensor(W, requires_grad=True) for W in net.weights_]
    bs = [torch.tensor(b, requires_grad=True) for b in net.biases_]
    a = torch.tensor(X)
    for l, (W, b) in enumerate(zip(Ws, bs)):
        a = a @ W.T + b
        if l < len(Ws) - 1:
            a = TORCH_ACT[net.activation](a)
    out = a
    (out * torch.tensor(dL_dout)).sum().backward()  # vector-Jacobian product with dL/dout
    return out.detach().numpy(), [(W.grad.numpy(), b.grad.numpy()) for W, b in zip(Ws, bs)]


@pytest.mark.parametrize("activation", sorted(TORCH_ACT))
@pytest.mark.parametrize("sizes", [[3, 1], [3, 5, 2], [4, 6, 5, 3]])
def test_backward_matches_autograd(activation, sizes):
    rng = np.random.default_rng(0)
    net = MLP(sizes, activation=activation, random_state=1).initialize()
    for b in net.biases_:
        b += rng.normal(size=b.shape)  # non-zero biases exercise db
    X = rng.normal(size=(7, sizes[0]))
    G = rng.normal(size=(7, sizes[-1]))
    out = net.forward(X)
    grads = net.backward(G)
    ref_out, ref = torch_grads(net, X, G)
    np.testing.assert_allclose(out, ref_out, rtol=1e-12, atol=1e-13)
    assert len(grads) == len(sizes) - 1
    for (dW, db), (rW, rb) in zip(grads, ref):
        np.testing.assert_allclose(dW, rW, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(db, rb, rtol=1e-10, atol=1e-12)


def test_backward_matches_central_differences():
    rng = np.random.default_rng(3)
    net = MLP([2, 4, 1], activation="tanh", random_state=0).initialize()
    X, y = rng.normal(size=(5, 2)), rng.normal(size=(5, 1))

    def loss():
        return 0.5 * np.sum((net.forward(X) - y) ** 2)

    net.forward(X)
    (dW0, _), _ = net.backward(net.forward(X) - y)
    h = 1e-6
    W = net.weights_[0]
    num = np.zeros_like(W)
    for idx in np.ndindex(W.shape):
        W[idx] += h
        up = loss()
        W[idx] -= 2 * h
        num[idx] = (up - loss()) / (2 * h)
        W[idx] += h
    np.testing.assert_allclose(dW0, num, rtol=1e-6, atol=1e-9)


def test_single_neuron_chain_rule_by_hand():
    # z = w x + b, a = sigmoid(z), L = (a - y)^2  =>  dL/dw = 2 (a - y) sigmoid'(z) x
    net = MLP([1, 1], random_state=0).initialize()
    net.weights_[0][:] = 0.5
    net.biases_[0][:] = 0.1
    x, y = 2.0, 1.0
    z = net.forward([[x]])
    a = 1 / (1 + np.exp(-z))
    (dW, db), = net.backward(2 * (a - y) * a * (1 - a))
    z0 = 0.5 * x + 0.1
    s = 1 / (1 + np.exp(-z0))
    np.testing.assert_allclose(dW, [[2 * (s - y) * s * (1 - s) * x]])
    np.testing.assert_allclose(db, [2 * (s - y) * s * (1 - s)])


def test_step_is_gradient_descent():
    net = MLP([2, 3, 2], random_state=0).initialize()
    W0 = [W.copy() for W in net.weights_]
    net.forward(np.ones((4, 2)))
    grads = net.backward(np.ones((4, 2)))
    net.step(0.1)
    for W, W_old, (dW, _) in zip(net.weights_, W0, grads):
        np.testing.assert_allclose(W, W_old - 0.1 * dW)


def test_fit_learns_xor_and_loss_decreases():
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1.0]])
    y = np.array([0, 1, 1, 0])
    net = MLP([2, 8, 2], activation="tanh", learning_rate=0.5, n_epochs=1500, random_state=0).fit(X, y)
    np.testing.assert_array_equal(net.predict(X), y)
    assert net.loss_curve_[-1] < 0.05 < net.loss_curve_[0]
    np.testing.assert_allclose(net.predict_proba(X).sum(axis=1), 1.0)


def test_fit_loss_matches_torch_cross_entropy():
    X = np.random.default_rng(0).normal(size=(6, 3))
    y = np.array([0, 1, 2, 0, 1, 2])
    net = MLP([3, 4, 3], n_epochs=1, random_state=0).fit(X, y)
    net2 = MLP([3, 4, 3], random_state=0).initialize()
    ref = torch.nn.functional.cross_entropy(torch.tensor(net2.forward(X)), torch.tensor(y))
    np.testing.assert_allclose(net.loss_curve_[0], ref.item(), rtol=1e-12)


def test_same_random_state_same_weights_and_bad_activation():
    a = MLP([3, 4, 2], random_state=5).initialize()
    b = MLP([3, 4, 2], random_state=5).initialize()
    np.testing.assert_array_equal(a.weights_[0], b.weights_[0])
    with pytest.raises(ValueError):
        MLP([2, 2], activation="swish").initialize()
