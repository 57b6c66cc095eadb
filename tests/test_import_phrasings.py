"""Each phrasing of the table, each letterhead and signature, each greeting: read right or flagged.

Letters of our own making (tests/letterpdf.py) are imported as the team would,
and the written dossier.yml and the report are read back.
"""

from __future__ import annotations

import re

import pytest
from import_letters import run_import
from import_phrasings import (
    BODIES,
    DATES,
    GREETINGS,
    PHRASINGS,
    REFERENCES,
    SIGNERS,
    Line,
    Phrasing,
)
from letterpdf import Layout, letter_pdf
from woo_dossiers.importer.blocks import _anonymous_salutation, parse
from woo_dossiers.importer.letter_facts import _labelled, _place_date, _received, sentences
from woo_dossiers.importer.outcomes import guess_outcome


@pytest.mark.parametrize("phrasing", PHRASINGS, ids=lambda p: p.text[:50])
def test_each_phrasing_gives_its_outcome(phrasing: Phrasing):
    guess = guess_outcome(phrasing.text)
    assert guess.outcome == phrasing.outcome, guess
    assert bool(guess.later) == phrasing.later, guess
    if phrasing.outcome is not None:
        assert guess.clear != (phrasing.flagged or phrasing.later), guess


def _outcome_lines(yml: str) -> dict[int, str]:
    """Item number -> its `outcome:` line in dossier.yml, with the comment."""
    found, number = {}, None
    for line in yml.splitlines():
        item = re.match(r"\s+- item: (\d+)", line)
        if item:
            number = int(item.group(1))
        elif number is not None and line.strip().startswith("outcome:"):
            found[number] = line
    return found


def _section(report: str, title: str) -> list[str]:
    """The lines of one part of the report ("Gevonden:", "Controleer", "Vul in")."""
    lines, inside = [], False
    for line in report.splitlines():
        if line and not line.startswith(" "):
            inside = line.startswith(title)
        elif inside and line.strip():
            lines.append(line.strip().removeprefix("- "))
    return lines


@pytest.fixture(scope="module")
def every_phrasing(tmp_path_factory):
    """One letter with an Ad section per phrasing of the table, imported."""
    folder = tmp_path_factory.mktemp("phrasings")
    lines = ["Geachte mevrouw, geachte heer,", "",
             "Op 2 januari 2024 heb ik uw verzoek op grond van de Wet open overheid ontvangen.",
             "", "# Uw verzoek", "U vraagt om:"]
    lines += [f"{n}. documenten over onderwerp {n};" for n in range(1, len(PHRASINGS) + 1)]
    lines += ["", "# Besluit"]
    for number, phrasing in enumerate(PHRASINGS, 1):
        lines += ["", f"Ad {number}", phrasing.text]
    lines += ["", "Hoogachtend,", "", "De minister van Binnenlandse Zaken en Koninkrijksrelaties,",
              "namens deze,", "", "De teamleider Juridische Zaken"]
    layout = Layout(header="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                    footer="Pagina {n} van {total}", wrap=True)
    return run_import(letter_pdf(folder / "brief.pdf", lines, layout), folder / "d", "zinnen")


def test_every_phrasing_in_a_letter_is_read_right_or_flagged(every_phrasing):
    lines = _outcome_lines(every_phrasing.yml)
    to_fill = _section(every_phrasing.result.report, "Vul in")
    for number, phrasing in enumerate(PHRASINGS, 1):
        line = lines[number]
        assert every_phrasing.item(number)["outcome"] == phrasing.outcome, (phrasing, line)
        flagged = phrasing.flagged or phrasing.later
        assert ("# CONTROLEER" in line) == flagged or phrasing.outcome is None, (phrasing, line)
        if phrasing.later:
            assert "later" in line, line
        if phrasing.later and phrasing.outcome is None:
            # decided later: said so, never "no answer found"
            assert line.startswith("    outcome:  # CONTROLEER: wordt in een later besluit "
                                   "beslist"), line
            assert line.endswith("laat het onderdeel weg of wacht op dat besluit"), line
            assert any(f"onderdeel {number}: wordt in een later besluit beslist" in entry
                       for entry in to_fill), to_fill
        elif phrasing.outcome is None:
            assert "# ONTBREEKT: uitkomst niet af te leiden" in line, line


def test_items_left_to_a_later_decision_in_a_sentence(tmp_path):
    lines = ["Geachte heer,", "", "U vraagt om:", "1. de notulen;", "2. de e-mails;",
             "3. de adviezen.", "",
             "De informatie die u vraagt onder punt 1 is reeds openbaar: zie "
             "https://www.zwolle.nl/notulen.",
             "Over de punten 2 en 3 beslis ik in een later besluit, nadat derden hun zienswijze "
             "hebben gegeven."]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines), tmp_path / "d", "later")
    assert imported.item(1)["outcome"] == "already-public"
    report = imported.result.report
    for number in (2, 3):
        assert imported.item(number)["outcome"] is None
        assert "CONTROLEER: wordt in een later besluit beslist" in _outcome_lines(
            imported.yml)[number]
        assert f"onderdeel {number}: geen antwoord gevonden" not in report
        assert f"onderdeel {number}: later besluit (" in report
        assert f"onderdeel {number}: wordt in een later besluit beslist" in report


