"""Answers laid out as a table in the letter, imported: every fact right, or flagged.

Each letter is a real PDF (fpdf2 draws the table as a word processor does: a bold
head, cells that wrap, borders) read back by `woo importeer`'s own code. One letter
answers only in a table, one has rows a person must look at, one is text from an
extractor that puts " | " between cells (and names a column "Gevraagde besluiten"
before the "Besluit" column), and one holds tables that are no answers
(an inventory list with a "Beoordeling" column, a table of dates): those must not
change what the Ad sections say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from import_letters import Imported, run_import
from letterpdf import Layout, TablePart, letter_pdf
from woo_dossiers.importer.outcomes import grounds_in, guess_cell

LETTERHEAD = [("Gemeente Eindhoven", ""), ("", "Datum 3 maart 2025"),
              ("", "Ons kenmerk 2025/0311"), ("", "Onderwerp Besluit op uw Woo-verzoek")]
OPENING = ["Geachte heer, mevrouw,", "",
           "Op 6 januari 2025 hebben wij uw verzoek op grond van de Wet open overheid "
           "ontvangen.", ""]
CLOSING = ["", "Met vriendelijke groet,", "Burgemeester en wethouders van Eindhoven,",
           "namens dezen,", "", "teamleider recht"]


def request(*asked: str) -> list[str]:
    return ["# Uw verzoek", "U vraagt om:",
            *(f"{n}. {text}{'.' if n == len(asked) else ';'}" for n, text in enumerate(asked, 1)),
            ""]


@dataclass
class Letter:
    name: str
    lines: list
    outcomes: dict[int, str | None]  # what the letter says per item (None: no outcome)
    grounds: dict[int, list[str]] = field(default_factory=dict)
    flagged: set[int] = field(default_factory=set)  # items whose outcome must say CONTROLEER
    missing: set[int] = field(default_factory=set)  # items whose outcome must say ONTBREEKT
    tables: int = 1  # answer tables the report names
    footer: str | None = None  # on every page (Layout.footer)


ANSWERS = Letter(
    "antwoordtabel",
    [*OPENING, *request("de verslagen van het overleg met de projectontwikkelaar",
                        "het onderzoeksrapport", "de e-mails van de wethouder",
                        "de raadsinformatiebrieven", "de contracten met de aannemer"),
     "# Besluit per onderdeel",
     TablePart([("Onderdeel", "Omschrijving", "Besluit", "Weigeringsgrond"),
                ("1", "Verslagen van het overleg met de projectontwikkelaar over de bouw van "
                      "het stadskantoor in 2023 en 2024", "Deels openbaar", "5.1.2.e"),
                ("2", "Onderzoeksrapport", "Openbaar", ""),
                ("3", "E-mails van de wethouder", "Niet openbaar", "5.1.2.i"),
                ("4", "Raadsinformatiebrieven", "Reeds openbaar", ""),
                ("5", "Contracten", "Niet aangetroffen", "")],
               (22, 78, 35, 35)),
     "", "Hieronder lichten wij de weigeringsgronden toe.", *CLOSING],
    {1: "partly-disclosed", 2: "disclosed", 3: "refused", 4: "already-public", 5: "not-held"},
    {1: ["5.1.2.e"], 3: ["5.1.2.i"]},
)

DOUBTS = Letter(
    "twijfel",
    [*OPENING, *request("de notulen", "de adviezen", "de offertes", "de overige stukken",
                        "de agenda's", "de presentaties"),
     "# Besluit", "Ad 1", "Wij maken de notulen openbaar.", "",
     "# Overzicht per onderdeel",
     TablePart([("Verzoekonderdeel", "Documenten", "Beslissing", "Grond"),
                ("1", "Notulen", "Niet openbaar", "5.1.2.i"),
                ("2", "Advies A", "Openbaar", ""),
                ("2", "Advies B", "Niet openbaar", "5.1.2.e"),
                ("3", "Offertes", "Zie toelichting", ""),
                ("4", "Overige stukken", "Openbaar", ""),
                ("5", "Agenda's", "Deels openbaar: namen van ambtenaren weggelakt", "5.1.2.e"),
                ("6", "Presentaties", "Openbaar", "")],
               (30, 60, 40, 30)),
     *CLOSING],
    # 1: the Ad section says disclosed, the table refused; 2: two rows disagree; 3: the cell
    # names no outcome; 5: its decision wraps over three lines, its number on the middle one,
    # with no gap between the rows: a line may belong to 4 or 5, 5 or 6
    {1: "disclosed", 2: "partly-disclosed", 3: None, 4: "disclosed", 5: "partly-disclosed",
     6: "disclosed"},
    {2: ["5.1.2.e"], 5: ["5.1.2.e"]},
    flagged={1, 2, 4, 5, 6},
    missing={3},
)

PIPES = Letter(
    "pipes",
    [*OPENING, *request("de verslagen", "de brieven", "de foto's"),
     "# Besluit",
     "Onderdeel | Gevraagde besluiten | Besluit | Weigeringsgrond",
     "1 | Verslagen | Deels openbaar | 5.1.2.e",
     "2 | Brieven | Openbaar |",
     "3 | Foto's | Doorgezonden naar de politie |",
     *CLOSING],
    {1: "partly-disclosed", 2: "disclosed", 3: "forwarded"},
    {1: ["5.1.2.e"]},
)

LOOK_ALIKES = Letter(
    "geen-antwoordtabel",
    [*OPENING, *request("de verslagen", "de brieven", "de foto's"),
     "# Verloop van de procedure",
     TablePart([("Datum", "Gebeurtenis"),
                ("6 januari 2025", "Verzoek ontvangen"),
                ("3 februari 2025", "Beslistermijn verdaagd")], (40, 100)),
     "",
     "# Besluit", "Ad 1", "Wij maken de verslagen deels openbaar. Persoonsgegevens zijn "
     "weggelakt op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo.", "",
     "Ad 2", "De brieven zijn niet aangetroffen.", "",
     "Ad 3", "Wij maken de foto's openbaar.", "",
     "# Inventarislijst",
     TablePart([("Nr.", "Document", "Datum", "Beoordeling", "Weigeringsgrond"),
                ("1", "Verslag overleg", "12-03-2024", "Niet openbaar", "5.1.2.i"),
                ("2", "Brief aan de raad", "14-03-2024", "Openbaar", ""),
                ("3", "Foto's", "20-03-2024", "Reeds openbaar", "")],
               (12, 60, 30, 40, 35)),
     *CLOSING],
    {1: "partly-disclosed", 2: "not-held", 3: "disclosed"},
    {1: ["5.1.2.e"]},
    tables=0,
)

# A table of 24 rows runs onto page 2 without its head (a footer with the page number under
# page 1's rows; pypdf lays page 2's columns out a few characters to the left); the refused
# rows give their ground in short notation.
_LONG = range(1, 25)
RUNS_ON = Letter(
    "doorlopend",
    [*OPENING, *request(*(f"de stukken over onderwerp {n}" for n in _LONG)), "# Besluit",
     TablePart([("Onderdeel", "Omschrijving", "Besluit", "Weigeringsgrond"),
                *((str(n), f"Stukken {n}", "Niet openbaar" if n % 3 == 0 else "Openbaar",
                   "art. 5.1 lid 2 sub e" if n % 3 == 0 else "") for n in _LONG)],
               (22, 50, 35, 50), repeat_head=False),
     *CLOSING],
    {n: "refused" if n % 3 == 0 else "disclosed" for n in _LONG},
    {n: ["5.1.2.e"] for n in _LONG if n % 3 == 0},
    footer="Pagina {n} van {total}",
)

LETTERS = [ANSWERS, DOUBTS, PIPES, LOOK_ALIKES, RUNS_ON]


@pytest.fixture(scope="module", params=LETTERS, ids=lambda letter: letter.name)
def imported(request, tmp_path_factory) -> tuple[Letter, Imported]:
    letter: Letter = request.param
    folder: Path = tmp_path_factory.mktemp(letter.name)
    pdf = letter_pdf(folder / "brief.pdf", letter.lines,
                     Layout(letterhead=LETTERHEAD, footer=letter.footer))
    return letter, run_import(pdf, folder / "dossiers", letter.name)


def _outcome_line(result: Imported, number: int) -> str:
    lines = result.yml.splitlines()
    start = lines.index(f"  - item: {number}")
    return next(line for line in lines[start:] if line.strip().startswith("outcome:"))


def test_each_outcome_is_right_or_flagged(imported):
    letter, result = imported
    assert sorted(i["item"] for i in result.data["items"]) == sorted(letter.outcomes)
    for number, outcome in letter.outcomes.items():
        line = _outcome_line(result, number)
        read = result.item(number).get("outcome")
        assert ("# CONTROLEER" in line) == (number in letter.flagged), line
        assert ("# ONTBREEKT" in line) == (number in letter.missing), line
        assert read == outcome or number in letter.flagged, f"item {number} silently wrong: {line}"


def test_the_grounds_come_from_the_row(imported):
    letter, result = imported
    for number in letter.outcomes:
        if number not in letter.flagged:
            assert result.item(number).get("grounds", []) == letter.grounds.get(number, []), number


def test_the_report_names_the_table_and_what_is_doubtful(imported):
    letter, result = imported
    report = result.result.report
    assert report.count("  - antwoordtabel (") == letter.tables, report
    if letter is DOUBTS:
        assert "  - antwoordtabel (Verzoekonderdeel | Documenten | Beslissing | Grond): " \
               "onderdelen 1, 2, 3, 4, 5, 6\n" in report
        assert "onderdeel 1: uitkomst onzeker: de tekst wijst ook op refused ('Niet openbaar')" \
            in report
        assert "onderdeel 2: uitkomst onzeker: de tekst heeft de woorden van disclosed en " \
               "refused, samen partly-disclosed" in report
        assert "dossier.yml items, onderdeel 3: uitkomst niet af te leiden" in report
        assert "onderdeel 5: uitkomst onzeker: een afgebroken cel van de tabel hoort bij deze " \
               "rij of de volgende" in report


def test_a_row_is_the_items_answer_and_the_letter_keeps_the_table(imported):
    letter, result = imported
    if letter is ANSWERS:
        item = result.item(1)
        assert item["answer"] == (
            "Onderdeel: 1; Omschrijving: Verslagen van het overleg met de projectontwikkelaar "
            "over de bouw van het stadskantoor in 2023 en 2024; Besluit: Deels openbaar; "
            "Weigeringsgrond: 5.1.2.e")
        assert "# geraden: de rij uit de tabel in de brief" in result.line_of("answer: 'Onderdeel: 1")
        assert "\n- Onderdeel: 5; Omschrijving: Contracten; Besluit: Niet aangetroffen\n" \
            in result.markdown
        assert "Hieronder lichten wij" in result.markdown
    if letter is RUNS_ON:  # the rows of page 2 are the table's, not the letter's text
        assert "\n- Onderdeel: 23; Omschrijving: Stukken 23; Besluit: Openbaar\n" \
            in result.markdown, result.markdown
        assert "Stukken 13" not in result.markdown.replace("Omschrijving: Stukken 13", "")
        assert "Pagina" not in result.yml
    if letter is LOOK_ALIKES:
        # The look-alike tables stay text of the letter, and answer nothing.
        assert "Verslag overleg 12-03-2024 Niet openbaar 5.1.2.i" in " ".join(
            result.markdown.split())
        assert all("answer" not in item for item in result.data["items"])


@pytest.mark.parametrize(("cell", "outcome"), [
    ("Openbaar", "disclosed"), ("Openbaar gemaakt", "disclosed"),
    ("Volledig openbaar", "disclosed"), ("Deels openbaar", "partly-disclosed"),
    ("Niet openbaar", "refused"), ("Reeds openbaar", "already-public"),
    ("Geweigerd", "refused"), ("Niet aangetroffen", "not-held"),
    ("Geen documenten aanwezig", "not-held"), ("Valt buiten de wet", "out-of-scope"),
    ("Doorgezonden", "forwarded"), ("Gelakt", "partly-disclosed"),
    ("Zie toelichting", None), ("Ja", None),
])
def test_a_decision_cell_reads_as_its_label_or_its_words(cell, outcome):
    assert guess_cell(cell).outcome == outcome


_TABLE_LETTER = """Geachte heer,

