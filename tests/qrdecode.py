"""Scan QR code images with a real decoder (zbar), as a phone would."""
from __future__ import annotations

import io
from pathlib import Path

import cairosvg
from PIL import Image
from pyzbar.pyzbar import ZBarSymbol, decode


def scan_svg(path: Path, pixels: int = 240) -> list[str]:
    """Return the texts of the QR codes found in an SVG file rendered at `pixels` wide."""
    png = cairosvg.svg2png(bytestring=path.read_bytes(), output_width=pixels, output_height=pixels)
    return [symbol.data.decode("utf-8") for symbol in decode(Image.open(io.BytesIO(png)), symbols=[ZBarSymbol.QRCODE])]
