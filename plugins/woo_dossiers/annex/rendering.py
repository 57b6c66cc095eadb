"""An annex page as pixels, drawn by PDFium as a viewer shows it.

What visibility.py needs to compare a page with and without its text: the
drawing itself (in grey for a first look, in colour for a closer one), the map
from page space to pixels, which pixels the text visibly changes, and the text
objects whose drawing mode is switched between the pictures.
"""

from __future__ import annotations

import ctypes
import math

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

SCALE = 1.0  # pixels per point: 72 dpi shows 4-point text as several pixels of ink
_MAX_PIXELS = 6_000_000  # larger pages (plans, posters) are rendered smaller
_SHOWS = 8  # a pixel differs visibly when a channel differs by more than this (of 255)
MAX_DEPTH = 32  # forms inside forms: deeper ones are not looked into


class PageRender:
    """The page as pixels, and the map from page space to them."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        width, height = page.get_width(), page.get_height()
        scale = min(SCALE, math.sqrt(_MAX_PIXELS / max(1.0, width * height)))
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
            if annotations and self.page.formenv:  # form fields, as a viewer draws them
                pdfium_c.FPDF_FFLDraw(self.page.formenv, bitmap, self.page.raw, 0, 0, self.width,
                                      self.height, 0, flags)
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


def channels(pixels: np.ndarray) -> np.ndarray:
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


def _unpainted_annotations(page: pdfium.PdfPage, render: PageRender
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


def text_shows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pixels where the text changes what is drawn, visibly."""
    if a.dtype == np.uint8:  # grey: a difference in grey is at most the largest in colour
        return (np.maximum(a, b) - np.minimum(a, b)) > _SHOWS
    differs = a != b
    where = np.flatnonzero(differs)
    if where.size:
        change = np.abs(channels(a.ravel()[where]).astype(np.int16)
                        - channels(b.ravel()[where]).astype(np.int16)).max(axis=1)
        differs.ravel()[where] = change > _SHOWS
    return differs


def text_objects(page: pdfium.PdfPage) -> list[object]:
    """Every text object of the page, also inside forms (raw handles: the page has
    tens of them and pypdfium2's wrappers cost more than the drawing)."""
    found: list[object] = []
    stack = [pdfium_c.FPDFPage_GetObject(page.raw, i)
             for i in range(pdfium_c.FPDFPage_CountObjects(page.raw))]
    depth = {address(obj): 0 for obj in stack}
    while stack:
        obj = stack.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            found.append(obj)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth[address(obj)] < MAX_DEPTH:
            for i in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
                inner = pdfium_c.FPDFFormObj_GetObject(obj, i)
                depth[address(inner)] = depth[address(obj)] + 1
                stack.append(inner)
    return found


def set_text_mode(texts: list[object], mode: int) -> None:
    for text in texts:
        pdfium_c.FPDFTextObj_SetTextRenderMode(text, mode)


def address(handle: object) -> int:
    """A PDFium handle as a number, to compare and look up."""
    return ctypes.addressof(handle.contents) if handle else 0  # a tenth of ctypes.cast's time


def image_objects(page: pdfium.PdfPage) -> list[object]:
    """Every image object of the page, also inside forms (raw handles)."""
    return [image.raw for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE],
                                                    max_depth=MAX_DEPTH)]
