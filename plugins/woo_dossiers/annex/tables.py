"""Tables on a PDF page, from its lines of text and the positions of their words.

A table starts from a core: at least three consecutive lines, each split by wide
gaps into cells whose left or right edges line up with the cells of the first,
no cell longer than a line of prose, one column of short values (prose set in
two columns has none) and not a list (a bullet, then text). Conservative, since
a false table is worse than text.

Around the core, lines that fit its columns join the table: a header, and the
lines of a row whose cells wrap, which PDFium reads cell by cell rather than
line by line. A line fits when each of its words lies in one column without
reaching into the next, a wide gap comes before each word that starts another
column, each column's run of words starts at that column's left edge or ends at
its right edge, and it lies within a few rows of the table. A line with a word
in the first column starts a row, and must fill two columns at least (a line of
text under a table fills one); the others add their words to the row's cells.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

ALIGN = 3.0  # points: edges this close count as aligned
GAP = 1.2  # a gap this many times the font size between words separates table cells
_MIN_ROWS = 3
_MAX_CELL = 60  # characters: a longer cell is prose, not a table
_SHORT_CELL = 3  # words: a table has a column with no longer cell
_NEAR = 2.5  # rows: how far from the table a line that joins it may lie
_SIZE = 0.2  # a line set this much larger or smaller is not part of the table

# A first cell that is only a bullet or a number makes two aligned cells a list item.
_MARK = re.compile(r"[\ue000-\uf8ff•·▪●○◦■□\-–—*]|\(?\d{1,3}[.)]|\(?[a-z][.)]")


@dataclass
class Word:
    start: int  # where it is in the page's text
    stop: int
    left: float
    right: float


@dataclass
class Line:
    text: str  # as PDFium gave it, without its line break
    words: list[Word] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # split at wide gaps (one cell: no gap)
    edges: list[tuple[float, float]] = field(default_factory=list)  # each cell's left, right
    bottom: float = 0.0
    size: float = 0.0
    across: bool = True  # set horizontally (not turned): only then are gaps and steps read
    # Are most of its words set in a bold font? A function (layout.py), asked only of a
    # table's lines: telling costs a call into PDFium per word.
    bold: Callable[[], bool] = lambda: False


@dataclass
class Table:
    first: int  # the page's lines it takes: first to last, both included
    last: int
    rows: list[list[str]]
    header: bool = False  # the first row is set in bold and the others are not: column heads


def find_tables(lines: list[Line], text: str) -> list[Table]:
    """The tables among the page's lines (`text` is the page's text the words index)."""
    tables: list[Table] = []
    start = 0
    while start < len(lines):
        end = start
        if _row(lines[start]):
            columns = lines[start].edges
            end = start + 1
            while end < len(lines) and _row(lines[end]) and _aligned(lines[end], columns):
                end += 1
        if end - start >= _MIN_ROWS and _tabular(lines[start:end]):
            table = _grown(lines, start, end, text, tables[-1].last if tables else -1)
            tables.append(table)
            start = table.last + 1
        else:
            start += 1
    return tables


def _row(line: Line) -> bool:
    return line.across and len(line.cells) >= 2 and all(len(c) <= _MAX_CELL for c in line.cells)


def _aligned(line: Line, columns: list[tuple[float, float]]) -> bool:
    """Does every cell start or end where a column of the table's first row does?"""
    if len(line.cells) != len(columns):
        return False
    return all(abs(left - c_left) <= ALIGN or abs(right - c_right) <= ALIGN
               for (left, right), (c_left, c_right) in zip(line.edges, columns, strict=True))


def _tabular(rows: list[Line]) -> bool:
    if all(len(row.cells) == 2 and _MARK.fullmatch(row.cells[0]) for row in rows):
        return False
    return any(all(len(row.cells[column].split()) <= _SHORT_CELL for row in rows)
               for column in range(len(rows[0].cells)))


@dataclass
class _Columns:
    lefts: list[float]
    rights: list[float]
    size: float
    pitch: float  # the distance from row to row

    def fit(self, line: Line) -> list[tuple[int, Word]] | None:
        """Each word of the line with its column, or None if the line does not fit."""
        if not line.across or not line.words or abs(line.size - self.size) > _SIZE * self.size:
            return None
        placed: list[tuple[int, Word]] = []
        for word in line.words:
            column = max((i for i, left in enumerate(self.lefts) if left <= word.left + ALIGN),
                         default=None)
            if column is None or (placed and column < placed[-1][0]):
                return None
            if column + 1 < len(self.lefts) and word.right > self.lefts[column + 1] + ALIGN:
                return None  # reaches into the next column
            if placed and column != placed[-1][0] and (
                    word.left - placed[-1][1].right <= GAP * max(line.size, 1.0)):
                return None  # a word that only happens to start at a column
            placed.append((column, word))
        for column in {c for c, _ in placed}:
            run = [word for c, word in placed if c == column]
            if (abs(run[0].left - self.lefts[column]) > ALIGN
                    and abs(run[-1].right - self.rights[column]) > ALIGN):
                return None
        return placed


def _grown(lines: list[Line], start: int, end: int, text: str, before: int) -> Table:
    """The core lines[start:end] with the lines around it that fit its columns."""
    core = lines[start:end]
    count = len(core[0].cells)
    steps = [a.bottom - b.bottom for a, b in zip(core, core[1:], strict=False)
             if a.bottom > b.bottom]
    columns = _Columns([min(line.edges[i][0] for line in core) for i in range(count)],
                       [max(line.edges[i][1] for line in core) for i in range(count)],
                       statistics.median(line.size for line in core),
                       statistics.median(steps) if steps else 1.5 * core[0].size)
    placed = [columns.fit(line) for line in core]
    if any(p is None for p in placed):  # the core itself is all this table is
        return Table(start, end - 1, [line.cells for line in core], _header([[line] for line in core]))
    low, high = min(line.bottom for line in core), max(line.bottom for line in core)
    first, last = start, end - 1
    for step, limit in ((-1, before), (1, len(lines))):
        index = (first if step < 0 else last) + step
        while index != limit:
            line = lines[index]
            near = low - _NEAR * columns.pitch <= line.bottom <= high + _NEAR * columns.pitch
            fitted = columns.fit(line) if near else None
            if fitted is None or (any(column == 0 for column, _ in fitted)
                                  and len({column for column, _ in fitted}) < 2):
                break
            low, high = min(low, line.bottom), max(high, line.bottom)
            if step < 0:
                first, placed = index, [fitted, *placed]
            else:
                last, placed = index, [*placed, fitted]
            index += step
    rows: list[list[list[str]]] = []
    sources: list[list[Line]] = []  # the lines each row is made of
    for line, words in zip(lines[first:last + 1], placed, strict=True):
        assert words is not None
        if not rows or any(column == 0 for column, _ in words):
            rows.append([[] for _ in range(count)])
            sources.append([])
        sources[-1].append(line)
        for column, word in words:
            rows[-1][column].append(text[word.start:word.stop])
    return Table(first, last, [[" ".join(cell) for cell in row] for row in rows], _header(sources))


def _header(rows: list[list[Line]]) -> bool:
    return all(line.bold() for line in rows[0]) and not all(
        line.bold() for row in rows[1:] for line in row)
