"""A page's text with its layout in whitespace: where paragraphs end, which lines are a table.

PDFium gives the text line by line, in the order of the content stream, and
joins a word hyphenated at a line end itself (the hyphen becomes U+FFFE and the
line break goes). What it leaves out is what the eye sees: the space between
paragraphs, a heading set larger, columns aligned across lines. We read that from
the characters' boxes and write it into the text as whitespace:

- a blank line where a block ends (a larger gap, another font size, a line that
  ends well short of the text width, text that jumps up or sideways);
- a table (tables.py) as one line per row, a tab between its cells, a line of one
  tab under its column heads when it has them, and a blank line around it.

The words are PDFium's, unchanged, and in its order outside tables (inside one,
the words of a cell that wraps are put together), so the words that are checked
for hidden text are still the words that are published; `render/annex_text.py`
turns the blocks into HTML.
"""

from __future__ import annotations

import ctypes
import re
import statistics

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .tables import GAP, Line, Word, find_tables

_LOOSER = 1.25  # a baseline step this much larger than the page's usual one ends a paragraph
_SHORT = 0.7  # a line this far short of the page's widest line ends its block


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
    laid_out = _write(lines, raw).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    # Whitespace (and the order of a table's words) is all we may change; should anything
    # else differ, PDFium's text it is.
    return laid_out if sorted(laid_out.split()) == sorted(text.split()) else text


def _lines(textpage: pdfium.PdfTextPage, raw: str) -> list[Line]:
    lines: list[Line] = []
    start = 0
    while start <= len(raw):
        end = raw.find("\n", start)
        end = len(raw) if end < 0 else end
        stop = end - 1 if end > 0 and raw[end - 1] == "\r" else end
        if stop > start:
            lines.append(_line(textpage, raw, start, stop))
        start = end + 1
    return [line for line in lines if line.text.strip()]


_SPACE = re.compile(r"\s")  # the characters str.isspace() is true of


def _line(textpage: pdfium.PdfTextPage, raw: str, start: int, stop: int) -> Line:
    line = Line(raw[start:stop])
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    rect = pdfium_c.FS_RECTF()
    boxes: list[tuple[int, float, float]] = []  # index, left, right of each inked character
    bottoms, sizes = [], []
    # Every inked character costs three calls into PDFium, so this loop is most of what
    # reading the layout costs: the functions and pointers are looked up once a line.
    page = textpage.raw
    char_box, loose_box, font_size = (pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetLooseCharBox,
                                      pdfium_c.FPDFText_GetFontSize)
    for index, char in enumerate(raw[start:stop], start):
        if char.isspace() or char == "\ufffe":
            continue
        if not char_box(page, index, left, right, bottom, top):
            continue
        boxes.append((index, left.value, right.value))
        loose_box(page, index, rect)
        bottoms.append(rect.bottom)
        sizes.append(font_size(page, index))
    if not boxes:
        line.across = False
        return line
    angle = pdfium_c.FPDFText_GetCharAngle(page, boxes[0][0])
    line.across = 0 <= angle < 0.01 or angle > 6.27
    line.bottom = statistics.median(bottoms)
    line.size = statistics.median(sizes)
    # Words: runs of characters with no space between them in the text.
    word_start, word_left = boxes[0][0], boxes[0][1]
    for (index, _, char_right), following in zip(boxes, [*boxes[1:], None], strict=True):
        if following is None or (following[0] > index + 1
                                 and _SPACE.search(raw, index + 1, following[0])):
            line.words.append(Word(word_start, index + 1, word_left, char_right))
            if following is not None:
                word_start, word_left = following[0], following[1]
    # Asked only of a table's lines (tables.py): a call into PDFium per word.
    words = line.words
    line.bold = lambda: 2 * sum(_bold(textpage, word.start) for word in words) > len(words)
    # Cells: runs of words with no wide gap between them.
    cell = line.words[:1]
    for prev, word in zip(line.words, line.words[1:], strict=False):
        if word.left - prev.right > GAP * max(line.size, 1.0):
            _add_cell(line, raw, cell)
            cell = []
        cell.append(word)
    _add_cell(line, raw, cell)
    return line


_BOLD = ("bold", "black", "heavy")  # in a font's name: Arial-BoldMT, Helvetica-Bold, ...


def _bold(textpage: pdfium.PdfTextPage, index: int) -> bool:
    """Is the character set in a bold font? Told by the font's name: the weight PDFium
    reports is 0 for the standard fonts (Helvetica-Bold)."""
    name = ctypes.create_string_buffer(128)
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, len(name), None)
    return any(word in name.value.decode("latin-1").lower() for word in _BOLD)


def _add_cell(line: Line, raw: str, words: list[Word]) -> None:
    line.cells.append(raw[words[0].start:words[-1].stop])
    line.edges.append((words[0].left, words[-1].right))


def _write(lines: list[Line], raw: str) -> str:
    tables = {table.first: table for table in find_tables(lines, raw)}
    step = _usual_step(lines)
    width = max((_width(line) for line in lines if line.across), default=0.0)
    out: list[str] = []
    number = 0
    while number < len(lines):
        table = tables.get(number)
        if table is not None:  # its rows stay together whatever their spacing
            rows = ["\t".join(row) for row in table.rows]
            if table.header:  # a line of one tab under the column heads (annex_text.py)
                rows.insert(1, "\t")
            out += ["", *rows, ""]
            number = table.last + 1
            continue
        if out and out[-1] and _ends_block(lines[number - 1], lines[number], step, width):
            out.append("")
        out.append(lines[number].text.rstrip())
        number += 1
    return "\n".join(out).strip("\n")


def _width(line: Line) -> float:
    return line.edges[-1][1] - line.edges[0][0] if line.edges else 0.0


def _usual_step(lines: list[Line]) -> float:
    steps = [a.bottom - b.bottom for a, b in zip(lines, lines[1:], strict=False)
             if a.across and b.across and 0 < a.bottom - b.bottom < 2.5 * max(a.size, b.size)]
    return statistics.median(steps) if steps else 0.0


def _ends_block(prev: Line, line: Line, step: float, width: float) -> bool:
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
