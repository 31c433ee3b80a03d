"""The penalty of a QR symbol under each of its 8 masks (ISO/IEC 18004 §7.8.3), many symbols at once.

An encoder must pick the mask whose symbol scores the lowest penalty: it keeps finder-like
shapes, long runs and large blocks out of the data, which is what makes a printed code read
at a glance. Zint scores the masks in C at ~15 µs each; here each row and column of a symbol is
one 64-bit integer, so numpy scores all 8 masks of a batch of symbols together, ~13 µs a
symbol (qr.py encodes once, then applies the winner itself).

The four rules, as zxing scores them (MaskUtil.java):
- N1: each run of 5 or more same-coloured modules in a row or column: 3, plus 1 a module over 5;
- N2: each 2×2 block of one colour: 3 (blocks overlap);
- N3: each 1:1:3:1:1 pattern (dark light dark×3 light dark) in a row or column with 4 light
  modules before or after it, outside the symbol counting as light: 40;
- N4: 10 for each full 5 % the dark share departs from 50 %.
Lines are integers with bit j the module j (1 dark), up to 64 modules: versions 1 to 11.
"""
from __future__ import annotations

import numpy as np

MAX_SIZE = 64


def lines(data: np.ndarray) -> np.ndarray:
    """Return lines packed 8 modules a byte, bit i the module 8k + i (shape (..., 8) of uint8), as integers."""
    return data.view("<u8")[..., 0].astype(np.uint64)


def packed(values: np.ndarray) -> np.ndarray:
    """Return lines as their 8 bytes, the inverse of lines(): shape (..., 8) of uint8."""
    return values.astype("<u8").view(np.uint8).reshape(*values.shape, 8)


def columns(rows: np.ndarray, size: int) -> np.ndarray:
    """Return the columns of symbols given as rows (shape (..., size) of uint64), as the same kind of lines."""
    bits = np.unpackbits(packed(rows), axis=-1, bitorder="little")
    turned = np.swapaxes(bits[..., :size], -1, -2)
    padded = np.zeros((*turned.shape[:-1], 64), dtype=np.uint8)
    padded[..., :size] = turned
    return lines(np.packbits(padded, axis=-1, bitorder="little"))


def penalties(rows: np.ndarray, cols: np.ndarray, size: int) -> np.ndarray:
    """Return the penalty of each symbol: rows and cols of shape (..., size), the result of shape (...)."""
    row_pairs = _equal_neighbours(rows, size)
    total = _line_penalties(rows, row_pairs, size) + _line_penalties(cols, _equal_neighbours(cols, size), size)
    # N2: modules j and j+1 equal in two neighbouring rows, and the rows equal at j.
    same_below = ~(rows[..., :-1] ^ rows[..., 1:])
    total += 3 * _count(row_pairs[..., :-1] & row_pairs[..., 1:] & same_below)
    dark = _count(rows)
    area = size * size
    total += 10 * (np.abs(20 * dark - 10 * area) // area)
    return total


def _equal_neighbours(lines: np.ndarray, size: int) -> np.ndarray:
    """Bit j set where module j and module j+1 have one colour."""
    return ~(lines ^ (lines >> np.uint64(1))) & np.uint64((1 << (size - 1)) - 1)


def _line_penalties(lines: np.ndarray, pairs: np.ndarray, size: int) -> np.ndarray:
    """Return N1 + N3 of lines (..., size), summed over the last axis."""
    one, shift = np.uint64(1), np.uint64
    # N1: bit j of `five` is set where modules j..j+4 have one colour. A run of n ≥ 5 sets n - 4
    # bits in a row, and scores n - 2: one a bit, and 2 more where a stretch of bits begins.
    five = pairs & (pairs >> one) & (pairs >> shift(2)) & (pairs >> shift(3))
    n1 = _count(five) + 2 * _count(five & ~(five << one))
    # N3: bit p of `core` is set where modules p..p+6 read dark light dark dark dark light dark.
    core = (lines & ~(lines >> one) & (lines >> shift(2)) & (lines >> shift(3)) & (lines >> shift(4))
            & ~(lines >> shift(5)) & (lines >> shift(6)) & np.uint64((1 << (size - 6)) - 1))
    dark_before = (lines << one) | (lines << shift(2)) | (lines << shift(3)) | (lines << shift(4))
    dark_after = (lines >> shift(7)) | (lines >> shift(8)) | (lines >> shift(9)) | (lines >> shift(10))
    n3 = 40 * _count(core & ~(dark_before & dark_after))  # light on one side at least
    return n1 + n3


def _count(words: np.ndarray) -> np.ndarray:
    """Return the set bits of lines (..., size), summed over the last axis."""
    return np.bitwise_count(words).sum(axis=-1, dtype=np.int64)
