"""A whole real public Woo decision letter, imported: every fact right, or flagged.

The letter is the Ministry of Health's (VWS) "Woo-deelbesluit 'Digitale middelen'
februari 2021" of 9 August 2022, ten pages with its annex A (the Woo's articles 4.1
and 5.1). The ministry's own Woo platform keeps it as a test file, a scan:
https://github.com/minvws/nl-rdo-woo-web/blob/6a3e103a995738433f37859a4a3d484c953e7d4f/
tests/robot_framework/files/woodecision/besluitbrief.pdf ; the requester's name,
address and request number are placeholders there ("NAAM van verzoeker", "ontvangen op
…"), the name of the official is blacked out. A decision a public body made public may
be reproduced (art. 15b Auteurswet). Its text, recognised (Tesseract) and checked
against the page images, is tests/fixtures/letters/vws-2022-woo-deelbesluit-digitale-
middelen.txt, one printed line per line, "\\f" where a page ends; it is printed here
with the letterhead's two columns, the ministry's repeated margin and "Pagina n van m",
as the scan has them.

What the letter says, read by a person: title "Woo-deelbesluit ‘Digitale middelen’
februari 2021", the minister of VWS decides ("de Minister van Volksgezondheid, Welzijn
en Sport, namens deze"), Woo (the request was made under the Wob, which the letter
says it handles under the Woo), reference 3415155-1033464-PDO, decided 9 August 2022,
no date of receipt (a placeholder) and no numbered items: the letter decides the
request as a whole ("gedeeltelijk openbaar"). The numbered paragraphs of article 4.1
in annex A are no items of the request.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_letters import Imported, run_import
from letterpdf import Layout, letter_pdf

TEXT = Path(__file__).parent / "fixtures" / "letters" / "vws-2022-woo-deelbesluit-digitale-middelen.txt"
LETTERHEAD = [
    ("Ministerie van Volksgezondheid,", ""), ("Welzijn en Sport", ""), ("", ""),
    ("> Retouradres Postbus 20350 2500 EJ Den Haag", ""), ("", ""),
    ("NAAM van verzoeker", "Programmadirectie"), ("ADRES van verzoeker", "Openbaarheid"),
    ("", "Bezoekadres:"), ("Of", "Parnassusplein 5"), ("", "2511 VX Den Haag"),
    ("Indien per email: emailadres van verzoeker", "T 070 340 79 11"), ("", "F 070 340 59 84"),
    ("", "www.rijksoverheid.nl"), ("", ""), ("", "Inlichtingen bij"), ("", ""),
    ("Datum: 09 AUG 2022", "Ons kenmerk"), ("", "3415155-1033464-PDO"),
    ("Betreft: Woo-deelbesluit ‘Digitale middelen’ februari 2021", ""),
    ("", "Bijlagen"), ("", "A, B(, C en evt. D)"), ("", ""),
    ("", "Woo-verzoek"), ("", "2020.xxx"), ("", "2021.xxx"), ("", "2022.xxx"), ("", ""),
    ("", "Correspondentie uitsluitend"), ("", "richten aan het retouradres"),
    ("", "met vermelding van de datum"), ("", "en het kenmerk van deze"), ("", "brief."),
]
MARGIN = "Programmadirectie Openbaarheid | Ons kenmerk 3415155-1033464-PDO"

# field -> what the letter says (None: it does not say), as dossier.yml writes it
FACTS = {
    "title": "Woo-deelbesluit ‘Digitale middelen’ februari 2021",
    "organisation": "De Minister van Volksgezondheid, Welzijn en Sport",
    "law": "Woo",
    "reference": "3415155-1033464-PDO",
    "decided": "2022-08-09",
    "received": None,
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Imported:
    folder = tmp_path_factory.mktemp("vws")
    lines = ["\f" if line == "\\f" else line for line in TEXT.read_text("utf-8").splitlines()]
    layout = Layout(header=MARGIN, footer="Pagina {n} van {total}", letterhead=LETTERHEAD)
    return run_import(letter_pdf(folder / "besluit.pdf", lines, layout), folder / "dossiers",
                      "2022-vws-digitale-middelen")


def _line(result: Imported, key: str) -> str:
    return next(line for line in result.yml.splitlines() if line.strip().startswith(f"{key}:")
                or line.strip().startswith(f"# {key}:"))


@pytest.mark.parametrize("key", FACTS)
def test_each_fact_is_right_or_flagged(imported, key):
    data = {**imported.data, **imported.data.get("dates", {})}
    read = data.get(key)
    read = read.isoformat() if hasattr(read, "isoformat") else read
    line = _line(imported, key)
    if FACTS[key] is None:
        assert read is None and "# ONTBREEKT" in line, line
    else:
        assert read == FACTS[key], line
        assert "# geraden" in line and "# CONTROLEER" not in line, line


def test_no_items_are_made_of_the_annexs_numbered_articles(imported):
    assert imported.data["items"] is None
    assert "items:  # ONTBREEKT: geen genummerde onderdelen gevonden" in imported.yml
    assert "onderdelen van het verzoek: 0" in imported.result.report


def test_the_report_names_what_to_fill_in_and_check(imported):
    report = imported.result.report
    fill = report.split("\nVul in vóór publicatie")[1]
    assert "dossier.yml received (datum ontvangst verzoek): niet gevonden in de brief" in fill
    check = report.split("\nControleer (")[1].split("\nVul in")[0]
    # The footnote's page on VWS's way of working is no earlier decision, but a link
    # that belongs to no item: said, not guessed as a reuse.
    assert "staat alleen in de brief: https://www.rijksoverheid.nl/ministeries/ministerie-van-" \
           "volksgezondheid-welzijn-en-sport/aanpak-vws-wob-verzoeken-corona" in check
    assert "reuses" not in imported.data
    assert "kop- en voetregels weggelaten: " + MARGIN in check


def test_the_letter_is_whole_and_keeps_no_address(imported):
    markdown = imported.markdown
    assert markdown.startswith("Geachte mevrouw, heer,\n")
    assert "NAAM van verzoeker" not in markdown and "Postbus 20350 2500 EJ" not in markdown
    for heading in ("Uw Woo-verzoek", "Besluit", "Motivering", "Artikel 5.1, tweede lid, onder "
                    "e, van de Woo", "Verzending en wijze van openbaarmaking", "Bezwaar"):
        assert f"\n## {heading}\n" in markdown, heading
    assert "bedrijfs- en fabricagegegevens die vertrouwelijk" in markdown
    assert "Bedrijfs- en fabricagegegevens zijn gegevens" in markdown
    assert "op een van de in het eerste of tweede lid genoemde gronden." in markdown
