"""Answers laid out as a table: a column with the item, a column with the decision.

Many Woo letters answer per item in a table ("Onderdeel | Omschrijving | Besluit |
Weigeringsgrond"). pypdf's layout mode prints such a table as lines whose cells
start where the column heads start, runs of spaces between them; a cell that wraps
takes more lines, its row number often on the middle one, and rows are set apart
by blank lines. Other extractors give " | " or tabs between cells: both are read.

Only a table whose first column is headed as the request's items ("Onderdeel",
"Verzoekonderdeel", "Punt", "Vraag") and that has a decision column ("Besluit",
"Beslissing", "Beoordeling", "Uitkomst") counts. An inventory list ("Nr. |
Document | Datum | Beoordeling") numbers documents, not items, and a table of dates
has no decision: both stay text. The table is read on the page's raw lines, before
they are tidied into sentences, and replaced by one marker line that `blocks.py`
turns into a block of its own. A page number under the rows ends the table; a table
that ends its page goes on with the next page's first rows of the same columns (pypdf
gives each page apart, the head is seldom repeated), and numbered lines there of another
shape are named as items it may hold, for the draft to flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dutch import NUMBER_LIST, numbers_in
from .pages import is_page_number

MARK = "\ue000"  # a private-use character: a line "\ue0003" stands for table 3
_MARK_LINE = re.compile(rf"^{MARK}(\d+)$")

_ITEM_HEAD = re.compile(
    r"^(?:nr\.?\s+|nummer\s+)?(?:verzoek)?onderde(?:el|len)|^deelverzoek|^punt(?:en)?\b"
    r"|^vra(?:ag|gen)\b|^ad\b", re.IGNORECASE)
_DECISION_HEAD = re.compile(r"besl(?:uit|issing)|beoordeling|uitkomst|\boordeel\b|"
                            r"openbaarmaking", re.IGNORECASE)
_GROUNDS_HEAD = re.compile(r"grond|artikel|wettelijk", re.IGNORECASE)
_ITEM_CELL = re.compile(rf"^(?:onderdeel\s+|punt\s+|vraag\s+)?({NUMBER_LIST})\s*[.):]?$",
                        re.IGNORECASE)
_GAP = re.compile(r"\s*\|\s*|\t+| {2,}")
_FOOT = 4  # lines at a page's foot that may follow a table going on on the next page
_NUMBERED = re.compile(rf"^\s*({NUMBER_LIST})\s*[.):]?\s+\S")
# pypdf lays out each page on its own scale: on the next page a column may start a few
# characters off, more so the further right it is.
_DRIFT = 0.12
# Layout text places a cell where its column head starts; a justified cell's last word may
# end a little past the next column's start.
_OVERRUN = 2


@dataclass
class Row:
    numbers: tuple[int, ...]
    cells: list[str]  # one per column, wrapped lines joined
    unsure: bool = False  # a wrapped cell's line may belong to the row above or below

    def text(self) -> str:
        """The row as the letter has it, " | " between cells (the draft quotes it)."""
        return " | ".join(cell for cell in self.cells if cell)


@dataclass
class Table:
    head: list[str]
    rows: list[Row] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # each column's start (layout text)
    piped: bool = False  # cells set apart by " | " or tabs, not by position
    # items numbered at the top of the next page in lines of another shape: maybe its rows
    may_continue: tuple[int, ...] = ()

    def cells(self, line: str) -> list[str] | None:
        """The line's text per column, or None when it does not fit the columns."""
        if self.piped:
            return _by_index(line, len(self.head))
        return _by_column(line, self.starts)

    @property
    def decision(self) -> int:
        """The decision column: a head that starts with its word ("Besluit") before one that
        only holds it ("Gevraagde besluiten")."""
        heads = list(enumerate(self.head))[1:]
        return next((i for i, h in heads if _DECISION_HEAD.match(h)),
                    next(i for i, h in heads if _DECISION_HEAD.search(h)))

    @property
    def grounds(self) -> int | None:
        return next((i for i, h in enumerate(self.head)
                     if i != self.decision and _GROUNDS_HEAD.search(h)), None)

    def lines(self) -> list[str]:
        """Each row as one line naming its cells by their heads, for decision.md."""
        return ["; ".join(f"{head}: {cell}" if head else cell
                          for head, cell in zip(self.head, row.cells, strict=True) if cell)
                for row in self.rows]


