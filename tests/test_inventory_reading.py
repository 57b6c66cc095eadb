"""Reading inventory files: encodings, delimiters, headers, spreadsheets."""

from __future__ import annotations

import datetime as dt
import sys

import openpyxl
import pytest
from inventory_helpers import DEFAULT_ITEMS, HEADER, WHERE, lines, load_rows, load_text, make_source
from woo_dossiers.inventory import load_inventory, reading

GOOD = [
    "1,2021-03-01,Notulen MT,deels openbaar,5.1.2.e,bijlage-1.pdf#page=3,,1",
    "2,2021-03-02,E-mail over planning,openbaar,,bijlage-1.pdf,,2",
    "3,,Memo aan de minister,niet openbaar,5.2; 5.1.2.i,,,1",
    "4,2019-01-01,Besluit 2019,reeds openbaar,,,2019-eerder-besluit,4",
    "5,2020-05-05,Rapport,reeds openbaar,,,https://example.org/r.pdf,4",
]


def test_comma_csv_reads_every_judgement(tmp_path):
    inventory, problems = load_rows(tmp_path, *GOOD)
    assert problems == []
    assert [row.number for row in inventory.rows] == ["1", "2", "3", "4", "5"]
    assert inventory.counts == {
        "openbaar": 1, "deels openbaar": 1, "niet openbaar": 1, "reeds openbaar": 2,
    }
    first, _, third, fourth, fifth = inventory.rows
    assert (first.annex, first.page, first.grounds, first.items, first.line) == (
        "bijlage-1.pdf", 3, ("5.1.2.e",), (1,), 2,
    )
    assert first.date == dt.date(2021, 3, 1)
    assert third.date is None and third.grounds == ("5.2", "5.1.2.i")
    assert fourth.link == "2019-eerder-besluit" and not fourth.link_is_url
    assert fifth.link_is_url
    assert inventory.grounds == ("5.1.2.e", "5.2", "5.1.2.i")
    assert [r.number for r in inventory.rows_for_item(4)] == ["4", "5"]


def test_semicolon_csv_with_bom_and_crlf(tmp_path):
    text = "\r\n".join(
        [HEADER.replace(",", ";")] + [row.replace(",", ";") for row in GOOD]
    )
    # the grounds cell "5.2; 5.1.2.i" holds the delimiter, so it must be quoted
    text = text.replace(";5.2; 5.1.2.i;", ';"5.2; 5.1.2.i";')
    inventory, problems = load_text(tmp_path, "\ufeff" + text)
    assert problems == []
    assert [row.judgement for row in inventory.rows] == [
        "deels openbaar", "openbaar", "niet openbaar", "reeds openbaar", "reeds openbaar",
    ]
    assert inventory.rows[2].grounds == ("5.2", "5.1.2.i")


def test_header_matching_ignores_case_spacing_and_extra_columns(tmp_path):
    header = "documentNUMMER, Omschrijving ,BEOORDELING,Opmerkingen,publieke   link"
    inventory, problems = load_rows(
        tmp_path, "A-1,Brief,openbaar,intern nagekeken,", header=header
    )
    assert problems == []
    assert inventory.rows[0].number == "A-1"


def test_multiline_cell_keeps_row_numbers_of_the_file(tmp_path):
    inventory, problems = load_rows(
        tmp_path, '1,,"Brief,\nmet tweede regel",openbaar,,,,', "2,,Nota,openbaar,,,,"
    )
    assert problems == []
    assert [row.line for row in inventory.rows] == [2, 4]
    assert inventory.rows[0].description == "Brief,\nmet tweede regel"


def test_blank_lines_are_skipped(tmp_path):
    inventory, problems = load_rows(tmp_path, "", "1,,Brief,openbaar,,,,", ",,,,,,,")
    assert problems == []
    assert len(inventory.rows) == 1


