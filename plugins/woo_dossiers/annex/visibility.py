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
  picture shows something there; it is hidden where the page looks blacked out
  or painted blank (invisible text: a word of two letters or digits, as OCR reads
  a bar or a ruling as 'B' or '|'), or blank (text under a picture).
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

from ..model.laws import LAWS, normalise_ground
from .layout import page_text
from .placement import Placed, in_any, overlapping_text, placed_objects, scan_pictures
from .rendering import (
    PageRender,
    address,
    channels,
    image_objects,
    set_text_mode,
    text_objects,
    text_shows,
)

# What hides a word, worded for the findings (examine.py words the messages).
COVERED_BY_IMAGE = "image"
COVERED_BY_SHAPE = "shape"
COVERED_BY_ANNOTATION = "annotation"
SAME_COLOUR = "same-colour"
INVISIBLE_ON_DARK = "invisible-on-dark"
INVISIBLE_ON_BLANK = "invisible-on-blank"
HIDDEN_LAYER = "hidden-layer"
OUTSIDE = "outside"
TOO_SMALL = "too-small"
UNREADABLE_GROUND = "unreadable-ground"  # not hidden text: a ground code nobody can read

_TOO_SMALL = 2.0  # points: text whose character box or letter size is smaller cannot be read
_DARK = 96  # grey level (of 255) at or below which a blacked-out area counts as dark
_UNIFORM = 0.9  # share of an area within _SPREAD of its median: nothing is drawn there
_SPREAD = 24
_NOWHERE = pdfium_c.FS_MATRIX(0, 0, 0, 0, 0, 0)  # an image drawn with it draws nothing
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
    # per page, as PDFium extracts it, its layout in whitespace (layout.py): what was
    # checked is what is published
    text: tuple[str, ...]
    hidden: tuple[Spot, ...]


def read_pages(data: bytes) -> Pages:
    """Each page's text, and every place where text is present but cannot be seen.

    Raises pypdfium2's PdfiumError when PDFium cannot open the file.
    """
    document = pdfium.PdfDocument(data)
    try:
        # Form fields are drawn as a viewer draws them: PDFium leaves them out otherwise,
        # and a field with a black background over a name would hide nothing.
        document.init_forms()
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
    small: bool = False  # its letters are set smaller than _TOO_SMALL, in height or in width
    obj: int = 0  # the address of its text object


def _read_page(page: pdfium.PdfPage, number: int) -> tuple[str, list[Spot]]:
    textpage = page.get_textpage()
    try:
        if textpage.count_chars() == 0:
            return "", []
        return page_text(textpage), _page_spots(page, textpage, number)
    finally:
        textpage.close()


