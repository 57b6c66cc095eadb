"""Graft recognised words onto their pages as an invisible text layer (render mode 3).

This is what OCR programs do ("sandwich"): the page keeps everything it drew,
and after it each word is set in Courier, invisible, stretched over the word in
the picture, so that selecting, searching and screen readers find it where it
stands. Courier because every letter is 600/1000 of an em wide: the stretch of a
word follows from its box and its length, without font metrics, and it is one of
the standard fonts every reader has. Its encoding is WinAnsi (Latin-1 and a
few more), which holds Dutch; a character outside it is written as '?'.

The file is written by pypdf from the original, with nothing added but the layer
and its font, and no date or random identifier: the same scan and the same
recognised words give the same bytes on every build.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)

from .ocr import Recognised

_FONT = "/WooOCR"
_COURIER_WIDTH = 0.6  # of the font size, every character


def with_text_layers(data: bytes, layers: dict[int, Recognised]) -> bytes:
    """The PDF with each page (0-based index) of `layers` given its words."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    font = writer._add_object(DictionaryObject({  # noqa: SLF001 - pypdf's way to add an object
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Courier"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }))
    for index, recognised in sorted(layers.items()):
        if not recognised.words:
            continue
        page = writer.pages[index]
        resources = page.get("/Resources")
        resources = DictionaryObject() if resources is None else resources.get_object()
        fonts = resources.get("/Font")
        fonts = DictionaryObject() if fonts is None else DictionaryObject(fonts.get_object())
        fonts[NameObject(_FONT)] = font
        resources = DictionaryObject(resources)  # a copy: resources may be shared by pages
        resources[NameObject("/Font")] = fonts
        page[NameObject("/Resources")] = resources
        # The page's drawing in q ... Q, so that nothing it leaves set moves the layer.
        contents = ArrayObject([writer._add_object(_stream(b"q\n"))])  # noqa: SLF001
        if "/Contents" in page:
            before = page.raw_get("/Contents")
            resolved = before.get_object()
            contents += resolved if isinstance(resolved, ArrayObject) else [before]
        layer = _layer(recognised, _to_page(page, recognised))
        contents.append(writer._add_object(_stream(b"\nQ\n" + layer)))  # noqa: SLF001
        page[NameObject("/Contents")] = contents
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stream(data: bytes) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


def _to_page(page: object, recognised: Recognised) -> tuple[float, ...]:
    """The matrix from the page as shown (points from its bottom left, as rendered for
    OCR) to the page's own space: its crop box, turned by /Rotate."""
    box = page.cropbox  # type: ignore[attr-defined]
    x0, y0 = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    rotate = int(page.get("/Rotate", 0) or 0) % 360  # type: ignore[attr-defined]
    turned = rotate in (90, 270)
    sx = (height if turned else width) / recognised.width
    sy = (width if turned else height) / recognised.height
    a, b, c, d, e, f = {
        0: (1, 0, 0, 1, x0, y0),
        90: (0, 1, -1, 0, x0 + width, y0),
        180: (-1, 0, 0, -1, x0 + width, y0 + height),
        270: (0, -1, 1, 0, x0, y0 + height),
    }[rotate]
    return (a * sx, b * sx, c * sy, d * sy, e, f)


def _layer(recognised: Recognised, matrix: tuple[float, ...]) -> bytes:
    lines = [b"q %s cm BT 3 Tr %s 1 Tf" % (_numbers(matrix), _FONT.encode())]
    for word in recognised.words:
        left, bottom, right, top = word.box
        text = word.text.encode("cp1252", "replace")
        size = max(top - bottom, 1.0)
        width = (right - left) / (_COURIER_WIDTH * len(text))
        # The box runs from the descenders to the tops of the letters: the baseline is
        # a fifth up (near enough for a layer nobody sees, on the word it stands for).
        lines.append(b"%s Tm (%s) Tj" % (_numbers((width, 0, 0, size, left, bottom + size / 5)),
                                          _escape(text)))
    lines.append(b"ET Q\n")
    return b"\n".join(lines)


def _numbers(values: tuple[float, ...]) -> bytes:
    return b" ".join(f"{value:.3f}".rstrip("0").rstrip(".").encode() for value in values)


def _escape(text: bytes) -> bytes:
    return text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