MINISTRY = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
BZK = "De minister van Binnenlandse Zaken en Koninkrijksrelaties"


@pytest.mark.parametrize(
    ("letterhead", "signature", "body", "doubt"),
    [
        # the body above "namens deze", the signer's title under it
        (MINISTRY, [BZK + ",", "namens deze,", "", "De teamleider Juridische Zaken"], BZK, None),
        # a body's name that wraps, and the signer's name under "namens deze"
        (MINISTRY, ["De minister van Binnenlandse Zaken en", "Koninkrijksrelaties,",
                    "namens deze,", "J. de Vries", "De teamleider Juridische Zaken"], BZK, None),
        ("Gemeente Zwolle", ["Burgemeester en wethouders van Zwolle,", "namens dezen,",
                             "de secretaris,"], "Burgemeester en wethouders van Zwolle", None),
        ("Ministerie van Financiën", ["namens de minister van Financiën,", "",
                                      "de directeur Juridische Zaken"],
         "De minister van Financiën", None),
        ("Provincie Utrecht", ["Gedeputeerde Staten van Utrecht,", "namens dezen,",
                               "het afdelingshoofd Bestuurszaken"],
         "Gedeputeerde Staten van Utrecht", None),
        ("Gemeente Súdwest-Fryslân",
         ["Het college van burgemeester en wethouders van de gemeente Súdwest-Fryslân,",
          "namens dezen,", "De teamleider Juridische Zaken"],
         "Het college van burgemeester en wethouders van de gemeente Súdwest-Fryslân", None),
        # only the signer: the letterhead, flagged, saying the signer is no body
        (MINISTRY, ["", "De teamleider Juridische Zaken"], MINISTRY,
         "uit het briefhoofd; de ondertekening noemt geen bestuursorgaan ('De teamleider "
         "Juridische Zaken' is de ondertekenaar, geen bestuursorgaan)"),
        # only the signer and no letterhead that names a body: not found, and why
        (None, ["J. de Vries", "De teamleider Juridische Zaken"], None,
         "'De teamleider Juridische Zaken' is de ondertekenaar, geen bestuursorgaan"),
        # no closing words: "namens deze" in the last paragraph still names the body
        (None, ["", "De minister van Financiën,", "namens deze,", "de directeur Juridische Zaken"],
         "De minister van Financiën", None),
        # a name above "namens deze" is no body
        (None, ["J. de Vries,", "namens deze,", "De teamleider Juridische Zaken"], None,
         "'De teamleider Juridische Zaken' is de ondertekenaar, geen bestuursorgaan"),
        # the signature and the letterhead disagree
        ("Gemeente Zwolle", ["De burgemeester van Kampen,", "namens deze,", "A. Bakker"],
         "De burgemeester van Kampen", "het briefhoofd noemt 'Gemeente Zwolle'"),
    ],
)
def test_the_deciding_body_never_the_signer(tmp_path, letterhead, signature, body, doubt):
    head = [letterhead, ("", "Datum 14 maart 2024"), ""] if letterhead else []
    # A signature that starts blank and says "namens deze" is the case without closing words.
    closing = [] if signature[0] == "" and "namens deze," in signature else [
        "Met vriendelijke groet,"]
    lines = ["Geachte heer Jansen,", "", "Uw verzoek om de notulen wijs ik af.", "",
             *closing, *signature]
    pdf = letter_pdf(tmp_path / "b.pdf", lines, Layout(letterhead=head))
    imported = run_import(pdf, tmp_path / "d", "orgaan")
    report = imported.result.report
    line = imported.line_of("organisation:")
    assert imported.data["organisation"] == body, line
    found = _section(report, "Gevonden")
    signer_lines = [s for s in signature if re.search(r"teamleider|directeur|secretaris|"
                                                      r"afdelingshoofd|Vries|Bakker", s)]
    for entry in found:
        if entry.startswith("bestuursorgaan:"):
            assert not any(s.rstrip(",") in entry.split("(uit:")[0] for s in signer_lines)
    if body is None:
        assert not any(entry.startswith("bestuursorgaan:") for entry in found)
        assert f"# ONTBREEKT: bestuursorgaan niet gevonden (ondertekening?) ({doubt})" in line
        assert f"organisation (bestuursorgaan): niet gevonden in de brief; {doubt}" in report
    elif doubt:
        assert f"# CONTROLEER: {doubt}" in line
        assert f"bestuursorgaan: {doubt}" in _section(report, "Controleer")
    else:
        assert "CONTROLEER" not in line and "# geraden" in line