def test_xlsx_with_dates_and_numbers(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append([1, dt.datetime(2021, 3, 1), "Notulen", "Deels openbaar", "5.1.2e",
                  "bijlage-1.pdf", None, 1])
    sheet.append([2.0, dt.date(2021, 3, 2), "E-mail", "openbaar", None, None, None, "2, 3"])
    book.save(tmp_path / "inventaris.xlsx")
    source = make_source(tmp_path, items=DEFAULT_ITEMS[:2])
    inventory, problems = load_inventory("inventaris.xlsx", source)
    assert problems == []
    got = [(r.number, r.date, r.judgement, r.grounds, r.items, r.line) for r in inventory.rows]
    assert got == [
        ("1", dt.date(2021, 3, 1), "deels openbaar", ("5.1.2.e",), (1,), 2),
        ("2", dt.date(2021, 3, 2), "openbaar", (), (2, 3), 3),
    ]


def test_xlsx_problem_names_the_sheet_row(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append([1, None, "Notulen", "gedeeltelijk", None, None, None, None])
    book.save(tmp_path / "inventaris.xlsx")
    _, problems = load_inventory("inventaris.xlsx", make_source(tmp_path))
    assert lines(problems) == [
        "dossiers/d/inventaris.xlsx:2: [d] Beoordeling: 'gedeeltelijk' is not a judgement; "
        "expected one of openbaar, deels openbaar, niet openbaar, reeds openbaar"
    ]


def test_broken_xlsx(tmp_path):
    (tmp_path / "inventaris.xlsx").write_bytes(b"not a zip file")
    inventory, problems = load_inventory("inventaris.xlsx", make_source(tmp_path))
    assert inventory is None
    assert lines(problems) == [
        "dossiers/d/inventaris.xlsx: [d] the spreadsheet cannot be read "
        "(BadZipFile: File is not a zip file)"
    ]


# --- the file named in dossier.yml ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../inventory.csv", "'../inventory.csv' is not a file name in the dossier folder; "
         "write just the name, e.g. inventory.csv"),
        ("sub/inventory.csv", "'sub/inventory.csv' is not a file name in the dossier folder; "
         "write just the name, e.g. inventory.csv"),
        ("inventory.ods", "'inventory.ods' is not a .csv or .xlsx file; "
         "export the inventory as CSV UTF-8"),
        ("missing.csv", "'missing.csv' does not exist in the dossier folder"),
    ],
)
def test_named_file_problems_point_at_dossier_yml(tmp_path, name, message):
    inventory, problems = load_inventory(name, make_source(tmp_path))
    assert inventory is None
    assert lines(problems) == [f"dossiers/d/dossier.yml:7: [d] inventory: {message}"]


# --- the shape of the file --------------------------------------------------------------


def test_utf16_is_refused(tmp_path):
    _, problems = load_text(tmp_path, "\ufeff" + HEADER, encoding="utf-16-le")
    assert lines(problems) == [
        f"{WHERE}:1: [d] the file is UTF-16 text; save it as 'CSV UTF-8' instead"
    ]


def test_windows_1252_is_refused_with_the_line(tmp_path):
    text = HEADER + "\n1,,Brief,openbaar,,,,\n2,,Café,openbaar,,,,\n"
    _, problems = load_text(tmp_path, text, encoding="cp1252")
    assert lines(problems) == [
        f"{WHERE}:3: [d] the file is not UTF-8 text (byte 0xe9); save it as 'CSV UTF-8' "
        "(in Excel: Opslaan als > CSV UTF-8)"
    ]


def test_empty_file(tmp_path):
    inventory, problems = load_text(tmp_path, "\n\n")
    assert inventory is None
    assert lines(problems) == [
        f"{WHERE}: [d] the file is empty; expected a header row with Documentnummer, Datum, "
        "Omschrijving, Beoordeling, Beoordelingsgrond, Bijlage, Publieke link, Onderdeel"
    ]


def test_header_without_rows(tmp_path):
    _, problems = load_text(tmp_path, HEADER + "\n")
    assert lines(problems) == [
        f"{WHERE}: [d] the inventory lists no documents: there are no rows under the header"
    ]