def table_number(line: str) -> int | None:
    match = _MARK_LINE.match(line)
    return int(match.group(1)) if match else None


def take_tables(pages: list[str]) -> tuple[list[str], list[Table]]:
    """The pages with each answer table replaced by a marker line, and the tables. A table
    that ends its page goes on at the top of the next page when the rows there have its
    columns and an item number (pypdf gives each page apart; the head is seldom repeated)."""
    tables: list[Table] = []
    split = [page.splitlines() for page in pages]
    out = []
    for page, lines in enumerate(split):
        kept: list[str] = []
        index = 0
        while index < len(lines):
            found = _table_at(lines, index)
            if found is None:
                kept.append(lines[index])
                index += 1
                continue
            table, index = found
            kept.append(f"{MARK}{len(tables)}")
            tables.append(table)
            if page + 1 < len(split) and _ends_page(lines, index):
                split[page + 1] = _go_on(table, split[page + 1])
        out.append("\n".join(kept))
    return out, tables


def _ends_page(lines: list[str], end: int) -> bool:
    """Only a page's foot (a page number, a footer) follows line `end`."""
    return sum(1 for line in lines[end:] if line.strip()) <= _FOOT


def _go_on(table: Table, lines: list[str]) -> list[str]:
    """The next page without the rows that continue `table` (added to it). Its head lines
    (a letterhead, a page number) stay. Numbered lines there that do not fit the table's
    columns may be its rows: the table names their numbers (`may_continue`)."""
    for index, line in enumerate(lines[: _FOOT * 3]):
        starts = None if table.piped else _shifted(table.starts, line)
        cells = table.cells(line) if starts is None else _by_column(line, starts)
        if cells and _ITEM_CELL.match(cells[0]) and any(cells[1:]):
            table.starts = starts or table.starts
            first = index
            while first and lines[first - 1].strip() and (table.cells(lines[first - 1])
                                                          or ["x"])[0] == "":
                first -= 1  # a wrapped cell's first lines, above its row's number
            end = _rows_into(table, lines, first)
            return lines[:first] + lines[end:]
        if _NUMBERED.match(line):  # an item's number, but not in the table's first column
            found = (_NUMBERED.match(more) for more in lines[index : _FOOT * 3])
            table.may_continue = tuple(n for match in found if match
                                       for n in numbers_in(match.group(1)))
            return lines
    return lines


def _shifted(starts: list[int], line: str) -> list[int] | None:
    """The columns as the next page lays them out, read from a row there: each of its cells
    near one column's start; columns it leaves empty move by the same scale, a little to the
    left (a cell may start anywhere right of its column's start)."""
    found = {}
    for start, _ in _cells(line):
        column = min(range(len(starts)), key=lambda i: abs(starts[i] - start))
        if abs(starts[column] - start) > 2 + _DRIFT * starts[column] or column in found:
            return None
        found[column] = start
    if 0 not in found or len(found) < 2:
        return None
    right = max(found)
    scale = found[right] / starts[right]
    return [found.get(i, int(start * scale) - _OVERRUN) for i, start in enumerate(starts)]


