"""The mask of every QR code is the one of least penalty (ISO/IEC 18004 §7.8.3), and the codes scan.

qr_penalty.py scores masks with bit tricks over many symbols at once; here the same rules are
written out module by module, as zxing's MaskUtil does, and the two must agree on every mask
of symbols of many sizes. The symbol we make with the winner must be the one Zint makes when
told to use that mask, and a real decoder must read it.
"""
from __future__ import annotations

import io

import cairosvg
import numpy as np
import pytest
from PIL import Image
from pyzbar.pyzbar import ZBarSymbol, decode

from generator import qr, qr_penalty

ADDRESSES = ["https://example.gov.cn/", "https://www.qingxi.gov.cn/documents/qfb-2021-28.html",
             "https://www.qingxi.gov.cn/matters/birth-registration.html",
             "http://192.168.1.20:8080/zwgk/documents/%E4%B8%9C%E5%BA%9C-2023-5.html",
             "https://www.qingxi.gov.cn/zwgk/" + "documents/" * 8 + "notice.html",
             "https://a.cn/" + "x" * 200]  # versions 2 to 11
LONG = "https://a.cn/" + "x" * 300  # version 14: too large for qr_penalty, Zint chooses its mask


def reference_penalty(modules: np.ndarray) -> int:
    """The penalty of a symbol (2-D array, 1 dark), rule by rule over its modules."""
    size = len(modules)
    lines = [list(row) for row in modules] + [list(col) for col in modules.T]
    total = 0
    for line in lines:  # N1
        run = 1
        for a, b in zip(line, line[1:] + [None]):
            if a == b:
                run += 1
                continue
            if run >= 5:
                total += 3 + run - 5
            run = 1
    for y in range(size - 1):  # N2
        for x in range(size - 1):
            if modules[y, x] == modules[y, x + 1] == modules[y + 1, x] == modules[y + 1, x + 1]:
                total += 3

    def light(line: list[int], start: int, end: int) -> bool:  # outside the symbol counts as light
        return all(line[i] == 0 for i in range(max(start, 0), min(end, len(line))))

    for line in lines:  # N3
        for x in range(len(line) - 6):
            if line[x:x + 7] == [1, 0, 1, 1, 1, 0, 1] and (light(line, x - 4, x) or light(line, x + 7, x + 11)):
                total += 40
    dark = int(modules.sum())
    total += 10 * (abs(dark * 20 - size * size * 10) // (size * size))  # N4
    return total


def modules_of(symbol) -> np.ndarray:
    data = np.asarray(symbol.encoded_data)[:symbol.width]
    return np.unpackbits(data, axis=1, bitorder="little")[:, :symbol.width].astype(int)


def lines_of(modules: np.ndarray) -> np.ndarray:
    size = len(modules)
    padded = np.zeros((size, 64), dtype=np.uint8)
    padded[:, :size] = modules
    return np.packbits(padded, axis=1, bitorder="little").view("<u8")[:, 0].astype(np.uint64)


@pytest.mark.parametrize("address", ADDRESSES)
def test_every_mask_scores_as_the_rules_say(address):
    for mask in range(8):
        modules = modules_of(qr._symbol(mask, address.encode()))
        size = len(modules)
        assert size <= qr_penalty.MAX_SIZE
        rows = lines_of(modules)
        assert (qr_penalty.columns(rows, size) == lines_of(modules.T)).all()
        fast = qr_penalty.penalties(rows[None], lines_of(modules.T)[None], size)[0]
        assert fast == reference_penalty(modules), (address, mask)


def test_a_run_a_block_and_a_finder_pattern_score_as_they_should():
    modules = np.zeros((21, 21), dtype=int)
    modules[3, 2:9] = [1, 0, 1, 1, 1, 0, 1]  # a finder-like pattern with light on both sides
    penalty = reference_penalty(modules)
    assert penalty == qr_penalty.penalties(lines_of(modules)[None], lines_of(modules.T)[None], 21)[0]
    assert reference_penalty(np.zeros((21, 21), dtype=int)) == 42 * (3 + 16) + 400 * 3 + 100


def scan(image: bytes) -> list[str]:
    png = cairosvg.svg2png(bytestring=image, output_width=500, output_height=500)
    return [symbol.data.decode("utf-8") for symbol in decode(Image.open(io.BytesIO(png)), symbols=[ZBarSymbol.QRCODE])]


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_code_is_zints_symbol_with_the_least_penalty_mask_and_scans(address):
    image = qr.svg(address)
    scores = [reference_penalty(modules_of(qr._symbol(mask, address.encode()))) for mask in range(8)]
    assert image == qr._image(qr._symbol(scores.index(min(scores)), address.encode()))
    assert scan(image) == [address]


def test_every_mask_applied_to_a_mask_0_symbol_scans():
    # What a mask changes is taken from a probe symbol (qr._flips): it must hold for any data.
    address = ADDRESSES[1]
    symbol = qr._symbol(0, address.encode())
    size = symbol.width
    rows, _ = qr._flips(size)
    for mask in range(8):
        masked = lines_of(modules_of(symbol)) ^ rows[mask]
        image = qr._svg(size, qr._pieces(qr_penalty.packed(masked[None]), size)[0])
        assert image == qr._image(qr._symbol(mask, address.encode()))
        assert scan(image) == [address], mask


def test_a_long_address_gets_zints_own_mask_and_scans():
    assert len(modules_of(qr._symbol(0, LONG.encode()))) > qr_penalty.MAX_SIZE
    assert scan(qr.svg(LONG)) == [LONG]


def test_many_codes_at_once_are_the_codes_one_by_one():
    addresses = [f"https://www.qingxi.gov.cn/documents/qfb-2021-{n}.html" for n in range(300)] + ADDRESSES + [LONG]
    assert qr.svgs(addresses) == [qr.svg(address) for address in addresses]
