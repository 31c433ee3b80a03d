"""QR codes: one SVG file per public address, cached across builds by address and settings.

Zint (a maintained C barcode library, through zint-bindings) lays out a symbol in ~20 µs;
the pure-Python encoders spend 5–10 ms choosing a mask, which at 22,000 documents would
dominate a cold build. Choosing the mask is most of Zint's time too (~15 µs a mask), so
Zint encodes each address once, with mask 0, and qr_penalty.py scores all 8 masks of a
whole batch of symbols at once; the winner is applied here (see _flips). We write the SVG
ourselves: one path, a unit stroke per dark module, crisp at any size and on paper.

Codes are named by a hash of their address and settings, kept in 256 folders by its first
two digits (two workers creating 22,000 files in one folder spent a third of their QR time
waiting on it: 13.3–14.6 s CPU in a cold district build, 9.4–10.0 s sharded), so the previous
build's `qr/` folder is the cache: an unchanged page copies its code instead of encoding it again,
and nothing is ever written outside the output folder.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

import numpy as np
import zint

from . import qr_penalty

ERROR_CORRECTION = 2  # Zint's option_1: 1 L, 2 M, 3 Q, 4 H. M suits print and keeps long URLs compact.
QUIET_ZONE = 4  # modules of white border: the QR specification's minimum
SETTINGS = f"zint-qr;ecc={ERROR_CORRECTION};border={QUIET_ZONE};masks=8;svg=4"  # bump when the SVG bytes change: codes are cached by it
FOLDER = "qr"
BATCH = 128  # symbols scored together


def _byte_commands(byte: int) -> bytes:
    """Return the path commands for 8 modules (bit i the module 8k + i, as Zint packs rows): each run
    of dark modules draws that many units ("h3"), each run of light ones moves as far ("m2 0")."""
    commands, bit = [], 0
    while bit < 8:
        dark, run = byte >> bit & 1, 1
        while bit + run < 8 and (byte >> (bit + run) & 1) == dark:
            run += 1
        commands.append(b"h%d" % run if dark else b"m%d 0" % run)
        bit += run
    return b"".join(commands)


# Path pieces by number: 0-255 a byte's commands, 256 + y the start of row y (its middle, after the
# quiet zone; a QR code has at most 177 rows). A symbol's path is then one lookup per byte.
PIECES = tuple(_byte_commands(byte) for byte in range(256)) + tuple(
    b"M%d %.1f" % (QUIET_ZONE, QUIET_ZONE + y + 0.5) for y in range(177))
ROW_START = 256


@dataclass(frozen=True)
class QrCode:
    """A page's QR code: the address it encodes and where its image is in the output."""

    url: str
    path: str

    @property
    def short(self) -> str:
        """Return the address as printed under the code: without the scheme."""
        return self.url.split("://", 1)[-1]


def code_for(url: str) -> QrCode:
    digest = hashlib.sha256(f"{SETTINGS}\n{url}".encode("utf-8")).hexdigest()[:20]
    return QrCode(url, f"{FOLDER}/{digest[:2]}/{digest[2:]}.svg")


def svg(url: str) -> bytes:
    """Return the SVG image of the QR code for `url`."""
    return svgs([url])[0]


def svgs(urls: list[str]) -> list[bytes]:
    """Return the SVG images of the QR codes for `urls`, in order: many at once cost less each."""
    symbol = _symbol(0)
    sizes: dict[int, list[tuple[int, np.ndarray]]] = {}
    for number, url in enumerate(urls):
        symbol.clear()
        symbol.encode(url.encode("utf-8"))
        # Rows of up to 64 modules, copied out before the next address overwrites them.
        sizes.setdefault(symbol.width, []).append((number, _rows(symbol, 8)))
    images: list[bytes] = [b""] * len(urls)
    for size, symbols in sizes.items():
        if size > qr_penalty.MAX_SIZE:  # addresses of 250 bytes and more: Zint chooses the mask itself
            for number, _ in symbols:
                images[number] = _image(_symbol(None, urls[number].encode("utf-8")))
            continue
        lines = qr_penalty.lines(np.stack([rows for _, rows in symbols]))
        # In batches whose 8 masked copies stay in the processor's cache: about twice as fast.
        masked = np.concatenate([_least_penalty(lines[start:start + BATCH], size)
                                 for start in range(0, len(lines), BATCH)])
        pieces = _pieces(qr_penalty.packed(masked), size)
        for (number, _), symbol_pieces in zip(symbols, pieces):
            images[number] = _svg(size, symbol_pieces)
    return images


