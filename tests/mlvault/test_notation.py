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