def _page_spots(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int) -> list[Spot]:
    render = PageRender(page)
    seen = render.draw(colour=False)
    texts = text_objects(page)
    modes = [(text, pdfium_c.FPDFTextObj_GetTextRenderMode(text)) for text in texts]
    # The text layer of a scan is drawn invisibly (render mode 3).
    ocr = {address(text) for text, mode in modes if mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE}
    set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    placed = placed_objects(page)
    overlapping = overlapping_text(textpage, placed)
    if (not overlapping and not _any_set_too_small(placed, ocr)
            and _lines_all_show(textpage, render, text_shows(seen, render.draw(colour=False)))):
        return []
    # A closer look, in colour: red text on green is as grey as its background.
    bare = render.draw()
    for text, mode in modes:
        pdfium_c.FPDFTextObj_SetTextRenderMode(text, mode)
    seen = render.draw()
    # Where text lies on text (a label typed into a box over a name), what shows of
    # a word is what its own text object adds to the page as drawn.
    own: dict[int, tuple[frozenset[int], np.ndarray]] = {}
    for group in overlapping:
        drawn_away = text_shows(seen, _draw_text(render, modes, group))
        own.update((obj, (group, drawn_away)) for obj in group)
    set_text_mode(texts, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    shows = text_shows(seen, bare)
    pictures = _Pictures(shows, bare, ocr, modes, scan_pictures(page, placed), own)
    return _hidden_words(page, textpage, render, pictures, number)


def _lines_all_show(textpage: pdfium.PdfTextPage, render: PageRender, shows: np.ndarray) -> bool:
    """True if every line of text visibly shows ink along its whole length.

    A line is one of PDFium's text rectangles. It runs the way its letters are
    turned (down the page for text set vertically), and on the bitmap along x or y
    as the page is turned (/Rotate). Only its middle band is looked at, so
    descenders of the line above cannot fill a gap. A gap wider than most of the
    line's height is more than the space between two words: something there shows
    nothing, and every character of the page is looked at.
    """
    page_x_is_bitmap_x = abs(render.matrix[0]) >= abs(render.matrix[1])
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        width, height = right - left, top - bottom
        if max(height, width) < _TOO_SMALL:
            return False
        # A line wider than high runs across; only a tall one may be text set vertically.
        if width >= height or _runs_across(textpage, left, bottom, right, top):
            middle = (bottom + top) / 2
            band, thickness = (left, right, middle - height / 4, middle + height / 4), height
            along_bitmap_x = page_x_is_bitmap_x
        else:
            middle = (left + right) / 2
            band, thickness = (middle - width / 4, middle + width / 4, bottom, top), width
            along_bitmap_x = not page_x_is_bitmap_x
        x0, x1, y0, y1 = render.pixels(band)
        if x0 < 0 or y0 < 0 or x1 > render.width or y1 > render.height:
            return False
        ink = shows[y0:y1, x0:x1].any(axis=0 if along_bitmap_x else 1)
        if not ink.any() or _longest_gap(ink) > _GAP * thickness * render.scale:
            return False
    return True


def _runs_across(textpage: pdfium.PdfTextPage, left: float, bottom: float, right: float,
                 top: float) -> bool:
    """Does the line in this rectangle run across the page, as its letter in the
    middle is turned? (Its shape does not tell: a single 'i' is tall and thin.)"""
    index = pdfium_c.FPDFText_GetCharIndexAtPos(textpage.raw, (left + right) / 2,
                                                 (bottom + top) / 2, (right - left) / 2,
                                                 (top - bottom) / 2)
    angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, index) if index >= 0 else -1.0
    return angle < 0 or abs(math.sin(angle)) < 0.7


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
                           (rect.left, rect.right, rect.bottom, rect.top), space,
                           not space and _set_too_small(textpage, index),
                           address(pdfium_c.FPDFText_GetTextObject(textpage.raw, index))))
    return chars


def _set_too_small(textpage: pdfium.PdfTextPage, index: int) -> bool:
    """Is the character set too small to read: its font size times the scale of its
    matrix, across the line (a 1-point run, or text flattened by its matrix) or
    along it (horizontal scaling of 1 %). Its box alone does not tell: a flattened
    or squeezed letter still has a loose box as long as an ordinary one."""
    size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
    matrix = pdfium_c.FS_MATRIX()
    if size <= 0 or not pdfium_c.FPDFText_GetMatrix(textpage.raw, index, matrix):
        return False
    along = size * math.hypot(matrix.a, matrix.b)
    across = size * math.hypot(matrix.c, matrix.d)
    return min(along, across) < _TOO_SMALL


def _any_set_too_small(placed: list[Placed], ocr: set[int]) -> bool:
    """Is any text object set too small to read (see `_set_too_small`)? A run of tiny
    text inside a line of ordinary text leaves no gap that `_lines_all_show` would
    see. Asked of the text objects, through the forms they are in (PDFium puts the
    horizontal scaling into an object's matrix), not of every character. The text
    layer of a scan is left out: OCR programs squeeze each word to the width of its
    picture, and what a reader sees there is the picture."""
    size = ctypes.c_float()
    for kind, obj, _box, matrix in placed:
        if (kind == pdfium_c.FPDF_PAGEOBJ_TEXT and address(obj) not in ocr
                and pdfium_c.FPDFTextObj_GetFontSize(obj, size) and size.value > 0):
            a, b, c, d, _e, _f = matrix
            if size.value * min(math.hypot(a, b), math.hypot(c, d)) < _TOO_SMALL:
                return True
    return False


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
    modes: list[tuple[object, int]]  # every text object and its own render mode
    scans: list[tuple[float, float, float, float]]  # images of a scanned page, see placement.scan_pictures
    own: dict[int, tuple[frozenset[int], np.ndarray]]  # text on text: its group, what it shows
    ocr_words: int = 0  # words of the text layer, and how many lie on ink in the picture
    ocr_on_ink: int = 0


