"""A page's text with its layout in whitespace: where paragraphs end, which lines are a table.

PDFium gives the text line by line, in the order of the content stream, and
joins a word hyphenated at a line end itself (the hyphen becomes U+FFFE and the
line break goes). What it leaves out is what the eye sees: the space between
paragraphs, a heading set larger, columns aligned across lines. We read that from
the characters' boxes and write it into the text as whitespace only:

- a blank line where a block ends (a larger gap, another font size, a short
  last line that ends a sentence, text that jumps up or sideways);
- a tab between the cells of a table row, and a blank line around the table.

The words are PDFium's, unchanged and in its order (`text.split()` is the same as
for PDFium's own text), so the words that are checked for hidden text are still
the words that are published; `render/annex_text.py` turns the blocks into HTML.

Tables are judged conservatively, since a false table is worse than text: at
least three consecutive lines, each split by wide gaps into cells whose left or
right edges line up with the columns of the first, no cell longer than a line
of prose and one column of short values (not two columns of prose side by side),
and not a list (a bullet, then text). A table whose cells wrap onto several lines (PDFium
then reads cell after cell) stays text.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_GAP = 1.2  # a gap this many times the font size between words separates table cells
_ALIGN = 3.0  # points: column edges this close count as aligned
_MIN_ROWS = 3
_MAX_CELL = 60  # characters: a longer cell is prose, not a table
_SHORT_CELL = 3  # words: a table has a column with no longer cell
_LOOSER = 1.25  # a baseline step this much larger than the page's usual one ends a paragraph
_SHORT = 0.7  # a line this far short of the page's widest line ends its block


@dataclass
class _Line:
    text: str  # as PDFium gave it, without its line break
    cells: list[str] = field(default_factory=list)  # split at wide gaps (one cell: no gap)
    edges: list[tuple[float, float]] = field(default_factory=list)  # each cell's left, right
    bottom: float = 0.0
    size: float = 0.0
    across: bool = True  # set horizontally (not turned): only then are gaps and steps read


def page_text(textpage: pdfium.PdfTextPage) -> str:
    """The page's text (PDFium's), with blank lines between blocks and tabs in table rows."""
    raw = textpage.get_text_range()
    text = raw.replace("\r\n", "\n")
    count = textpage.count_chars()
    if len(raw) != count:
        # A character outside the BMP is two of PDFium's characters (UTF-16 surrogates),
        # one of Python's: index the text as PDFium does, pair the halves again after.
        raw = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count))
    lines = _lines(textpage, raw)
    if not lines:
        return text
    laid_out = _write(lines).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    # Whitespace is all we may change; should anything else differ, PDFium's text it is.
    return laid_out if laid_out.split() == text.split() else text


def _lines(textpage: pdfium.PdfTextPage, raw: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for end in [i for i, c in enumerate(raw) if c == "\n"] + [len(raw)]:
        stop = end - 1 if end > 0 and raw[end - 1] == "\r" else end
        if stop > start or end == len(raw):
            lines.append(_line(textpage, raw, start, stop))
        start = end + 1
    return [line for line in lines if line.text.strip()]


def _line(textpage: pdfium.PdfTextPage, raw: str, start: int, stop: int) -> _Line:
    line = _Line(raw[start:stop])
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    rect = pdfium_c.FS_RECTF()
    boxes: list[tuple[int, float, float]] = []  # index, left, right of each inked character
    bottoms, sizes = [], []
    for index in range(start, stop):
        if raw[index].isspace() or raw[index] == "\ufffe":
            continue
        if not pdfium_c.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top):
            continue
        boxes.append((index, left.value, right.value))
        pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, index, rect)
        bottoms.append(rect.bottom)
        sizes.append(pdfium_c.FPDFText_GetFontSize(textpage.raw, index))
    if not boxes:
        line.across = False
        return line
    angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, boxes[0][0])
    line.across = 0 <= angle < 0.01 or angle > 6.27
    line.bottom = statistics.median(bottoms)
    line.size = statistics.median(sizes)
    cell_start, cell_left = start, boxes[0][1]
    for (prev, _, prev_right), (index, char_left, _) in zip(boxes, boxes[1:], strict=False):
        gap_is_space = any(raw[i].isspace() for i in range(prev + 1, index))
        if gap_is_space and char_left - prev_right > _GAP * max(line.size, 1.0):
            line.cells.append(raw[cell_start:index].strip())
            line.edges.append((cell_left, prev_right))
            cell_start, cell_left = index, char_left
    line.cells.append(raw[cell_start:stop].strip())
    line.edges.append((cell_left, boxes[-1][2]))
    return line


def _write(lines: list[_Line]) -> str:
    table = _tables(lines)
    step = _usual_step(lines)
    width = max((_width(line) for line in lines if line.across), default=0.0)
    out: list[str] = []
    for number, line in enumerate(lines):
        # A table's rows stay together whatever their spacing; text ends a block by its gaps.
        if number and (table[number] != table[number - 1] or not table[number]
                       and _ends_block(lines[number - 1], line, step, width)):
            out.append("")
        out.append("\t".join(line.cells) if table[number] else line.text.rstrip())
    return "\n".join(out)


def _width(line: _Line) -> float:
    return line.edges[-1][1] - line.edges[0][0]


def _usual_step(lines: list[_Line]) -> float:
    steps = [a.bottom - b.bottom for a, b in zip(lines, lines[1:], strict=False)
             if a.across and b.across and 0 < a.bottom - b.bottom < 2.5 * max(a.size, b.size)]
    return statistics.median(steps) if steps else 0.0


def _ends_block(prev: _Line, line: _Line, step: float, width: float) -> bool:
    if not (prev.across and line.across) or step <= 0:
        return True
    if abs(prev.size - line.size) > 0.1 * max(prev.size, line.size):
        return True  # a heading, a footnote, a page number set apart
    down = prev.bottom - line.bottom
    if down <= 0 or down > _LOOSER * step + 0.5:
        return True
    # A line that ends well short of the page's text width was not wrapped: it ends
    # a paragraph, or is a line of an address, a signature, a list.
    return _width(prev) < _SHORT * width


def _tables(lines: list[_Line]) -> list[int]:
    """For each line, the number of the table it belongs to (from 1), or 0."""
    table = [0] * len(lines)
    number, start = 0, 0
    while start < len(lines):
        end = start
        if _row(lines[start]):
            columns = lines[start].edges
            end = start + 1
            while end < len(lines) and _row(lines[end]) and _aligned(lines[end], columns):
                end += 1
        if end - start >= _MIN_ROWS and _tabular(lines[start:end]):
            number += 1
            table[start:end] = [number] * (end - start)
            start = end
        else:
            start += 1
    return table


def _row(line: _Line) -> bool:
    return line.across and len(line.cells) >= 2 and all(len(c) <= _MAX_CELL for c in line.cells)


# A first cell that is only a bullet or a number makes two aligned cells a list item.
_MARK = re.compile(r"[\ue000-\uf8ff•·▪●○◦■□\-–—*]|\(?\d{1,3}[.)]|\(?[a-z][.)]")


def _tabular(rows: list[_Line]) -> bool:
    """Not a list (a bullet or number, then text), not prose in columns: a table has a
    column of short values (a number, a date, a judgement)."""
    if all(len(row.cells) == 2 and _MARK.fullmatch(row.cells[0]) for row in rows):
        return False
    return any(all(len(row.cells[column].split()) <= _SHORT_CELL for row in rows)
               for column in range(len(rows[0].cells)))


def _aligned(line: _Line, columns: list[tuple[float, float]]) -> bool:
    """Does every cell start or end where a column of the table's first row does?"""
    if len(line.cells) != len(columns):
        return False
    return all(abs(left - c_left) <= _ALIGN or abs(right - c_right) <= _ALIGN
               for (left, right), (c_left, c_right) in zip(line.edges, columns, strict=True))
