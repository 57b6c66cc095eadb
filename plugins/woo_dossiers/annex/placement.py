"""Where each image and text object of a page lies, and which text lies on other text.

visibility.py asks this of a page that needs a closer look: whether its images
are the picture of a scan, which text objects are set too small, and which
text is typed over other text (a label in a box over a name), so that each
such group can be drawn away on its own.
"""

from __future__ import annotations

import ctypes

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .rendering import MAX_DEPTH, address

_SCANNED = 0.4  # share of the page that images cover on a scanned page


def scan_pictures(page: pdfium.PdfPage, placed: list[Placed]
                   ) -> list[tuple[float, float, float, float]]:
    """The boxes (left, right, bottom, top) of the page's images if together they cover
    much of it, as the picture of a scan does (in one piece or in strips); else none.
    Text under a scan's picture is its text layer, drawn first; text under a small
    image (a noisy strip, a pixelated patch, a logo) or under a box with a label in
    it is covered, however busy the cover looks."""
    boxes = [box for kind, _obj, box, _matrix in placed if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE]
    left, bottom, right, top = page.get_bbox()
    page_area = max(1.0, (right - left) * (top - bottom))
    covered = sum(max(0.0, min(x1, right) - max(x0, left)) * max(0.0, min(y1, top) - max(y0, bottom))
                  for x0, x1, y0, y1 in boxes)
    return boxes if covered >= _SCANNED * page_area else []


# An image or text object: its type, handle, box on the page (left, right, bottom, top)
# and its matrix to the page.
Placed = tuple[int, object, tuple[float, float, float, float], tuple[float, ...]]


def placed_objects(page: pdfium.PdfPage) -> list[Placed]:
    """Every image and text object, also inside forms."""
    placed = []
    low, high = (ctypes.c_float(), ctypes.c_float()), (ctypes.c_float(), ctypes.c_float())
    own = pdfium_c.FS_MATRIX()

    def visit(obj: object, parent: tuple[float, ...], depth: int) -> None:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_IMAGE,
                        pdfium_c.FPDF_PAGEOBJ_TEXT) or not pdfium_c.FPDFPageObj_GetMatrix(obj, own):
            return
        matrix = _then((own.a, own.b, own.c, own.d, own.e, own.f), parent)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            if depth < MAX_DEPTH:
                for index in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
                    visit(pdfium_c.FPDFFormObj_GetObject(obj, index), matrix, depth + 1)
        elif pdfium_c.FPDFPageObj_GetBounds(obj, low[0], low[1], high[0], high[1]):
            a, b, c, d, e, f = parent  # bounds are in the space the object is placed in
            corners = [(x, y) for x in (low[0].value, high[0].value)
                       for y in (low[1].value, high[1].value)]
            xs = [a * x + c * y + e for x, y in corners]
            ys = [b * x + d * y + f for x, y in corners]
            placed.append((kind, obj, (min(xs), max(xs), min(ys), max(ys)), matrix))

    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        visit(pdfium_c.FPDFPage_GetObject(page.raw, index), (1, 0, 0, 1, 0, 0), 0)
    return placed


def _then(first: tuple[float, ...], second: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix that applies `first`, then `second` (PDF order: first x second)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = second
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def in_any(boxes: list[tuple[float, float, float, float]],
            box: tuple[float, float, float, float]) -> bool:
    x, y = (box[0] + box[1]) / 2, (box[2] + box[3]) / 2
    return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, x1, y0, y1 in boxes)


def overlapping_text(textpage: pdfium.PdfTextPage, placed: list[Placed]) -> list[frozenset[int]]:
    """Text objects whose letters lie on the letters of another text object (a label
    typed into a box over a name, a watermark under the body text), in groups of
    objects that do not lie on each other: each group is drawn away on its own."""
    bounds = [(address(obj), box) for kind, obj, box, _matrix in placed
              if kind == pdfium_c.FPDF_PAGEOBJ_TEXT]
    pairs = _boxes_meeting([box for _obj, box in bounds])
    if not pairs:
        return []
    wanted = {bounds[i][0] for pair in pairs for i in pair}
    letters: dict[int, list[tuple[float, float, float, float]]] = {}
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for index in range(textpage.count_chars()):
        obj = address(pdfium_c.FPDFText_GetTextObject(textpage.raw, index))
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, index)
        if (obj in wanted and code and not chr(code).isspace()
                and pdfium_c.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top)):
            letters.setdefault(obj, []).append((left.value, right.value, bottom.value, top.value))
    graph: dict[int, set[int]] = {}
    for i, j in pairs:
        a, b = bounds[i][0], bounds[j][0]
        if a != b and a in letters and b in letters and _letters_meet(letters[a], letters[b]):
            graph.setdefault(a, set()).add(b)
            graph.setdefault(b, set()).add(a)
    groups: list[set[int]] = []
    for obj in sorted(graph, key=lambda obj: -len(graph[obj])):
        for group in groups:
            if not graph[obj] & group:
                group.add(obj)
                break
        else:
            groups.append({obj})
    return [frozenset(group) for group in groups]


def _boxes_meeting(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    """Pairs (i < j) of boxes that overlap across and by half the lower one's height."""
    if len(boxes) < 2:
        return []
    array = np.array(boxes, dtype=np.float64)
    pairs: list[tuple[int, int]] = []
    step = 512  # in blocks, so a page of thousands of text objects stays small in memory
    for start in range(0, len(array), step):
        block = array[start:start + step]
        across = (np.minimum(block[:, None, 1], array[None, :, 1])
                  - np.maximum(block[:, None, 0], array[None, :, 0]))
        up = (np.minimum(block[:, None, 3], array[None, :, 3])
              - np.maximum(block[:, None, 2], array[None, :, 2]))
        heights = array[:, 3] - array[:, 2]
        lower = np.minimum(heights[start:start + step, None], heights[None, :])
        meet = (across > 0) & (up > lower / 2)
        for i, j in zip(*np.nonzero(meet), strict=True):
            if start + i < j:
                pairs.append((start + int(i), int(j)))
    return pairs


def _letters_meet(first: list[tuple[float, float, float, float]],
                  second: list[tuple[float, float, float, float]]) -> bool:
    """Does a letter of one lie on a letter of the other, by a third of the smaller
    one each way (letters side by side, or lines above each other, only touch)?"""
    a, b = np.array(first), np.array(second)
    across = np.minimum(a[:, None, 1], b[None, :, 1]) - np.maximum(a[:, None, 0], b[None, :, 0])
    up = np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 2], b[None, :, 2])
    width = np.minimum((a[:, 1] - a[:, 0])[:, None], (b[:, 1] - b[:, 0])[None, :])
    height = np.minimum((a[:, 3] - a[:, 2])[:, None], (b[:, 3] - b[:, 2])[None, :])
    return bool(((across > width / 3) & (up > height / 3)).any())
