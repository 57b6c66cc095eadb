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
import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# What hides a word, worded for the findings (examine.py words the messages).
COVERED_BY_IMAGE = "image"
COVERED_BY_SHAPE = "shape"
COVERED_BY_ANNOTATION = "annotation"
SAME_COLOUR = "same-colour"
INVISIBLE_ON_DARK = "invisible-on-dark"
HIDDEN_LAYER = "hidden-layer"
OUTSIDE = "outside"
TOO_SMALL = "too-small"

_SCALE = 1.0  # pixels per point: 72 dpi shows 4-point text as several pixels of ink
_MAX_PIXELS = 6_000_000  # larger pages (plans, posters) are rendered smaller
_SHOWS = 8  # a pixel differs visibly when a channel differs by more than this (of 255)
_TOO_SMALL = 2.0  # points: text whose character box is smaller cannot be read
_DARK = 96  # grey level (of 255) at or below which a blacked-out area counts as dark
_UNIFORM = 0.9  # share of an area within _SPREAD of its median: nothing is drawn there
_SPREAD = 24
_MAX_DEPTH = 32  # forms inside forms: deeper ones are not looked into
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


class _Render:
    """The page as pixels, and the map from page space to them."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        width, height = page.get_width(), page.get_height()
        scale = min(_SCALE, math.sqrt(_MAX_PIXELS / max(1.0, width * height)))
        self.page = page
        self.width = max(1, round(width * scale))
        self.height = max(1, round(height * scale))
        self.scale = scale
        self.matrix = self._matrix()
        self.unpainted = _unpainted_annotations(page, self)

    def _matrix(self) -> tuple[float, float, float, float, float, float]:
        """page (x, y) -> pixel (a*x + c*y + e, b*x + d*y + f), rotation and crop box included."""
        far = 10_000.0
        origin = self._device(0.0, 0.0)
        along_x = self._device(far, 0.0)
        along_y = self._device(0.0, far)
        return ((along_x[0] - origin[0]) / far, (along_x[1] - origin[1]) / far,
                (along_y[0] - origin[0]) / far, (along_y[1] - origin[1]) / far,
                origin[0], origin[1])

    def _device(self, x: float, y: float) -> tuple[float, float]:
        # PDFium rounds to whole pixels: ask at a hundred times the size for sub-pixel accuracy.
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(self.page.raw, 0, 0, self.width * 100, self.height * 100, 0,
                                   x, y, dx, dy)
        return dx.value / 100, dy.value / 100

    def pixels(self, box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        """The pixels whose centres lie in `box` (left, right, bottom, top): x0, x1, y0, y1."""
        a, b, c, d, e, f = self.matrix
        xs, ys = [], []
        for x in (box[0], box[1]):
            for y in (box[2], box[3]):
                xs.append(a * x + c * y + e)
                ys.append(b * x + d * y + f)
        return _centres(min(xs), max(xs)) + _centres(min(ys), max(ys))

    def draw(self, annotations: bool = True, colour: bool = True) -> np.ndarray:
        """The page's pixels: one 32-bit integer each (blue, green, red, zero), or in grey
        one byte each (cheaper, for the first look). PDFium draws straight into the array."""
        if colour:
            pixels = np.empty((self.height, self.width), dtype=np.uint32)
            kind, stride = pdfium_c.FPDFBitmap_BGRx, self.width * 4
        else:
            pixels = np.empty((self.height, self.width), dtype=np.uint8)
            kind, stride = pdfium_c.FPDFBitmap_Gray, self.width
        bitmap = pdfium_c.FPDFBitmap_CreateEx(self.width, self.height, kind,
                                              pixels.ctypes.data_as(ctypes.c_void_p), stride)
        if not bitmap:
            raise MemoryError("no memory for a page bitmap")
        try:
            pdfium_c.FPDFBitmap_FillRect(bitmap, 0, 0, self.width, self.height, 0xFFFFFFFF)
            flags = (pdfium_c.FPDF_ANNOT if annotations else 0) | (
                0 if colour else pdfium_c.FPDF_GRAYSCALE)
            pdfium_c.FPDF_RenderPageBitmap(bitmap, self.page.raw, 0, 0, self.width, self.height,
                                           0, flags)
        finally:
            pdfium_c.FPDFBitmap_Destroy(bitmap)
        if colour:
            # The fourth byte is whatever PDFium left there: cleared, so that equal colours
            # are equal integers.
            pixels &= np.uint32(0x00FFFFFF)
        if annotations:
            for (x0, x1, y0, y1), rgb in self.unpainted:
                pixels[max(0, y0):max(0, y1), max(0, x0):max(0, x1)] = (
                    rgb if colour else _grey(rgb))
        return pixels


def _grey(rgb: int) -> int:
    red, green, blue = rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF
    return round(0.299 * red + 0.587 * green + 0.114 * blue)


def _channels(pixels: np.ndarray) -> np.ndarray:
    """32-bit pixels as their blue, green and red values (last axis)."""
    return pixels.view(np.uint8).reshape(*pixels.shape, 4)[..., :3]


# Annotations PDFium draws from their colours when they have no appearance of their own.
_DRAWN_WITHOUT_APPEARANCE = {
    pdfium_c.FPDF_ANNOT_CIRCLE, pdfium_c.FPDF_ANNOT_HIGHLIGHT, pdfium_c.FPDF_ANNOT_INK,
    pdfium_c.FPDF_ANNOT_POPUP, pdfium_c.FPDF_ANNOT_SQUARE, pdfium_c.FPDF_ANNOT_SQUIGGLY,
    pdfium_c.FPDF_ANNOT_STRIKEOUT, pdfium_c.FPDF_ANNOT_TEXT, pdfium_c.FPDF_ANNOT_UNDERLINE,
}
# Never a cover: links and form fields are handled elsewhere, a Redact mark is
# reported by itself (unapplied redaction).
_NOT_A_COVER = {pdfium_c.FPDF_ANNOT_LINK, pdfium_c.FPDF_ANNOT_WIDGET, pdfium_c.FPDF_ANNOT_REDACT}
_NOT_SHOWN = pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW


def _unpainted_annotations(page: pdfium.PdfPage, render: _Render
                           ) -> list[tuple[tuple[int, int, int, int], int]]:
    """Filled annotations without an appearance that PDFium leaves out but other viewers
    (Acrobat) fill from their colour: a polygon or a free-text box. Painted over the
    page as their rectangle, so text under them counts as covered."""
    painted = []
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annotation = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annotation:
            continue
        try:
            subtype = pdfium_c.FPDFAnnot_GetSubtype(annotation)
            if (subtype in _DRAWN_WITHOUT_APPEARANCE or subtype in _NOT_A_COVER
                    or pdfium_c.FPDFAnnot_GetFlags(annotation) & _NOT_SHOWN
                    or pdfium_c.FPDFAnnot_GetAP(annotation,
                                                pdfium_c.FPDF_ANNOT_APPEARANCEMODE_NORMAL,
                                                None, 0) > 2):
                continue
            colour = _annotation_colour(annotation)
            rect = pdfium_c.FS_RECTF()
            if colour is not None and pdfium_c.FPDFAnnot_GetRect(annotation, rect):
                area = render.pixels((rect.left, rect.right, rect.bottom, rect.top))
                painted.append((area, colour))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annotation)
    return painted


def _annotation_colour(annotation: object) -> int | None:
    """Its fill (interior colour, else its colour) as a pixel; None if see-through."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for kind in (pdfium_c.FPDFANNOT_COLORTYPE_InteriorColor, pdfium_c.FPDFANNOT_COLORTYPE_Color):
        if pdfium_c.FPDFAnnot_GetColor(annotation, kind, r, g, b, a):
            return None if a.value < 128 else (r.value << 16) | (g.value << 8) | b.value
    return None


