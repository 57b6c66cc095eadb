"""A picture of an annex page with the places that hide text outlined in red.

For the communications team, who may not have a PDF tool that shows hidden
text: `woo controleer --afbeeldingen MAP` writes one PNG per page
with a finding. The page is drawn as a viewer shows it (PDFium); the hidden
words stay hidden, only where they are is marked.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

_SCALE = 2.0  # 144 dpi: small print stays readable beside the outline
_RED = (220, 0, 0)
_LINE = 3  # pixels
_MARGIN = 4  # pixels between the words and the outline


def outline_page(pdf: Path, page: int, boxes: Iterable[tuple[float, float, float, float]],
                 out: Path) -> Path:
    """Write page `page` (from 1) of `pdf` to `out` as PNG, each box outlined.

    Boxes are (left, top, right, bottom) in points from the top left of the page
    as shown, as `Finding.boxes` holds them.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[page - 1].render(scale=_SCALE, rev_byteorder=True)
        pixels = np.array(bitmap.to_numpy()[:, :, :3])  # a copy we may draw on
    finally:
        document.close()
    for box in boxes:
        _outline(pixels, [round(v * _SCALE) for v in box])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(png(pixels))
    return out


def _outline(pixels: np.ndarray, box: list[int]) -> None:
    height, width = pixels.shape[:2]
    left, top = max(0, box[0] - _MARGIN - _LINE), max(0, box[1] - _MARGIN - _LINE)
    right, bottom = min(width, box[2] + _MARGIN + _LINE), min(height, box[3] + _MARGIN + _LINE)
    if left >= right or top >= bottom:
        return  # outside the page as shown (text off the page): nothing to mark on it
    pixels[top:top + _LINE, left:right] = _RED
    pixels[max(top, bottom - _LINE):bottom, left:right] = _RED
    pixels[top:bottom, left:left + _LINE] = _RED
    pixels[top:bottom, max(left, right - _LINE):right] = _RED


def png(pixels: np.ndarray) -> bytes:
    """An RGB image (height x width x 3 bytes) as a PNG file."""
    height, width = pixels.shape[:2]
    rows = np.zeros((height, width * 3 + 1), dtype=np.uint8)  # filter byte 0 before each row
    rows[:, 1:] = pixels.reshape(height, width * 3)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows.tobytes(), 6)) + chunk(b"IEND", b""))
