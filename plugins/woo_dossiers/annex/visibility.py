"""Text that is in the file but that a reader cannot see: every way a redaction fails.

We judge by what a viewer shows, not by chasing drawing operators one trick at a
time. Each page is rendered twice with PDFium (Chrome's PDF engine): as a viewer
shows it, annotations included (A), and with every text object made invisible
(B). Where a character of the text layer is drawn so that it shows, A and B
differ inside its box. A character whose box looks the same in both shows
nothing of itself: it lies under an image, a box, a pattern, a thick stroke or
an annotation, or has the colour of what is under it, or sits in a layer that
is switched off. Outside the visible area and too small to read are judged from
the character's box.

Two honest kinds of text show nothing and must publish:

- the text layer of a scan: recognised text (OCR) is drawn invisibly over the
  picture of the page (render mode 3), or under it. Such text is fine where the
  picture shows something there; it is hidden only where the page looks blacked
  out (invisible text) or blank (text under a picture).
- whitespace, which has no ink.

Most pages show all their text, and asking PDFium for every character's box
costs more than rendering the page, so a page is first checked per line of
text (`_lines_all_show`); only a line with a stretch that shows nothing makes
us look at every character of the page.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .rendering import PageRender, address, channels, set_text_mode, text_objects, text_shows

# What hides a word, worded for the findings (examine.py words the messages).
COVERED_BY_IMAGE = "image"
COVERED_BY_SHAPE = "shape"
COVERED_BY_ANNOTATION = "annotation"
SAME_COLOUR = "same-colour"
INVISIBLE_ON_DARK = "invisible-on-dark"
HIDDEN_LAYER = "hidden-layer"
OUTSIDE = "outside"
TOO_SMALL = "too-small"

_TOO_SMALL = 2.0  # points: text whose character box is smaller cannot be read
_DARK = 96  # grey level (of 255) at or below which a blacked-out area counts as dark
_UNIFORM = 0.9  # share of an area within _SPREAD of its median: nothing is drawn there
_SPREAD = 24
_GAP = 0.8  # a stretch of a line this wide (share of its height) shows no ink: look closer


@dataclass(frozen=True)
class Spot:
    """Words on one page hidden in one way; boxes in points from the page's top left."""

    page: int
    kind: str
    words: int
    boxes: tuple[tuple[float, float, float, float], ...]


@dataclass(frozen=True)
class Pages:
    text: tuple[str, ...]  # per page, as PDFium extracts it: what was checked is what is published
    hidden: tuple[Spot, ...]


def read_pages(data: bytes) -> Pages:
    """Each page's text, and every place where text is present but cannot be seen.

    Raises pypdfium2's PdfiumError when PDFium cannot open the file.
    """
    document = pdfium.PdfDocument(data)
    try:
        texts: list[str] = []
        spots: list[Spot] = []
        for number in range(len(document)):
            page = document[number]
            try:
                text, hidden = _read_page(page, number + 1)
            finally:
                page.close()
            texts.append(text)
            spots += hidden
        return Pages(tuple(texts), tuple(spots))
    finally:
        document.close()


def hidden_text(data: bytes) -> list[Spot]:
    """Every place in the PDF where text is present but cannot be seen."""
    return list(read_pages(data).hidden)


@dataclass
class _Char:
    index: int
    box: tuple[float, float, float, float]  # page space: left, right, bottom, top
    loose: tuple[float, float, float, float]
    space: bool


def _read_page(page: pdfium.PdfPage, number: int) -> tuple[str, list[Spot]]:
    textpage = page.get_textpage()
    try:
        if textpage.count_chars() == 0:
            return "", []
        text = textpage.get_text_range().replace("\r\n", "\n")
        return text, _page_spots(page, textpage, number)
    finally:
        textpage.close()


def _page_spots(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int) -> list[Spot]:
    render = PageRender(page)
    seen = render.draw(colour=False)
    texts = text_objects(page)
    modes = [pdfium_c.FPDFTextObj_GetTextRenderMode(text) for text in texts]
    set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    if _lines_all_show(textpage, render, text_shows(seen, render.draw(colour=False))):
        return []
    # A closer look, in colour: red text on green is as grey as its background.
    bare = render.draw()
    for text, mode in zip(texts, modes, strict=True):
        pdfium_c.FPDFTextObj_SetTextRenderMode(text, mode)
    seen = render.draw()
    set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    shows = text_shows(seen, bare)
    # The text layer of a scan is drawn invisibly (render mode 3).
    ocr = {address(text) for text, mode in zip(texts, modes, strict=True)
           if mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE}
    return _hidden_words(page, textpage, render, _Pictures(shows, bare, ocr, texts), number)


