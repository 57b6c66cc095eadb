"""Text of a page, and text hidden under dark filled shapes ("fake redaction").

A black box drawn over text hides it on screen, but the text stays in the file
and can be selected, copied or found by search. While pypdf extracts a page's
text we follow its drawing operators in order: which shapes are filled with a
dark colour, and where each piece of text starts. Text that starts inside a
dark shape painted *after* it is hidden. (Text painted over a dark shape, such
as a white heading on a black bar, is visible and fine.)

Following the operators costs time, so pages that cannot hide anything
(`fills.needs_tracked_scan`: no shape is filled after any text) get plain text
extraction, which gives the same text.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from pypdf import PageObject

from .fills import needs_tracked_scan

Matrix = list[float]

_FILL_OPS = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
_DROP_PATH_OPS = {b"n", b"S", b"s"}
_DARK = 0.25  # luminance at or below which a fill counts as black or near-black
_TOLERANCE = 0.5  # points
# A box must be at least this share of the text's height to hide it: thinner dark
# shapes are underlines, strike-throughs and table rules, which hide nothing.
_MIN_COVER = 0.6


@dataclass(frozen=True)
class PageScan:
    text: str
    hidden_words: int


@dataclass
class _Box:
    order: int
    x0: float
    y0: float
    x1: float
    y1: float

    def hides(self, x: float, y: float, height: float) -> bool:
        """Does this box cover text whose first glyph's middle is at (x, y)?"""
        return (self.y1 - self.y0 >= _MIN_COVER * height
                and self.x0 - _TOLERANCE <= x <= self.x1 + _TOLERANCE
                and self.y0 - _TOLERANCE <= y <= self.y1 + _TOLERANCE)


@dataclass
class _Tracker:
    order: int = 0
    fill: float = 0.0  # luminance of the fill colour; PDF starts with black
    fill_stack: list[float] = field(default_factory=list)
    subpaths: list[list[tuple[float, float]]] = field(default_factory=list)
    boxes: list[_Box] = field(default_factory=list)
    # Each piece of text: drawing order, where its first glyph is, its height, its words.
    texts: list[tuple[int, float, float, float, int]] = field(default_factory=list)

    def operator(self, op: bytes, args: list[Any], cm: Matrix, _tm: Matrix) -> None:
        self.order += 1
        # A malformed operator draws nothing we can judge.
        with contextlib.suppress(TypeError, ValueError, IndexError):
            self._operator(op, args, cm)

    def _operator(self, op: bytes, args: list[Any], cm: Matrix) -> None:
        if op == b"q":
            self.fill_stack.append(self.fill)
        elif op == b"Q":
            self.fill = self.fill_stack.pop() if self.fill_stack else self.fill
        elif op in (b"g", b"rg", b"k", b"sc", b"scn"):
            self.fill = _luminance([float(a) for a in args if isinstance(a, (int, float))])
        elif op == b"cs":
            self.fill = 0.0  # a new colour space starts with its initial colour: black
        elif op == b"re":
            x, y, w, h = (float(a) for a in args[:4])
            corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
            self.subpaths.append([_apply(cm, px, py) for px, py in corners])
        elif op == b"m":
            self.subpaths.append([_apply(cm, float(args[0]), float(args[1]))])
        elif op in (b"l", b"c", b"v", b"y") and self.subpaths:
            coords = [float(a) for a in args]
            for i in range(0, len(coords) - 1, 2):
                self.subpaths[-1].append(_apply(cm, coords[i], coords[i + 1]))
        elif op in _FILL_OPS:
            if self.fill <= _DARK:
                for points in self.subpaths:
                    if len(points) >= 3:
                        xs, ys = [p[0] for p in points], [p[1] for p in points]
                        self.boxes.append(_Box(self.order, min(xs), min(ys), max(xs), max(ys)))
            self.subpaths = []
        elif op in _DROP_PATH_OPS:
            self.subpaths = []

    def text(self, text: str, cm: Matrix, tm: Matrix, _font: Any, font_size: Any) -> None:
        words = len(text.split())
        if not words:
            return
        m = _multiply(tm, cm)
        height = float(font_size or 0) * (m[2] ** 2 + m[3] ** 2) ** 0.5
        # A point inside the first glyph: a little right of and above the baseline origin.
        x = m[4] + 0.3 * height
        y = m[5] + 0.35 * height
        self.texts.append((self.order, x, y, height, words))

    def hidden_words(self) -> int:
        return sum(
            words
            for order, x, y, height, words in self.texts
            if any(box.order > order and box.hides(x, y, height) for box in self.boxes)
        )


def scan_page(page: PageObject) -> PageScan:
    if not needs_tracked_scan(page):
        return PageScan(text=page.extract_text() or "", hidden_words=0)
    return tracked_scan(page)


def tracked_scan(page: PageObject) -> PageScan:
    """Follow every drawing operator: the text and the words hidden under dark boxes."""
    tracker = _Tracker()
    text = page.extract_text(visitor_operand_before=tracker.operator, visitor_text=tracker.text)
    return PageScan(text=text or "", hidden_words=tracker.hidden_words())


def unapplied_redactions(page: PageObject) -> int:
    """Redaction marks (/Redact annotations) that were drawn but never applied."""
    try:
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else []
        return sum(1 for a in annots if a.get_object().get("/Subtype") == "/Redact")
    except Exception:
        return 0


def _luminance(values: list[float]) -> float:
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        return _luminance([(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)])
    return 1.0  # a pattern or an unknown colour: do not guess "dark"


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _multiply(a: Matrix, b: Matrix) -> Matrix:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
