"""QR codes: one SVG file per public address, cached across builds by address and settings.

Zint (a maintained C barcode library, through zint-bindings) encodes a code in ~0.1 ms;
the pure-Python encoders spend 5–10 ms choosing a mask, which at 22,000 documents would
dominate a cold build. We write the SVG ourselves: one path, a unit stroke per dark
module, crisp at any size and on paper.

Codes are named by a hash of their address and settings, kept in 256 folders by its first
two digits (two workers creating 22,000 files in one folder spent a third of their QR time
waiting on it: 13.3–14.6 s CPU in a cold district build, 9.4–10.0 s sharded), so the previous
build's `qr/` folder is the cache: an unchanged page copies its code instead of encoding it again,
and nothing is ever written outside the output folder.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import zint

ERROR_CORRECTION = 2  # Zint's option_1: 1 L, 2 M, 3 Q, 4 H. M suits print and keeps long URLs compact.
QUIET_ZONE = 4  # modules of white border: the QR specification's minimum
SETTINGS = f"zint-qr;ecc={ERROR_CORRECTION};border={QUIET_ZONE};fast;svg=3"  # bump when the SVG bytes change: codes are cached by it
FOLDER = "qr"
LIGHT = "m1 0"
# Zint packs each row least-significant bit first: bit i of a byte is the module 8k + i.
BYTE_COMMANDS = tuple("".join("h1" if byte >> bit & 1 else LIGHT for bit in range(8)).encode("ascii")
                      for byte in range(256))
# Where each row's path starts: the middle of row y, after the quiet zone (a QR code has at most 177 rows).
ROW_STARTS = tuple(b"M%d %.1f" % (QUIET_ZONE, QUIET_ZONE + y + 0.5) for y in range(177))


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
    symbol = zint.Symbol()
    symbol.symbology = zint.Symbology.QRCODE
    # The address's UTF-8 bytes as they are. FAST makes Zint score 4 of the 8 masks (0, 2,
    # 4, 7) instead of all: it halves the time, and the mask is still the least-penalty one
    # of those (measured on the bench addresses: same size, 2 in 3 with another mask).
    symbol.input_mode = zint.InputMode.DATA | zint.InputMode.FAST
    symbol.option_1 = ERROR_CORRECTION
    symbol.encode(url.encode("utf-8"))
    width = symbol.width
    size = width + 2 * QUIET_ZONE
    data = symbol.encoded_data
    rows = data.tobytes()
    stride = len(rows) // len(data)
    used = (width + 7) // 8
    command = BYTE_COMMANDS.__getitem__
    # Each row becomes path commands: a dark module draws one unit ("h1"), a light one moves
    # one ("m1 0"), looked up a byte (8 modules) at a time; a row's trailing light bytes
    # are dropped. Per-module Python was as slow as encoding, and QR codes weigh on a cold build.
    path = b"".join([ROW_STARTS[y] + b"".join(map(command, rows[start:start + used].rstrip(b"\0")))
                     for y, start in enumerate(range(0, symbol.rows * stride, stride))])
    return (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">'
            b'<rect width="%d" height="%d" fill="#fff"/><path stroke="#000" d="%s"/></svg>\n'
            % (size, size, size, size, path))