def test_missing_required_column(tmp_path):
    inventory, problems = load_rows(
        tmp_path, "1,Brief", header="Documentnummer,Omschrijving"
    )
    assert inventory is None
    assert lines(problems) == [
        f"{WHERE}:1: [d] Beoordeling: the required column 'Beoordeling' is missing from the "
        "header row; expected the columns Documentnummer, Datum, Omschrijving, Beoordeling, "
        "Beoordelingsgrond, Bijlage, Publieke link, Onderdeel"
    ]


def test_duplicate_column(tmp_path):
    _, problems = load_rows(
        tmp_path, "1,Brief,openbaar,x",
        header="Documentnummer,Omschrijving,Beoordeling,omschrijving",
    )
    assert lines(problems) == [
        f"{WHERE}:1: [d] Omschrijving: the column 'Omschrijving' appears twice in the header row"
    ]


def test_misspelt_column_is_not_silently_ignored(tmp_path):
    _, problems = load_rows(
        tmp_path, "1,Brief,niet openbaar,5.2",
        header="Documentnummer,Omschrijving,Beoordeling,Beoordelingsgronden",
    )
    assert lines(problems) == [
        f"{WHERE}:1: [d] Beoordelingsgronden: the column 'Beoordelingsgronden' is not known; "
        "did you mean 'Beoordelingsgrond'?"
    ]


def test_row_with_too_many_cells(tmp_path):
    _, problems = load_rows(tmp_path, "1,,Brief, met komma,openbaar,,,,")
    assert lines(problems) == [
        f"{WHERE}:2: [d] the row has 9 cells but the header has 8 columns; a cell that "
        "contains the delimiter must be in double quotes"
    ]


def test_unbalanced_quote(tmp_path):
    _, problems = load_rows(tmp_path, "1,,Brief,openbaar,,,,", '2,,"Brief,openbaar,,,,')
    assert lines(problems) == [
        f"{WHERE}:3: [d] the CSV cannot be read (unexpected end of data); check the quotes "
        '(") in this row'
    ]


def test_size_and_row_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    _, problems = load_rows(tmp_path, "1,,Brief,openbaar,,,,")
    assert lines(problems) == [f"{WHERE}: [d] the file is 118 bytes; at most 100 are read"]
    monkeypatch.setattr(reading, "MAX_BYTES", 10_000)
    monkeypatch.setattr(reading, "MAX_ROWS", 2)
    _, problems = load_rows(tmp_path, *(f"{n},,Brief,openbaar,,,," for n in range(1, 5)))
    assert lines(problems) == [f"{WHERE}:4: [d] the file has more than 2 rows"]


def test_title_rows_above_the_header_are_skipped(tmp_path):
    text = "Inventarislijst Woo-besluit 2023-12;;;\n\n" + HEADER.replace(",", ";") + "\n"
    text += "1;2021-01-01;Brief, met komma;openbaar;;;;\n"
    inventory, problems = load_text(tmp_path, text, items=DEFAULT_ITEMS[:1])
    assert problems == []
    assert [(r.number, r.description, r.line) for r in inventory.rows] == [
        ("1", "Brief, met komma", 4)
    ]


def test_xlsx_row_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 2)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    for number in range(1, 5):
        sheet.append([number, None, "Brief", "openbaar", None, None, None, None])
    book.save(tmp_path / "inventaris.xlsx")
    _, problems = load_inventory("inventaris.xlsx", make_source(tmp_path))
    assert lines(problems) == ["dossiers/d/inventaris.xlsx:4: [d] the sheet has more than 2 rows"]


def test_xlsx_without_openpyxl_installed(tmp_path, monkeypatch):
    (tmp_path / "inventaris.xlsx").write_bytes(b"PK")
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # what Python sees when it is missing
    _, problems = load_inventory("inventaris.xlsx", make_source(tmp_path))
    assert lines(problems) == [
        "dossiers/d/inventaris.xlsx: [d] reading .xlsx needs the Python package openpyxl, which "
        "is not installed; install it or export the inventory as CSV UTF-8"
    ]