def _lines_all_show(textpage: pdfium.PdfTextPage, render: PageRender, shows: np.ndarray) -> bool:
    """True if every line of text visibly shows ink along its whole length.

    A line is one of PDFium's text rectangles. Only its middle band is looked
    at, so descenders of the line above cannot fill a gap. A gap wider than four
    fifths of the line's height is more than the space between two words (a lone
    hidden "i" between two spaces is wider): something there shows nothing, and
    every character of the page is looked at.
    """
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        height = top - bottom
        if max(height, right - left) < _TOO_SMALL:
            return False
        middle = (bottom + top) / 2
        x0, x1, y0, y1 = render.pixels((left, right, middle - height / 4, middle + height / 4))
        if x0 < 0 or y0 < 0 or x1 > render.width or y1 > render.height:
            return False
        columns = shows[y0:y1, x0:x1].any(axis=0)
        if not columns.any() or _longest_gap(columns) > _GAP * height * render.scale:
            return False
    return True


def _longest_gap(columns: np.ndarray) -> int:
    """The longest run of False in a 1-D boolean array."""
    padded = np.concatenate(([True], columns, [True]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return int((edges[1::2] - edges[::2]).max()) if len(edges) else 0


def _chars(textpage: pdfium.PdfTextPage) -> list[_Char]:
    chars = []
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    rect = pdfium_c.FS_RECTF()
    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, index)
        space = code == 0 or chr(code).isspace() or bool(
            pdfium_c.FPDFText_IsGenerated(textpage.raw, index))
        if not pdfium_c.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top):
            space = True
        pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, index, rect)
        chars.append(_Char(index, (left.value, right.value, bottom.value, top.value),
                           (rect.left, rect.right, rect.bottom, rect.top), space))
    return chars


def _words(chars: list[_Char]) -> Iterator[list[_Char]]:
    word: list[_Char] = []
    for char in chars:
        if char.space:
            if word:
                yield word
            word = []
        else:
            word.append(char)
    if word:
        yield word


@dataclass
class _Pictures:
    shows: np.ndarray  # where the text visibly changes the page
    bare: np.ndarray  # the page without its text
    ocr: set[int]  # text objects drawn invisibly (render mode 3)
    texts: list[object]  # every text object


def _hidden_words(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, render: PageRender,
                  pictures: _Pictures, number: int) -> list[Spot]:
    found: dict[str, list[tuple[float, float, float, float]]] = {}
    pending: list[tuple[list[_Char], tuple[int, int, int, int]]] = []  # covered: kind to find
    for word in _words(_chars(textpage)):
        kind = _word_kind(textpage, render, pictures, word)
        if kind is None:
            continue
        box = _union(char.box for char in word)
        if kind == "covered":
            pending.append((word, render.pixels(box)))
        else:
            found.setdefault(kind, []).append(box)
    if pending:
        for kind, word in _why_covered(page, render, pictures.texts, pending):
            found.setdefault(kind, []).append(_union(char.box for char in word))
    return [Spot(number, kind, len(boxes), tuple(_from_top_left(render, box) for box in boxes))
            for kind, boxes in sorted(found.items())]


