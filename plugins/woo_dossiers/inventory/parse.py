"""Turn the table's text cells into InventoryRows, checking each cell on the way.

Every problem names the row (`line`) and the column (`field`, the Dutch header).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..model.laws import LAWS, Law, find_ground, normalise_ground
from .columns import BY_KEY, JUDGEMENTS, REEDS, normalise_judgement
from .model import InventoryRow
from .reading import Table
from .report import Report

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[^\s<>\"]+$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
ANNEX = re.compile(r"^(?P<file>[^#]*?)\s*(?:#\s*(?P<anchor>.*))?$")
PAGE = re.compile(r"^page=(\d+)$")
ITEM_RANGE = re.compile(r"^(\d+)\s*-\s*(\d+)$")
RANGE_WORDS = re.compile(r"\s*(?:tot\s+en\s+met|t/m|–)\s*")
ITEM_SPLIT = re.compile(r"\s*(?:[,;+&]|\ben\b)\s*")
JUDGEMENT_LIST = ", ".join(JUDGEMENTS)


@dataclass(frozen=True)
class RowContext:
    """What a row is checked against: the dossier's law, annexes and items."""

    law: Law
    annexes: Mapping[str, int | None]  # annex file -> pages (None if unknown)
    item_numbers: frozenset[int]


def parse_rows(table: Table, context: RowContext, report: Report) -> list[InventoryRow]:
    """Rows whose number, description and judgement are usable; problems for every cell."""
    rows: list[InventoryRow] = []
    seen: dict[str, int] = {}  # normalised document number -> row it first appeared in
    for line, cells in table.rows:
        row = _Row(table, cells, line, report)
        number = row.text("number")
        if not number:
            row.coded("number", "number-empty")
        else:
            key = " ".join(number.split()).casefold()
            if key in seen:
                row.coded("number", "number-twice", {"number": number, "row": seen[key]})
            else:
                seen[key] = line
        description = row.text("description")
        if not description:
            row.coded("description", "description-empty")
        judgement = _judgement(row)
        parsed = InventoryRow(
            number=number,
            description=description,
            judgement=judgement or "",
            date=_date(row),
            grounds=_grounds(row, judgement, context.law),
            annex=(annex := _annex(row, context.annexes))[0],
            page=annex[1],
            link=_link(row, judgement),
            items=_items(row, context.item_numbers),
            line=line,
        )
        if number and description and judgement:
            rows.append(parsed)
    return rows


class _Row:
    def __init__(self, table: Table, cells: list[str], line: int, report: Report) -> None:
        self.table, self.cells, self.line, self.report = table, cells, line, report

    def text(self, key: str) -> str:
        return self.table.cell(self.cells, key)

    def coded(self, key: str, code: str, params: dict[str, object] | None = None) -> None:
        self.report.report(code, params, field=BY_KEY[key].name, line=self.line)


def _judgement(row: _Row) -> str | None:
    raw = row.text("judgement")
    if not raw:
        row.coded("judgement", "judgement-empty", {"judgements": JUDGEMENT_LIST})
        return None
    key = normalise_judgement(raw)
    if key not in JUDGEMENTS:
        row.coded("judgement", "judgement-unknown", {"value": raw, "judgements": JUDGEMENT_LIST})
        return None
    return key


def _date(row: _Row) -> date | None:
    raw = row.text("date")
    if not raw:
        return None  # documents without a known date exist; the cell may stay empty
    iso = ISO_DATE.match(raw)
    if iso:
        try:
            return date(*(int(part) for part in iso.groups()))
        except ValueError:
            row.coded("date", "date-not-real", {"value": raw})
            return None
    dutch = DUTCH_DATE.match(raw)
    if dutch:
        day, month, year = dutch.groups()
        row.coded("date", "date-dutch-order",
                  {"value": raw, "iso": f"{year}-{int(month):02d}-{int(day):02d}"})
        return None
    row.coded("date", "date-unreadable", {"value": raw})
    return None


def _grounds(row: _Row, judgement: str | None, law: Law) -> tuple[str, ...]:
    written = [part.strip() for part in re.split(r"[;\n]", row.text("grounds")) if part.strip()]
    found: dict[str, None] = {}
    for text in written:
        ground = find_ground(law, text)
        if ground is None:
            row.coded("grounds", *_ground_problem(text, law))
        else:
            found.setdefault(ground.code, None)
    if judgement is None:
        return tuple(found)
    if JUDGEMENTS[judgement].withholds and not written:
        example = next(iter(law.grounds))
        row.coded("grounds", "grounds-needed",
                  {"judgement": judgement, "law": law.key, "example": example})
    elif not JUDGEMENTS[judgement].withholds and written:
        row.coded("grounds", "grounds-not-taken", {"judgement": judgement})
    return tuple(found)


def _ground_problem(text: str, law: Law) -> tuple[str, dict[str, object]]:
    code = normalise_ground(text)
    for other in LAWS.values():
        if other is not law and code in other.grounds:
            # The message of grounds in dossier.yml, so that the team reads one message.
            return "ground-other-law", {"ground": text, "other": other.key, "law": law.key,
                                        "grounds": law.grounds}
    return "ground-unknown", {"ground": text, "law": law.key, "grounds": law.grounds}


def _annex(row: _Row, annexes: Mapping[str, int | None]) -> tuple[str | None, int | None]:
    raw = row.text("annex")
    if not raw:
        return None, None
    match = ANNEX.match(raw)
    assert match is not None  # the pattern accepts any text
    file, anchor = match["file"].strip(), match["anchor"]
    page = None
    if anchor is not None:
        page_match = PAGE.match(anchor.strip())
        if page_match is None or int(page_match[1]) < 1:
            row.coded("annex", "page-anchor", {"anchor": anchor})
        else:
            page = int(page_match[1])
    if file not in annexes:
        row.coded("annex", "annex-unknown", {"file": file, "annexes": list(annexes)})
        return None, None
    pages = annexes[file]
    if page is not None and pages is not None and page > pages:
        row.coded("annex", "page-past-end", {"page": page, "file": file, "pages": pages})
        page = None
    return file, page


def _link(row: _Row, judgement: str | None) -> str | None:
    raw = row.text("link")
    if not raw:
        if judgement == REEDS:
            row.coded("link", "link-needed")
        return None
    if URL.match(raw) or SLUG.match(raw):
        return raw
    row.coded("link", "link-unreadable", {"value": raw})
    return None


def _items(row: _Row, known: frozenset[int]) -> tuple[int, ...]:
    raw = row.text("items")
    if not raw:
        return ()
    numbers: dict[int, None] = {}
    for part in ITEM_SPLIT.split(RANGE_WORDS.sub("-", raw.casefold())):
        if not part:
            continue
        span = ITEM_RANGE.match(part)
        if part.isdigit():
            numbers.setdefault(int(part), None)
        elif span and int(span[1]) <= int(span[2]):
            for number in range(int(span[1]), int(span[2]) + 1):
                numbers.setdefault(number, None)
        else:
            row.coded("items", "item-number-unreadable", {"value": part})
    unknown = [n for n in numbers if n not in known]
    for number in unknown:
        listed = ", ".join(str(n) for n in sorted(known))
        row.coded("items", "item-not-listed", {"number": number, "items": listed})
    return tuple(n for n in numbers if n in known)