def _cells(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each cell of a line: split at " | ", tabs or 2+ spaces."""
    cells, position = [], 0
    for part in _GAP.split(line):
        start = line.index(part, position) if part else position
        if part.strip():
            cells.append((start, part.strip()))
        position = start + len(part)
    return cells


def _is_head(texts: list[str]) -> bool:
    return (len(texts) >= 2 and bool(_ITEM_HEAD.match(texts[0]))
            and any(_DECISION_HEAD.search(text) for text in texts[1:]))


def _head(lines: list[str], index: int) -> tuple[list[int], list[str], int] | None:
    """(column starts, heads, next line) when line `index` starts a table's head. A narrow
    column's head wraps, even inside a word ("Onderdee" above "l"): up to two more lines
    whose pieces sit in the head's columns are joined to it."""
    cells = _cells(lines[index])
    if len(cells) < 2 or not (_ITEM_HEAD.match(cells[0][1]) or cells[0][1][:3].isalpha()):
        return None
    starts, texts = [start for start, _ in cells], [text for _, text in cells]
    end = index + 1
    while not _is_head(texts) and end < min(index + 3, len(lines)) and "|" not in lines[index]:
        more = _by_column(lines[end], starts)
        if not lines[end].strip() or more is None or _ITEM_CELL.match(more[0]):
            return None
        texts = [_join_head(text, extra) for text, extra in zip(texts, more, strict=True)]
        end += 1
    return (starts, texts, end) if _is_head(texts) else None


def _join_head(left: str, right: str) -> str:
    """A head's wrapped piece: a lower-case fragment of one word goes on without a space."""
    if right and " " not in right and right[0].islower() and left[-1:].isalpha():
        return left + right
    return f"{left} {right}".strip()


def _table_at(lines: list[str], index: int) -> tuple[Table, int] | None:
    """The answer table whose head starts at line `index`, and the index after its last line."""
    head = _head(lines, index)
    if head is None:
        return None
    starts, texts, first = head
    table = Table(texts, starts=starts, piped="|" in lines[index] or "\t" in lines[index])
    end = _rows_into(table, lines, first)
    return (table, end) if table.rows else None


def _rows_into(table: Table, lines: list[str], first: int) -> int:
    """Add the rows from line `first` on to `table`; the index after its last line. A lone
    number between blank lines, or a page number under the rows, ends the table."""
    groups: list[list[list[str]]] = [[]]  # blank-line groups of lines, each line as cells
    end = first
    for number in range(first, len(lines)):
        line = lines[number]
        if not line.strip():
            groups.append([])
            continue
        cells = table.cells(line)
        if cells is None or (cells[0] and not _ITEM_CELL.match(cells[0])):
            break
        lone = not any(cells[1:]) and not groups[-1] and not (
            number + 1 < len(lines) and lines[number + 1].strip())
        if is_page_number(line) and (lone or not cells[0]):
            break  # the page's foot: "4" alone, "Pagina 1 van 2" in the middle
        groups[-1].append(cells)
        end = number + 1
    for group in groups:
        _add_rows(table, group)
    return end


def _by_index(line: str, count: int) -> list[str] | None:
    if "|" not in line and "\t" not in line:
        return None
    parts = [part.strip() for part in re.split(r"\s*\|\s*|\t+", line.strip().strip("|"))]
    if len(parts) > count:
        return None
    return parts + [""] * (count - len(parts))


def _by_column(line: str, starts: list[int]) -> list[str] | None:
    """The line's text per column, or None when a piece runs into the next column (prose)."""
    cells = [""] * len(starts)
    for start, text in _cells(line):
        column = max((i for i, s in enumerate(starts) if s <= start), default=None)
        if column is None:
            return None
        if column + 1 < len(starts) and start + len(text) > starts[column + 1] + _OVERRUN:
            return None
        cells[column] = f"{cells[column]} {text}".strip()
    return cells


def _add_rows(table: Table, group: list[list[str]]) -> None:
    """Rows of one blank-line group: a line with a number starts a row; lines before the
    first number (a wrapped cell whose number sits on its middle line) belong to it. A line
    between two numbers may belong to either row: when it holds decision or grounds words,
    both rows are unsure."""
    if not group:
        return
    starts = [i for i, cells in enumerate(group) if cells[0]]
    if not starts:  # a cell's last lines after a gap: the row above goes on
        if table.rows:
            _extend(table.rows[-1], group)
        return
    facts = [i for i in (table.decision, table.grounds) if i is not None]
    unsure = set()
    for position in range(len(starts) - 1):
        between = group[starts[position] + 1 : starts[position + 1]]
        if any(cells[i] for cells in between for i in facts):
            unsure |= {position, position + 1}
    for position, first in enumerate(starts):
        last = starts[position + 1] if position + 1 < len(starts) else len(group)
        lines = group[:last] if position == 0 else group[first:last]
        numbers = numbers_in(_ITEM_CELL.match(group[first][0]).group(1))
        row = Row(numbers, [""] * len(table.head), position in unsure)
        _extend(row, lines)
        table.rows.append(row)


def _extend(row: Row, lines: list[list[str]]) -> None:
    for cells in lines:
        for column, text in enumerate(cells):
            if text and column:
                row.cells[column] = _join(row.cells[column], text)
            elif text:
                row.cells[0] = row.cells[0] or text


def _join(left: str, right: str) -> str:
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right
    return f"{left} {right}".strip()