def _word_kind(textpage: pdfium.PdfTextPage, render: PageRender, pictures: _Pictures,
               word: list[_Char]) -> str | None:
    """Why most of the word cannot be seen, "covered", or None if it can be seen."""
    small = outside = 0
    unseen: list[_Char] = []
    for char in word:
        left, right, bottom, top = char.loose
        if max(right - left, top - bottom) < _TOO_SMALL:
            small += 1
            continue
        x0, x1, y0, y1 = render.pixels(char.box)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if not (0 <= cx < render.width and 0 <= cy < render.height):
            outside += 1
            continue
        if not pictures.shows[max(0, y0):y1, max(0, x0):x1].any():
            unseen.append(char)
    if small * 2 > len(word):
        return TOO_SMALL
    if outside * 2 > len(word):
        return OUTSIDE
    if (small + outside + len(unseen)) * 2 <= len(word):
        return None
    if not unseen:
        return OUTSIDE if outside >= small else TOO_SMALL
    area = _inner(render.pixels(_union(char.box for char in unseen)))
    under = pictures.bare[area[2]:area[3], area[0]:area[1]]
    handle = pdfium_c.FPDFText_GetTextObject(textpage.raw, unseen[0].index)
    if address(handle) in pictures.ocr:
        # The text layer of a scan: hidden only where the picture is blacked out.
        dark = _uniform(under) and float(np.median(channels(
            np.ascontiguousarray(under)))) <= _DARK
        return INVISIBLE_ON_DARK if dark else None
    if handle and _in_hidden_layer(handle):
        return HIDDEN_LAYER
    if not _uniform(under):
        return None  # a picture that shows something there: text under a scanned page
    return "covered"


def _inner(area: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The middle of an area, a sixth in from each side: the edges of a box tight around
    a word may show the page beside it."""
    x0, x1, y0, y1 = area
    dx, dy = (x1 - x0) // 6, (y1 - y0) // 6
    return max(0, x0 + dx), max(1, x1 - dx), max(0, y0 + dy), max(1, y1 - dy)


def _uniform(pixels: np.ndarray) -> bool:
    if pixels.size == 0:
        return True
    grey = channels(np.ascontiguousarray(pixels)).astype(np.int16).mean(axis=-1)
    return float((np.abs(grey - np.median(grey)) <= _SPREAD).mean()) >= _UNIFORM


def _in_hidden_layer(obj: object) -> bool:
    """Is the text marked as optional content (a layer)? Only asked of text that shows
    nothing, so a layer that is switched on never gets here."""
    buffer = (ctypes.c_ushort * 32)()
    length = ctypes.c_ulong()
    for n in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
        mark = pdfium_c.FPDFPageObj_GetMark(obj, n)
        if (mark and pdfium_c.FPDFPageObjMark_GetName(mark, buffer, ctypes.sizeof(buffer), length)
                and bytes(buffer)[: max(0, length.value - 2)].decode("utf-16-le", "replace") == "OC"):
            return True
    return False


def _why_covered(page: pdfium.PdfPage, render: PageRender, texts: list[object],
                 pending: list[tuple[list[_Char], tuple[int, int, int, int]]]
                 ) -> Iterator[tuple[str, list[_Char]]]:
    """What lies over each word that shows nothing, the topmost first.

    The text is drawn again in a colour of its own (magenta): a word that shows
    then had the colour of what lies under it. One that shows once annotations are
    left out lies under an annotation; once images are left out too, under an image;
    otherwise under a shape.
    """
    for text in texts:
        pdfium_c.FPDFPageObj_SetFillColor(text, 255, 0, 255, 255)
    remaining = pending
    for kind, with_annotations, with_images in ((SAME_COLOUR, True, True),
                                                (COVERED_BY_ANNOTATION, False, True),
                                                (COVERED_BY_IMAGE, False, False)):
        if not with_images:
            for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE],
                                          max_depth=32):
                pdfium_c.FPDFPageObj_SetMatrix(image.raw, pdfium_c.FS_MATRIX(0, 0, 0, 0, 0, 0))
        set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_FILL)
        seen = render.draw(annotations=with_annotations)
        set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
        shows = text_shows(seen, render.draw(annotations=with_annotations))
        still = []
        for word, (x0, x1, y0, y1) in remaining:
            if shows[max(0, y0):y1, max(0, x0):x1].any():
                yield kind, word
            else:
                still.append((word, (x0, x1, y0, y1)))
        remaining = still
    for word, _area in remaining:
        yield COVERED_BY_SHAPE, word


def _union(boxes: Iterator[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    ls, rs, bs, ts = zip(*boxes, strict=True)
    return min(ls), max(rs), min(bs), max(ts)


def _from_top_left(render: PageRender, box: tuple[float, float, float, float]
                   ) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in points from the top left of what a viewer shows."""
    x0, x1, y0, y1 = render.pixels(box)
    scale = render.scale
    return (round(x0 / scale, 1), round(y0 / scale, 1), round(x1 / scale, 1), round(y1 / scale, 1))