def _symbol(mask: int | None, data: bytes | None = None, version: int = 0) -> zint.Symbol:
    """Return a Zint QR symbol set up for `mask` (0-7, or None: Zint chooses), with `data` encoded if given."""
    symbol = zint.Symbol()
    symbol.symbology = zint.Symbology.QRCODE
    # The address's UTF-8 bytes as they are. When Zint chooses (only for the rare address too long
    # for qr_penalty), FAST makes it score 4 of the 8 masks: 0, 2, 4, 7. FAST must stay off with a
    # mask given: with it, Zint's masks 1, 3, 5 and 6 give symbols that do not scan (zbar).
    symbol.input_mode = (zint.InputMode.DATA | zint.InputMode.FAST) if mask is None else zint.InputMode.DATA
    symbol.option_1 = ERROR_CORRECTION
    symbol.option_2 = version
    if mask is not None:
        symbol.option_3 = (mask + 1) << 8  # Zint's manual mask selection
    if data is not None:
        symbol.encode(data)
    return symbol


def _rows(symbol: zint.Symbol, stride: int | None = None) -> np.ndarray:
    """Return a copy of a symbol's rows as Zint packs them, 8 modules a byte (bit i the module 8k + i):
    the first `stride` bytes of each row, or all of them."""
    return np.asarray(symbol.encoded_data)[:symbol.width, :stride].copy()


def _pieces(rows: np.ndarray, size: int) -> list[list[int]]:
    """Return each symbol's path as PIECES numbers: row starts and the bytes of each row.

    `rows`: symbols `size` modules wide, packed as Zint packs them (shape (n, size, bytes a row)).
    """
    used = (size + 7) // 8
    numbers = np.empty((len(rows), size, used + 1), dtype=np.int64)
    numbers[..., 0] = ROW_START + np.arange(size)
    numbers[..., 1:] = rows[..., :used]
    return numbers.reshape(len(rows), -1).tolist()


def _least_penalty(rows: np.ndarray, size: int) -> np.ndarray:
    """Return symbols made with mask 0 (rows of shape (n, size)) with the mask of least penalty instead."""
    row_flips, col_flips = _flips(size)
    candidates = rows[:, None, :] ^ row_flips  # (n, 8, size): every symbol under every mask
    scores = qr_penalty.penalties(candidates, qr_penalty.columns(rows, size)[:, None, :] ^ col_flips, size)
    best = np.argmin(scores, axis=1)  # the first of equals: the lowest mask number, as Zint chooses
    return candidates[np.arange(len(rows)), best]


@functools.lru_cache(maxsize=None)
def _flips(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Return what turns a symbol of this size made with mask 0 into one made with each mask, as rows and columns.

    A mask flips the data modules by a fixed pattern and sets the format information, which
    holds the mask's number and the error correction level: both depend only on the version,
    level and mask, never on the data. So a probe symbol of the same version made with each
    mask, compared with it made with mask 0, gives the modules to flip in any symbol.
    """
    version = (size - 17) // 4
    probes = [_symbol(mask, b"0", version) for mask in range(8)]
    assert all(probe.width == size for probe in probes), (size, [probe.width for probe in probes])
    lines = qr_penalty.lines(np.stack([_rows(probe, 8) for probe in probes]))
    flips = lines ^ lines[0]
    return flips, qr_penalty.columns(flips, size)


def _image(symbol: zint.Symbol) -> bytes:
    """Return the SVG of a symbol of any size, as Zint made it."""
    return _svg(symbol.width, _pieces(_rows(symbol)[None], symbol.width)[0])


def _svg(width: int, pieces: list[int]) -> bytes:
    """Return the SVG of a symbol `width` modules wide from its path's PIECES numbers."""
    size = width + 2 * QUIET_ZONE
    path = b"".join(map(PIECES.__getitem__, pieces))
    return (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">'
            b'<rect width="%d" height="%d" fill="#fff"/><path stroke="#000" d="%s"/></svg>\n'
            % (size, size, size, size, path))
