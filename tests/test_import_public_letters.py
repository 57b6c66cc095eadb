"""Letters put together from public Woo/Wob wording, imported: every fact right, or flagged.

Beside the one whole public letter found (tests/test_import_real_letter.py), each letter
here is made of sentences whose wording is in tests/import_phrasings.py with the address it came from
(decisions as courts and municipalities quote or describe them), put in the styles real
letters use: first person plural, a ministry's "namens deze", answers as a table
(tests/test_import_tables.py has more), and items left to a later decision. The import report and dossier.yml are read back, and
each fact is either what the letter says or carries `# CONTROLEER` / `# ONTBREEKT`
with a reason: nothing is silently wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from import_letters import Imported, run_import
from letterpdf import Layout, letter_pdf
from woo_dossiers.messages.importer import FACT_LABELS


@dataclass
class Letter:
    name: str
    letterhead: list
    lines: list[str]
    facts: dict[str, object]  # field -> what the letter says (as dossier.yml writes it)
    outcomes: dict[int, str | None]  # item -> the outcome the letter gives (None: none)
    flagged: set[str] = field(default_factory=set)  # fields that must carry CONTROLEER


MUNICIPALITY = Letter(
    "wij-vorm", [("Gemeente Laarbeek", ""), ("", "Datum 19 september 2024"),
                 ("", "Zaaknummer SHE 24/4295"), ("", "Onderwerp Besluit op uw Woo-verzoek")],
    ["Geacht college van burgemeester en wethouders,", "",
     "Op 2 juli 2024 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen.",
     "", "# Uw verzoek", "U vraagt om:", "1. de interne communicatie over het verzoek;",
     "2. het verslag van de hoorzitting;", "3. de adviezen van de bezwaarcommissie.", "",
     "# Besluit", "", "Ad 1",
     "Wij hebben een aantal documenten gedeeltelijk openbaar gemaakt. Persoonsgegevens zijn "
     "onleesbaar gemaakt op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo.",
     "", "Ad 2", "Een verslag van de hoorzitting bestaat niet.", "",
     "Ad 3", "Wij sturen uw verzoek door naar het juiste bestuursorgaan.", "",
     "Met vriendelijke groet,",
     "Het college van burgemeester en wethouders van de gemeente Laarbeek,",
     "namens dezen,", "", "juridisch adviseur"],
    {"organisation": "Het college van burgemeester en wethouders van de gemeente Laarbeek",
     "decided": "2024-09-19", "received": "2024-07-02", "reference": "SHE 24/4295",
     "law": "Woo"},
    {1: "partly-disclosed", 2: "not-held", 3: "forwarded"},
)

MINISTRY = Letter(
    "namens-deze", ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "",
                    "Den Haag, 17 juli 2023"],
    ["Geachte mevrouw De Vries,", "",
     "Dit Woo-verzoek is op 18 januari 2023 bij het ministerie ingediend.", "",
     "# Uw verzoek", "U vraagt om:", "1. de notities over eenheid van kabinetsbeleid;",
     "2. de chatberichten van de bewindspersonen;", "3. de adviezen over de notities.", "",
     "# Besluit", "", "Ad 1",
     "Ik heb uw verzoek deels toegewezen en deels afgewezen.", "",
     "Ad 2", "In een aanvullend besluit maak ik de overige documenten openbaar.", "",
     "Ad 3", "Ik heb besloten tot al dan niet gehele of gedeeltelijke openbaarmaking van "
     "documenten.", "",
     "Hoogachtend,", "", "De minister van Binnenlandse Zaken en Koninkrijksrelaties,",
     "namens deze,", "", "coördinerend wetgevingsjurist"],
    {"organisation": "De minister van Binnenlandse Zaken en Koninkrijksrelaties",
     "decided": "2023-07-17", "received": "2023-01-18", "law": "Woo"},
    # item 2 is disclosed in a later decision: the draft may say disclosed, flagged "later"
    {1: "partly-disclosed", 2: None, 3: None},
    flagged={"received"},
)

TABLE = Letter(
    "tabel", [("Gemeente Eindhoven", ""), ("", "Datum 3 maart 2025")],
    ["Geachte heer, mevrouw,", "",
     "Op 6 januari 2025 hebben wij uw Woo-verzoek ontvangen.", "", "# Uw verzoek",
     "U vraagt om:", "1. de raadsinformatiebrieven;", "2. het onderzoeksrapport;",
     "3. de e-mails met de projectontwikkelaar.", "", "# Besluit per onderdeel",
     "Onderdeel     Documenten                 Besluit",
     "1             raadsinformatiebrieven     reeds openbaar",
     "2             onderzoeksrapport          openbaar gemaakt",
     "3             e-mails                    zwartgelakt", "",
     "Met vriendelijke groet,", "Burgemeester en wethouders van Eindhoven,", "namens dezen,",
     "", "teamleider recht"],
    {"organisation": "Burgemeester en wethouders van Eindhoven", "decided": "2025-03-03",
     "received": "2025-01-06", "law": "Woo"},
    {1: "already-public", 2: "disclosed", 3: "partly-disclosed"},
)

DEFERRED = Letter(
    "later", [("Provincie Utrecht", ""), ("", "Datum 12 april 2024"), ("", "Kenmerk 202105166/1/A3")],
    ["Geachte directie,", "",
     "Bij brief van 2 februari 2024, door ons ontvangen op 5 februari 2024, heeft u een "
     "verzoek gedaan op grond van de Wet open overheid.", "",
     "# Uw verzoek", "U vraagt om:", "1. de subsidiebesluiten;", "2. de correspondentie met "
     "de aanvrager;", "3. de interne adviezen.", "",
     "# Besluit",
     "De informatie die u vraagt onder punt 1 is reeds openbaar: zie "
     "https://www.provincie-utrecht.nl/subsidies.",
     "Over de punten 2 en 3 beslissen wij in een later besluit, nadat derden hun zienswijze "
     "hebben gegeven.", "",
     "Hoogachtend,", "Gedeputeerde Staten van Utrecht,", "namens dezen,", "",
     "senior juridisch adviseur"],
    {"organisation": "Gedeputeerde Staten van Utrecht", "decided": "2024-04-12",
     "received": "2024-02-05", "reference": "202105166/1/A3", "law": "Woo"},
    {1: "already-public", 2: None, 3: None},
)

LETTERS = [MUNICIPALITY, MINISTRY, TABLE, DEFERRED]


def _line(imported: Imported, key: str) -> str:
    return next(line for line in imported.yml.splitlines()
                if re.match(rf"\s*#?\s*{key}:", line))


def _outcome_line(imported: Imported, number: int) -> str:
    lines = imported.yml.splitlines()
    start = lines.index(f"  - item: {number}")
    return next(line for line in lines[start:] if line.strip().startswith("outcome:"))


@pytest.fixture(scope="module", params=LETTERS, ids=lambda letter: letter.name)
def imported(request, tmp_path_factory) -> tuple[Letter, Imported]:
    letter: Letter = request.param
    folder: Path = tmp_path_factory.mktemp(letter.name)
    pdf = letter_pdf(folder / "brief.pdf", letter.lines, Layout(letterhead=letter.letterhead))
    return letter, run_import(pdf, folder / "dossiers", letter.name)


def test_each_fact_is_right_or_flagged(imported):
    letter, result = imported
    data = {**result.data, **result.data.get("dates", {})}
    for key, value in letter.facts.items():
        line = _line(result, key)
        read = data.get(key)
        read = read.isoformat() if hasattr(read, "isoformat") else read
        flagged = "# CONTROLEER" in line or "# ONTBREEKT" in line
        assert read == value or (read is None and flagged) or flagged, (key, line)
        if read is not None and read != value:
            assert flagged, f"{key} silently wrong: {line}"
        assert (key in letter.flagged) == ("# CONTROLEER" in line), line


def test_each_outcome_is_right_or_flagged(imported):
    letter, result = imported
    for number, outcome in letter.outcomes.items():
        line = _outcome_line(result, number)
        read = result.item(number).get("outcome")
        flagged = "# CONTROLEER" in line or "# ONTBREEKT" in line
        assert read == outcome or flagged, f"item {number} silently wrong: {line}"
        if outcome is not None and read == outcome:
            assert "# ONTBREEKT" not in line


def test_the_report_says_what_to_fill_in_for_each_flag(imported):
    letter, result = imported
    report = result.result.report
    assert report.startswith(f"Concept-dossier geschreven: {result.result.folder}\n\nGevonden:\n")
    for number in letter.outcomes:
        if result.item(number).get("outcome") is None:
            assert f"dossier.yml items, onderdeel {number}: " in report, report
    check = report.split("\nControleer (")[1].split("\nVul in")[0]
    for key in letter.flagged:
        assert f"  - {FACT_LABELS[key][1]}: " in check, check


def test_the_signers_title_is_never_the_body(imported):
    letter, result = imported
    title = letter.lines[-1]
    assert result.data["organisation"] != title
    assert title not in _line(result, "organisation").split("#")[0]


def test_the_greeting_opens_the_letter_and_keeps_no_name(imported):
    letter, result = imported
    greeting = letter.lines[0]
    assert result.markdown.startswith(greeting.split(" De Vries")[0].rstrip(","))
    assert "De Vries" not in result.markdown