def _hidden_words(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, render: PageRender,
                  pictures: _Pictures, number: int) -> list[Spot]:
    found: dict[str, list[tuple[float, float, float, float]]] = {}
    pending: list[tuple[list[_Char], list[_Area], frozenset[int] | None]] = []  # kind to find
    for word in _words(_chars(textpage)):
        kind = _word_kind(textpage, render, pictures, word)
        if kind is None:
            continue
        box = _union(char.box for char in word)
        if _is_ground(textpage, word):
            # A redaction box's label ("5.1.2.e") printed in the box's colour: it leaks
            # nothing, but the public cannot read why the passage was withheld.
            found.setdefault(UNREADABLE_GROUND, []).append(box)
        elif kind == "covered":
            group = pictures.own[word[0].obj][0] if word[0].obj in pictures.own else None
            pending.append((word, [render.pixels(char.box) for char in word], group))
        else:
            found.setdefault(kind, []).append(box)
    blank = found.pop(_OCR_ON_BLANK, [])
    if blank and pictures.ocr_on_ink * 2 < pictures.ocr_words:
        blank = _without_picture(page, render, pictures.bare, blank)
    if blank:
        found[INVISIBLE_ON_BLANK] = blank
    if pending:
        for kind, word in _why_covered(page, render, pictures.modes, pending):
            found.setdefault(kind, []).append(_union(char.box for char in word))
    return [Spot(number, kind, len(boxes), tuple(_from_top_left(render, box) for box in boxes))
            for kind, boxes in sorted(found.items())]


def _is_ground(textpage: pdfium.PdfTextPage, word: list[_Char]) -> bool:
    """Is the word the code of a legal ground (of either law), as redaction labels are?"""
    text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, char.index)) for char in word)
    code = normalise_ground(text.strip("()[],;:"))
    return any(code in law.grounds for law in LAWS.values())


def _word_kind(textpage: pdfium.PdfTextPage, render: PageRender, pictures: _Pictures,
               word: list[_Char]) -> str | None:
    """Why most of the word cannot be seen, "covered", or None if it can be seen."""
    small = outside = 0
    unseen: list[_Char] = []
    # The size of the text layer of a scan does not matter: the picture is what is seen.
    scanned = address(pdfium_c.FPDFText_GetTextObject(textpage.raw, word[0].index)) in pictures.ocr
    for char in word:
        left, right, bottom, top = char.loose
        if not scanned and (char.small or max(right - left, top - bottom) < _TOO_SMALL):
            small += 1
            continue
        x0, x1, y0, y1 = render.pixels(char.box)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if not (0 <= cx < render.width and 0 <= cy < render.height):
            outside += 1
            continue
        shows = pictures.own[char.obj][1] if char.obj in pictures.own else pictures.shows
        if not shows[max(0, y0):y1, max(0, x0):x1].any():
            unseen.append(char)
    if small * 2 > len(word):
        return TOO_SMALL
    if outside * 2 > len(word):
        return OUTSIDE
    if (small + outside + len(unseen)) * 2 <= len(word):
        return None
    area = _inner(render.pixels(_union(char.box for char in unseen)))
    under = pictures.bare[area[2]:area[3], area[0]:area[1]]
    handle = pdfium_c.FPDFText_GetTextObject(textpage.raw, unseen[0].index)
    if address(handle) in pictures.ocr:
        # The text layer of a scan: hidden only where the picture shows nothing, blacked
        # out (or painted over, see _OCR_ON_BLANK). OCR reads a bar blacked out on paper,
        # or a table's ruling, as a letter or a stroke ('B', '|'): what it made of an empty
        # area is a word only with two letters or digits.
        pictures.ocr_words += 1
        if not _uniform(under):
            pictures.ocr_on_ink += 1
            return None
        if _letters(textpage, word) < 2:
            return None
        dark = float(np.median(channels(np.ascontiguousarray(under)))) <= _DARK
        return INVISIBLE_ON_DARK if dark else _OCR_ON_BLANK
    if handle and _in_hidden_layer(handle):
        return HIDDEN_LAYER
    if not _uniform(under) and in_any(pictures.scans, _union(char.box for char in unseen)):
        return None  # a picture that shows something there: text under a scanned page
    return "covered"


# An OCR word on a blank area of its picture: the picture was painted out after OCR (or
# there is no picture). Hidden if the rest of the text layer lies on the words of its
# picture, or the page has no picture at all; a text layer that has slipped off its
# picture (most of its words on blank paper) proves nothing.
_OCR_ON_BLANK = "ocr-on-blank"