@pytest.mark.parametrize(
    ("greeting", "kept", "name"),
    [
        ("Geachte heer Jansen,", "Geachte heer,", "Jansen"),
        ("Geachte mevrouw, geachte heer,", "Geachte mevrouw, geachte heer,", None),
        ("geachte mevrouw", "geachte mevrouw,", None),
        ("Geachte Mevrouw,", "Geachte Mevrouw,", None),
        ("Geachte heer/mevrouw,", "Geachte heer/mevrouw,", None),
        ("Geachte heer, mevrouw,", "Geachte heer, mevrouw,", None),
        ("Geachte heer of mevrouw,", "Geachte heer of mevrouw,", None),
        ("Geachte dames en heren,", "Geachte dames en heren,", None),
        ("Geachte verzoeker,", "Geachte verzoeker,", None),
        ("Geachte mevrouw De Vries,", "Geachte mevrouw,", "De Vries"),
        ("Geachte mevrouw Heer,", "Geachte mevrouw,", "Heer"),  # a surname that is a title
        ("Geachte heer en mevrouw Pietersen,", "Geachte heer en mevrouw,", "Pietersen"),
        ("Geachte heer mr. J. Bakker,", "Geachte heer,", "mr. J. Bakker"),
        ("Beste Jan,", "Beste heer, mevrouw,", "Jan"),
    ],
)
def test_greetings_lose_names_and_only_names(greeting, kept, name):
    assert _anonymous_salutation(greeting) == (kept, name)


def test_a_greeting_without_a_name_in_a_letter(tmp_path):
    lines = ["Geachte mevrouw, geachte heer,", "", "Uw verzoek om de notulen wijs ik af."]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines), tmp_path / "d", "aanhef")
    assert imported.markdown.startswith("Geachte mevrouw, geachte heer,\n")
    assert "uit de aanhef verwijderd" not in imported.result.report


def test_wording_from_public_texts_names_where_it_is_from():
    public = [p for p in PHRASINGS if p.source == "public"]
    assert len(public) >= 15
    lines = [*SIGNERS, *BODIES, *DATES, *REFERENCES, *GREETINGS]
    assert all(p.url.startswith("https://") for p in public)
    assert sum(1 for line in lines if line.url.startswith("https://")) >= len(lines) - 1


def _head(text: str) -> str:
    return text[:50]


@pytest.mark.parametrize("signer", SIGNERS, ids=lambda line: line.text)
def test_a_signers_title_is_never_the_body(tmp_path, signer: Line):
    lines = ["Geachte heer,", "", "Uw verzoek om de notulen wijs ik af.", "",
             "Met vriendelijke groet,", "J. Bakker", signer.text]
    head = [MINISTRY, ("", "Datum 14 maart 2024"), ""]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines, Layout(letterhead=head)),
                          tmp_path / "d", "titel")
    assert imported.data["organisation"] == MINISTRY
    line = imported.line_of("organisation:")
    assert f"# CONTROLEER: uit het briefhoofd; de ondertekening noemt geen bestuursorgaan " \
           f"('{signer.text}' is de ondertekenaar, geen bestuursorgaan)" in line


@pytest.mark.parametrize("body", BODIES, ids=lambda line: _head(line.text))
def test_a_body_above_namens_deze_is_the_body(tmp_path, body: Line):
    lines = ["Geachte heer,", "", "Uw verzoek om de notulen wijs ik af.", "",
             "Hoogachtend,", f"{body.text},", "namens deze,", "", SIGNERS[0].text]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines), tmp_path / "d", "orgaan")
    assert imported.data["organisation"] == body.text
    assert "CONTROLEER" not in imported.line_of("organisation:")


@pytest.mark.parametrize("line", DATES, ids=lambda line: _head(line.text))
def test_dates_as_public_texts_write_them(line: Line):
    field, value, flagged = line.value
    fact = _place_date([line.text]) if field == "decided" else _received(sentences(line.text))
    assert (fact.value.isoformat() if fact.value else None) == value
    assert bool(fact.doubt) == flagged


@pytest.mark.parametrize("line", REFERENCES, ids=lambda line: line.text)
def test_reference_numbers_as_public_texts_write_them(line: Line):
    assert _labelled([line.text], [])["reference"].value == line.value


@pytest.mark.parametrize("line", GREETINGS, ids=lambda line: line.text)
def test_greetings_to_a_body_keep_it_and_open_the_letter(line: Line):
    kept, name = line.value
    assert _anonymous_salutation(line.text) == (kept, name)
    letter = parse(["Gemeente Zwolle", "Postbus 1", "", line.text, "", "Uw verzoek wijs ik af."])
    assert letter.salutation_found and letter.preamble[0] == "Gemeente Zwolle"