def _centres(low: float, high: float) -> tuple[int, int]:
    start, stop = math.ceil(low - 0.5), math.floor(high - 0.5) + 1
    if stop <= start:  # narrower than a pixel: the pixel that holds its middle
        start = math.floor((low + high) / 2)
        stop = start + 1
    return start, stop


def _shows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pixels where the text changes what is drawn, visibly."""
    if a.dtype == np.uint8:  # grey: a difference in grey is at most the largest in colour
        return (np.maximum(a, b) - np.minimum(a, b)) > _SHOWS
    differs = a != b
    where = np.flatnonzero(differs)
    if where.size:
        change = np.abs(_channels(a.ravel()[where]).astype(np.int16)
                        - _channels(b.ravel()[where]).astype(np.int16)).max(axis=1)
        differs.ravel()[where] = change > _SHOWS
    return differs


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
    render = _Render(page)
    seen = render.draw(colour=False)
    texts = _text_objects(page)
    modes = [pdfium_c.FPDFTextObj_GetTextRenderMode(text) for text in texts]
    _set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    if _lines_all_show(textpage, render, _shows(seen, render.draw(colour=False))):
        return []
    # A closer look, in colour: red text on green is as grey as its background.
    bare = render.draw()
    for text, mode in zip(texts, modes, strict=True):
        pdfium_c.FPDFTextObj_SetTextRenderMode(text, mode)
    seen = render.draw()
    _set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    shows = _shows(seen, bare)
    # The text layer of a scan is drawn invisibly (render mode 3).
    ocr = {_address(text) for text, mode in zip(texts, modes, strict=True)
           if mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE}
    return _hidden_words(page, textpage, render, _Pictures(shows, bare, ocr, texts), number)


def _text_objects(page: pdfium.PdfPage) -> list[object]:
    """Every text object of the page, also inside forms (raw handles: the page has
    tens of them and pypdfium2's wrappers cost more than the drawing)."""
    found: list[object] = []
    stack = [pdfium_c.FPDFPage_GetObject(page.raw, i)
             for i in range(pdfium_c.FPDFPage_CountObjects(page.raw))]
    depth = {_address(obj): 0 for obj in stack}
    while stack:
        obj = stack.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            found.append(obj)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth[_address(obj)] < _MAX_DEPTH:
            for i in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
                inner = pdfium_c.FPDFFormObj_GetObject(obj, i)
                depth[_address(inner)] = depth[_address(obj)] + 1
                stack.append(inner)
    return found


def _set_text_mode(texts: list[object], mode: int) -> None:
    for text in texts:
        pdfium_c.FPDFTextObj_SetTextRenderMode(text, mode)


def _lines_all_show(textpage: pdfium.PdfTextPage, render: _Render, shows: np.ndarray) -> bool:
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


def _address(handle: object) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _hidden_words(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, render: _Render,
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


def _word_kind(textpage: pdfium.PdfTextPage, render: _Render, pictures: _Pictures,
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
    if _address(handle) in pictures.ocr:
        # The text layer of a scan: hidden only where the picture is blacked out.
        dark = _uniform(under) and float(np.median(_channels(
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
    grey = _channels(np.ascontiguousarray(pixels)).astype(np.int16).mean(axis=-1)
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


def _why_covered(page: pdfium.PdfPage, render: _Render, texts: list[object],
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
                                          max_depth=_MAX_DEPTH):
                pdfium_c.FPDFPageObj_SetMatrix(image.raw, pdfium_c.FS_MATRIX(0, 0, 0, 0, 0, 0))
        _set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_FILL)
        seen = render.draw(annotations=with_annotations)
        _set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
        shows = _shows(seen, render.draw(annotations=with_annotations))
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


def _from_top_left(render: _Render, box: tuple[float, float, float, float]
                   ) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in points from the top left of what a viewer shows."""
    x0, x1, y0, y1 = render.pixels(box)
    scale = render.scale
    return (round(x0 / scale, 1), round(y0 / scale, 1), round(x1 / scale, 1), round(y1 / scale, 1))