U heeft op grond van de Wet open overheid (Woo) verzocht om de volgende documenten.

Onderdeel   Omschrijving                  Besluit          Weigeringsgrond
1           Notulen overleg               Openbaar
2           E-mails met de minister       Niet openbaar    {ground}

4

Hoogachtend,
"""


def _table_draft(ground: str):
    from woo_dossiers.importer.draft import build_draft
    from woo_dossiers.importer.yamlwrite import dossier_yaml
    draft = build_draft([_TABLE_LETTER.format(ground=ground)], "brief.pdf", [], [])
    return draft, dossier_yaml(draft, "x")


def test_a_table_ground_in_common_short_notation_is_read_or_flagged():
    """'art. 5.1 lid 2 sub e' in the grounds column of a refused row: the draft has no
    grounds for item 2 and says nothing about it (only '5.1.2.e' or 'artikel 5.1, tweede lid,
    onder e' are read)."""
    draft, yaml = _table_draft("art. 5.1 lid 2 sub e")  # the yaml is what a failure shows
    item = next(i for i in draft.items if i.number == 2)
    assert item.guess.outcome == "refused"
    assert item.grounds == ["5.1.2.e"], yaml


def test_a_page_number_under_a_table_is_no_item():
    """A lone '4' (the page's number) under the table becomes item 4 with answer
    'Onderdeel: 4': an item the letter never had."""
    draft, _ = _table_draft("5.1.2.e")
    assert [i.number for i in draft.items] == [1, 2], [i.number for i in draft.items]


def test_an_answer_table_that_goes_on_over_a_page_keeps_its_rows():
    """Rows 3 and 4 continue on the next page without the head repeated (pypdf gives each
    page apart): they are dropped from the draft without a word, the team gets items 1 and 2
    only (importer/tables.py reads a table only under a head, per page)."""
    from woo_dossiers.importer.draft import build_draft
    head, rest = _TABLE_LETTER.format(ground="5.1.2.e").split("\n4\n")
    following = ("3           Memo over het project         Niet openbaar    5.1.2.i\n"
                 "4           Agenda                        Openbaar\n" + rest)
    draft = build_draft([head, following], "brief.pdf", [], [])
    assert [i.number for i in draft.items] == [1, 2, 3, 4], [i.number for i in draft.items]


@pytest.mark.parametrize("cell", ["art. 5.1 lid 2 sub e", "5.1 lid 2 sub e", "5.1, lid 2, sub e Woo",
                                  "artikel 5.1, tweede lid, onder e"])
def test_a_ground_in_short_notation_is_read_in_prose_too(cell):
    assert grounds_in(f"Wij weigeren dit op grond van {cell}.", "Woo") == ["5.1.2.e"]


def test_a_grounds_cell_that_yields_no_ground_is_flagged_with_its_words():
    _, yaml = _table_draft("zie toelichting")
    block = yaml[yaml.index("  - item: 2"):]
    assert "grounds:  # CONTROLEER" in block and "'zie toelichting'" in block, block


@pytest.mark.parametrize("following", [
    "3 Memo over het project  Niet openbaar 5.1.2.i\n4 Agenda  Openbaar\n",
    "3 Memo      Memo over het project         Niet openbaar    5.1.2.i\n"
    "4 Agenda    Agenda                        Openbaar\n"])
def test_numbered_lines_of_another_shape_on_the_next_page_are_flagged_not_dropped(following):
    """Page 2 starts with numbered lines that do not fit the table's columns, or whose first
    cell is more than a number: they may be its rows, so their items are in the draft with
    ONTBREEKT saying why."""
    from woo_dossiers.importer.draft import build_draft
    from woo_dossiers.importer.yamlwrite import dossier_yaml
    head, rest = _TABLE_LETTER.format(ground="5.1.2.e").split("\n4\n")
    following += rest
    yaml = dossier_yaml(build_draft([head, following], "brief.pdf", [], []), "x")
    for number in (3, 4):
        block = yaml[yaml.index(f"  - item: {number}"):]
        assert "outcome:  # ONTBREEKT: de antwoordtabel loopt misschien door" in block, block
