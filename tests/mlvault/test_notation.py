"""mlvault.notation against numpy's int views and Python's signed int.from_bytes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlvault.notation import to_twos_complement, twos_complement


@pytest.mark.parametrize(("bits", "value"), [("0010", 2), ("1010", -6), ("1000", -8), ("0111", 7), ("1", -1), ("0", 0)])
def test_hand_computed(bits, value):
    assert twos_complement(bits) == value


def test_every_byte_matches_numpy_int8_view():
    expected = np.arange(256, dtype=np.uint8).view(np.int8)
    assert [twos_complement(format(value, "08b")) for value in range(256)] == expected.tolist()


@given(st.integers(1, 64).flatmap(lambda n: st.tuples(st.just(n), st.integers(-(2 ** (n - 1)), 2 ** (n - 1) - 1))))
def test_round_trip_and_from_bytes(width_value):
    n, value = width_value
    bits = to_twos_complement(value, n)
    assert len(bits) == n
    assert twos_complement(bits) == value
    if n % 8 == 0:
        assert int.from_bytes(int(bits, 2).to_bytes(n // 8, "big"), "big", signed=True) == value


@pytest.mark.parametrize("bad", ["", "102", "abc"])
def test_rejects_non_bit_strings(bad):
    with pytest.raises(ValueError):
        twos_complement(bad)


def test_rejects_values_out_of_range():
    with pytest.raises(ValueError, match="does not fit"):
        to_twos_complement(8, 4)


# --- wrap_to_bits: n-bit overflow is arithmetic mod 2^n -------------------------------------------------

from mlvault.notation import wrap_to_bits  # noqa: E402


@pytest.mark.parametrize(
    ("value", "n_bits", "expected"),
    [(127, 8, 127), (128, 8, -128), (200, 8, -56), (255, 8, -1), (256, 8, 0), (-129, 8, 127), (7 + 1, 4, -8), (-8, 4, -8)],
)
def test_wrap_hand_cases(value, n_bits, expected):
    assert wrap_to_bits(value, n_bits) == expected


@pytest.mark.parametrize(("n_bits", "dtype"), [(8, np.int8), (16, np.int16), (32, np.int32)])
def test_wrap_matches_numpy_integer_cast(n_bits, dtype):
    # numpy's int64 -> intN cast keeps the low N bits (C semantics, exact for integers): an independent reference
    values = np.random.default_rng(0).integers(-(2**40), 2**40, size=2000)
    np.testing.assert_array_equal(wrap_to_bits(values, n_bits), values.astype(dtype).astype(np.int64))


def test_wrap_matches_numpy_int8_addition_overflow():
    a = np.arange(-128, 128, dtype=np.int8)
    b = np.int8(100)
    with np.errstate(over="ignore"):
        overflowed = (a + b).astype(np.int64)  # numpy int8 arithmetic wraps
    np.testing.assert_array_equal(wrap_to_bits(a.astype(np.int64) + 100, 8), overflowed)


@given(st.integers(1, 62), st.integers(-(2**62), 2**62 - 1))
def test_wrap_is_the_in_range_residue(n_bits, value):
    w = int(wrap_to_bits(value, n_bits))
    assert -(2 ** (n_bits - 1)) <= w <= 2 ** (n_bits - 1) - 1
    assert (value - w) % 2**n_bits == 0
    assert twos_complement(format(value % 2**n_bits, f"0{n_bits}b")) == w  # the low n bits, read as two's complement


def test_wrap_rejects_bad_width():
    with pytest.raises(ValueError):
        wrap_to_bits(1, 0)
