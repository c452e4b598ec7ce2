"""Speed of mlvault.nn against torch CPU float64, single-threaded.

Run: ``OMP_NUM_THREADS=1 .venv/bin/python tests/benchmarks/bench_nn.py``.
Exits 1 if a ratio misses its target.
"""

import sys

import numpy as np
import torch
from ratios import best_times, report
from threadpoolctl import threadpool_limits

from mlvault.nn.attention import scaled_dot_product_attention
from mlvault.nn.conv import conv2d
from mlvault.nn.mlp import MLP

torch.set_num_threads(1)
F = torch.nn.functional


def cases(rng):
    x, w, b = rng.normal(size=(8, 16, 32, 32)), rng.normal(size=(32, 16, 3, 3)), rng.normal(size=32)
    tx, tw, tb = torch.tensor(x), torch.tensor(w), torch.tensor(b)
    yield ("conv2d 8x16x32x32, 32x3x3, pad 1", lambda: conv2d(x, w, b, padding=1),
           lambda: F.conv2d(tx, tw, tb, padding=1), 3.0)

    Q, K, V = (rng.normal(size=(8, 128, 64)) for _ in range(3))
    tQ, tK, tV = (torch.tensor(a) for a in (Q, K, V))
    yield ("attention 8x128x64", lambda: scaled_dot_product_attention(Q, K, V),
           lambda: F.scaled_dot_product_attention(tQ, tK, tV), 3.0)

    X = rng.normal(size=(1000, 100))
    G = rng.normal(size=(1000, 10))
    net = MLP([100, 64, 64, 10], random_state=0).initialize()
    net.forward(X)
    params = [torch.tensor(p, requires_grad=True) for W, b in zip(net.weights_, net.biases_) for p in (W, b)]
    tX, tG = torch.tensor(X), torch.tensor(G)

    def torch_backward():  # build the graph (forward), then backward: the same work as forward + backward
        a = tX
        for l in range(3):
            a = a @ params[2 * l].T + params[2 * l + 1]
            if l < 2:
                a = torch.relu(a)
        torch.autograd.grad(a, params, tG)

    def mlvault_backward():
        net.forward(X)
        net.backward(G)

    yield "MLP forward+backward 1000x100 (100-64-64-10)", mlvault_backward, torch_backward, 3.0


def main():
    rng = np.random.default_rng(0)
    with threadpool_limits(1):
        return report([(name, *best_times(ours, ref), target) for name, ours, ref, target in cases(rng)])


if __name__ == "__main__":
    sys.exit(main())
