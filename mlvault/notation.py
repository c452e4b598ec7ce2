"""Notation helpers for the appendix: reading two's-complement bit strings, and n-bit overflow as arithmetic mod 2^n."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["twos_complement", "to_twos_complement", "wrap_to_bits"]


def twos_complement(bits: str) -> int:
    r"""Value of a bit string read as an ``n``-bit two's-complement integer.

    Parameters
    ----------
    bits : str, length n ≥ 1
        Characters ``0``/``1``, most significant first (spaces and underscores are ignored).

    Returns
    -------
    int
        A value in :math:`[-2^{n-1}, 2^{n-1}-1]`; ``"0010"`` → 2, ``"1010"`` → −6.

    Notes
    -----
    The sign bit weighs :math:`-2^{n-1}`, every other bit its usual power of two:

    .. math:: v = -b_{n-1} 2^{n-1} + \sum_{i=0}^{n-2} b_i 2^i

    笔记：[[二进制补码]]
    """
    digits = bits.replace(" ", "").replace("_", "")
    if not digits or set(digits) - {"0", "1"}:
        raise ValueError(f"not a bit string: {bits!r}")
    unsigned = int(digits, 2)
    return unsigned - (1 << len(digits)) if digits[0] == "1" else unsigned


def to_twos_complement(value: int, n_bits: int) -> str:
    r"""The ``n_bits``-bit two's-complement bit string of ``value`` (inverse of :func:`twos_complement`).

    Parameters
    ----------
    value : int
        Must lie in :math:`[-2^{n-1}, 2^{n-1}-1]`.
    n_bits : int
        Width of the representation.

    Returns
    -------
    str, length n_bits

    Notes
    -----
    A negative value is stored as :math:`2^n + v`, i.e. "invert the bits and add one".

    笔记：[[二进制补码]]
    """
    low, high = -(1 << (n_bits - 1)), (1 << (n_bits - 1)) - 1
    if not low <= value <= high:
        raise ValueError(f"{value} does not fit in {n_bits} bits (range [{low}, {high}])")
    return format(value % (1 << n_bits), f"0{n_bits}b")


# --8<-- [start:wrap_to_bits]
def wrap_to_bits(values: ArrayLike, n_bits: int) -> np.ndarray:
    r"""What ``n_bits``-bit two's-complement hardware stores for exact integer results: they wrap around mod :math:`2^n`.

    Parameters
    ----------
    values : array_like of int, any shape
        Exact integer results (e.g. sums computed with Python ints or int64), possibly out of range.
    n_bits : int, 1 ≤ n_bits ≤ 62
        Width of the register.

    Returns
    -------
    ndarray of int64, the shape of ``values``
        The unique :math:`w\equiv v \pmod{2^n}` with :math:`-2^{n-1}\le w\le 2^{n-1}-1`; values already in range
        are unchanged. ``wrap_to_bits(128, 8)`` is −128, ``wrap_to_bits(200, 8)`` is −56.

    Notes
    -----
    An adder keeps only the low :math:`n` bits of a result, i.e. its residue mod :math:`2^n`; reading that
    residue back as two's complement picks the representative in :math:`[-2^{n-1}, 2^{n-1}-1]`:

    .. math:: w = \bigl((v + 2^{n-1}) \bmod 2^n\bigr) - 2^{n-1}

    Unlike clipping (saturation, used by int8 quantisation), the error :math:`v-w` is a multiple of
    :math:`2^n`: a value just above the maximum becomes the most negative one.

    笔记：[[二进制补码]]
    """
    if not 1 <= n_bits <= 62:
        raise ValueError(f"n_bits must be in [1, 62], got {n_bits}")
    v = np.asarray(values, dtype=np.int64)
    half = np.int64(1) << (n_bits - 1)
    return np.mod(v + half, 2 * half) - half  # np.mod takes the sign of the divisor: always in [0, 2^n)
# --8<-- [end:wrap_to_bits]
