"""Turn the table's text cells into InventoryRows, checking each cell on the way.

Every problem names the row (`line`) and the column (`field`, the Dutch header).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..laws import LAWS, Law, find_ground, normalise_ground
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
            row.problem("number", "the document number is empty; every document needs one")
        else:
            key = " ".join(number.split()).casefold()
            if key in seen:
                row.problem(
                    "number",
                    f"the document number '{number}' is also used in row {seen[key]}; "
                    "every document needs its own number",
                )
            else:
                seen[key] = line
        description = row.text("description")
        if not description:
            row.problem("description", "the description is empty; say what the document is")
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

    def problem(self, key: str, message: str) -> None:
        self.report.error(message, field=BY_KEY[key].name, line=self.line)

    def coded(self, key: str, code: str, params: dict[str, object]) -> None:
        self.report.report(code, params, field=BY_KEY[key].name, line=self.line)


def _judgement(row: _Row) -> str | None:
    raw = row.text("judgement")
    if not raw:
        row.problem("judgement", f"the judgement is empty; expected one of {JUDGEMENT_LIST}")
        return None
    key = normalise_judgement(raw)
    if key not in JUDGEMENTS:
        row.problem("judgement", f"'{raw}' is not a judgement; expected one of {JUDGEMENT_LIST}")
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
            row.problem("date", f"'{raw}' is not a date that exists; expected YYYY-MM-DD")
            return None
    dutch = DUTCH_DATE.match(raw)
    if dutch:
        day, month, year = dutch.groups()
        row.problem(
            "date",
            f"'{raw}' is not written as YYYY-MM-DD; write {year}-{int(month):02d}-{int(day):02d}",
        )
        return None
    row.problem(
        "date",
        f"'{raw}' is not a date; expected YYYY-MM-DD, e.g. 2021-05-10 "
        "(leave the cell empty if the date is unknown)",
    )
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
        row.problem(
            "grounds",
            f"a '{judgement}' document needs the {law.key} ground(s) for what is withheld, "
            f"separated by ';', e.g. {example}",
        )
    elif not JUDGEMENTS[judgement].withholds and written:
        article = "an" if judgement[0] in "aeiou" else "a"
        row.problem(
            "grounds",
            f"{article} '{judgement}' document withholds nothing, so it takes no grounds; "
            "remove them or change the judgement",
        )
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
            row.problem(
                "annex",
                f"'#{anchor}' is not a page; expected the file name, optionally followed "
                "by #page=N with N counting from 1, e.g. bijlage-2.pdf#page=4",
            )
        else:
            page = int(page_match[1])
    if file not in annexes:
        listed = ", ".join(annexes) or "none"
        row.problem(
            "annex",
            f"'{file}' is not an annex of this dossier; annexes listed in dossier.yml: {listed}",
        )
        return None, None
    pages = annexes[file]
    if page is not None and pages is not None and page > pages:
        row.problem("annex", f"page {page} is past the end of '{file}', which has {pages} pages")
        page = None
    return file, page


def _link(row: _Row, judgement: str | None) -> str | None:
    raw = row.text("link")
    if not raw:
        if judgement == REEDS:
            row.problem(
                "link",
                "a 'reeds openbaar' document needs a Publieke link: the slug of the earlier "
                "dossier on this site or a URL starting with https://",
            )
        return None
    if URL.match(raw) or SLUG.match(raw):
        return raw
    row.problem(
        "link",
        f"'{raw}' is neither a URL starting with https:// nor a dossier slug "
        "(lower-case letters, digits and hyphens)",
    )
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
            row.problem(
                "items",
                f"'{part}' is not an item number; expected numbers such as 3, '8, 9' or '1-3'",
            )
    unknown = [n for n in numbers if n not in known]
    for number in unknown:
        listed = ", ".join(str(n) for n in sorted(known))
        row.problem(
            "items", f"item {number} is not in dossier.yml; the dossier's items are {listed}"
        )
    return tuple(n for n in numbers if n in known)
