"""Notation helpers for the appendix: reading two's-complement bit strings."""

from __future__ import annotations

__all__ = ["twos_complement", "to_twos_complement"]


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
