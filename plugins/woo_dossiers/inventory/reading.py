"""Read an inventory file (CSV or XLSX) into a table of text cells with row numbers.

Only the shape is checked here: encoding, delimiter, header row, cell counts.
What the cells mean is `parse.py`'s job.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .columns import BY_HEADER, COLUMNS, header_key
from .report import Report

MAX_BYTES = 20_000_000  # a 20 MB list is ~100,000 documents; more is a mistake
MAX_ROWS = 100_000
DELIMITERS = (",", ";")
SUFFIXES = (".csv", ".xlsx")
HEADER_SEARCH = 10  # exports may put a title row or two above the header


@dataclass
class Table:
    columns: dict[str, int]  # Column.key -> cell index
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (row number, cells)

    def cell(self, cells: list[str], key: str) -> str:
        index = self.columns.get(key)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()


def read_table(path: Path, report: Report) -> Table | None:
    """The file's header and rows, or None (with problems reported) if it cannot be used."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        report.report("file-too-big", {"size": size, "limit": MAX_BYTES})
        return None
    if path.suffix.lower() == ".xlsx":
        records = _xlsx_records(path, report)
    else:
        records = _csv_records(path.read_bytes(), report)
    if records is None:
        return None
    return _table(records, report)


def _csv_records(data: bytes, report: Report) -> list[tuple[int, list[str]]] | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.report("csv-utf16", line=1)
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        report.report("csv-not-utf8", {"byte": f"0x{data[error.start]:02x}"}, line=line)
        return None
    delimiter = _sniff(text)
    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for cells in reader:
            if len(records) > MAX_ROWS:
                report.report("csv-too-many-rows", {"rows": MAX_ROWS}, line=start)
                return None
            records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        report.report("csv-unreadable", {"error": str(error)}, line=start)
        return None
    return records


def _sniff(text: str) -> str:
    """Comma or semicolon: whichever splits a header line into more known column names."""
    lines = [line for line in text.splitlines() if line.strip()][:HEADER_SEARCH]

    def score(delimiter: str) -> tuple[int, int]:
        best = (0, 0)
        for cells in csv.reader(lines, delimiter=delimiter):
            best = max(best, (_known(cells), len(cells)))
        return best

    return max(DELIMITERS, key=score)


def _known(cells: list[str]) -> int:
    return sum(header_key(cell) in BY_HEADER for cell in cells)


def _xlsx_records(path: Path, report: Report) -> list[tuple[int, list[str]]] | None:
    # Imported here: only dossiers with a spreadsheet pay for openpyxl.
    try:
        from openpyxl import load_workbook
    except ImportError:
        report.report("xlsx-needs-openpyxl")
        return None

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # zipfile and XML parsers raise many types on broken files
        report.report("xlsx-unreadable", {"error": f"{type(error).__name__}: {error}"})
        return None
    try:
        sheet = book.worksheets[0]  # the export has one sheet; others are notes
        records = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                report.report("sheet-too-many-rows", {"rows": MAX_ROWS}, line=number)
                return None
            records.append((number, [_cell_text(value) for value in values]))
        return records
    finally:
        book.close()


def _cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV export would have held."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table(records: list[tuple[int, list[str]]], report: Report) -> Table | None:
    rows = [(line, cells) for line, cells in records if any(cell.strip() for cell in cells)]
    if not rows:
        report.report("inventory-empty", {"columns": _names(COLUMNS)})
        return None
    # The header is the first row naming the most known columns; rows above it
    # (a title such as "Inventarislijst Woo-besluit ...") are skipped.
    candidates = rows[:HEADER_SEARCH]
    start = max(range(len(candidates)), key=lambda i: (_known(candidates[i][1]), -i))
    if _known(candidates[start][1]) == 0:
        start = 0
    header_line, header = rows[start]
    rows = rows[start:]
    columns: dict[str, int] = {}
    unknown: list[str] = []
    ok = True
    for index, cell in enumerate(header):
        column = BY_HEADER.get(header_key(cell))
        if column is None:
            if cell.strip():
                unknown.append(cell.strip())
            continue
        if column.key in columns:
            report.report("column-twice", {"column": column.name}, field=column.name,
                          line=header_line)
            ok = False
        columns[column.key] = index
    missing = [column for column in COLUMNS if column.key not in columns]
    for cell in unknown:
        # A misspelt known column would silently lose its data; other columns are ignored.
        close = difflib.get_close_matches(
            header_key(cell), [header_key(c.name) for c in missing], n=1, cutoff=0.75
        )
        if close:
            report.report("column-unknown", {"column": cell, "known": BY_HEADER[close[0]].name},
                          field=cell, line=header_line)
            ok = False
    for column in missing:
        if column.required:
            report.report("column-missing", {"column": column.name, "columns": _names(COLUMNS)},
                          field=column.name, line=header_line)
            ok = False
    if not ok:
        return None
    table = Table(columns)
    width = len(header)
    for line, cells in rows[1:]:
        if len(cells) > width:
            report.report("row-width", {"cells": len(cells), "columns": width}, line=line)
            ok = False
            continue
        table.rows.append((line, cells))
    if not table.rows and ok:
        report.report("inventory-no-rows")
    return table


def _names(columns: tuple) -> str:
    return ", ".join(column.name for column in columns)