def _without_picture(page: pdfium.PdfPage, render: PageRender, bare: np.ndarray,
                     boxes: list[tuple[float, float, float, float]]
                     ) -> list[tuple[float, float, float, float]]:
    """The boxes under which no image is drawn: the page (text invisible) drawn
    without its images looks the same there. The images are put back."""
    images = []
    for image in image_objects(page):
        matrix = pdfium_c.FS_MATRIX()
        if pdfium_c.FPDFPageObj_GetMatrix(image, matrix):
            images.append((image, matrix))
            pdfium_c.FPDFPageObj_SetMatrix(image, _NOWHERE)
    try:
        plain = render.draw() if images else bare
    finally:
        for image, matrix in images:
            pdfium_c.FPDFPageObj_SetMatrix(image, matrix)
    kept = []
    for box in boxes:
        x0, x1, y0, y1 = _inner(render.pixels(box))
        if np.array_equal(plain[y0:y1, x0:x1], bare[y0:y1, x0:x1]):
            kept.append(box)
    return kept


def _letters(textpage: pdfium.PdfTextPage, word: list[_Char]) -> int:
    return sum(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, char.index)).isalnum()
               for char in word)


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


_Area = tuple[int, int, int, int]  # pixels: x0, x1, y0, y1


def _why_covered(page: pdfium.PdfPage, render: PageRender,
                 modes: list[tuple[object, int]],
                 pending: list[tuple[list[_Char], list[_Area], frozenset[int] | None]]
                 ) -> Iterator[tuple[str, list[_Char]]]:
    """What lies over each word that shows nothing, the topmost first.

    The text is drawn again, filled, in a colour of its own (magenta): a word that
    shows then had the colour of what lies under it (or was drawn as an outline, or
    clipped away). One that shows once annotations are left out lies under an
    annotation; once images are left out too, under an image; otherwise under a
    shape. Each time the page with its text is compared with the page without it:
    all text, or for text on text only the word's own group. A word shows in a
    drawing as it does in `_word_kind`: most of its characters show something in
    their own boxes.
    """
    filled = [(text, pdfium_c.FPDF_TEXTRENDERMODE_FILL) for text, _mode in modes]
    for text, _mode in modes:
        pdfium_c.FPDFPageObj_SetFillColor(text, 255, 0, 255, 255)
    remaining = pending
    for kind, with_annotations in ((SAME_COLOUR, True), (COVERED_BY_ANNOTATION, False),
                                   (COVERED_BY_IMAGE, False)):
        if kind == COVERED_BY_IMAGE:
            for image in image_objects(page):
                pdfium_c.FPDFPageObj_SetMatrix(image, _NOWHERE)
        seen = _draw_text(render, filled, frozenset(), with_annotations)
        shows: dict[frozenset[int] | None, np.ndarray] = {}
        still = []
        for word, areas, group in remaining:
            if group not in shows:
                shows[group] = text_shows(seen, _draw_text(render, filled, group,
                                                           with_annotations))
            if _mostly_shows(shows[group], areas):
                yield kind, word
            else:
                still.append((word, areas, group))
        remaining = still
    for word, _areas, _group in remaining:
        yield COVERED_BY_SHAPE, word


def _draw_text(render: PageRender, drawn: list[tuple[object, int]],
               away: frozenset[int] | None, annotations: bool = True) -> np.ndarray:
    """The page with its text in the modes of `drawn`, except the text objects in
    `away` (None: all text), which are made invisible."""
    for text, mode in drawn:
        hide = away is None or address(text) in away
        pdfium_c.FPDFTextObj_SetTextRenderMode(
            text, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE if hide else mode)
    return render.draw(annotations=annotations)


def _mostly_shows(shows: np.ndarray, areas: list[_Area]) -> bool:
    showing = sum(1 for x0, x1, y0, y1 in areas if shows[max(0, y0):y1, max(0, x0):x1].any())
    return showing * 2 > len(areas)


def _union(boxes: Iterator[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    ls, rs, bs, ts = zip(*boxes, strict=True)
    return min(ls), max(rs), min(bs), max(ts)


def _from_top_left(render: PageRender, box: tuple[float, float, float, float]
                   ) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in points from the top left of what a viewer shows."""
    x0, x1, y0, y1 = render.pixels(box)
    scale = render.scale
    return (round(x0 / scale, 1), round(y0 / scale, 1), round(x1 / scale, 1), round(y1 / scale, 1))
