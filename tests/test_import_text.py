"""The letter's text after import: page furniture gone, words and URLs whole, Markdown blocks."""

from __future__ import annotations

import pytest
from import_letters import run_import, seed_pdf, toeslagen_pdf, zwolle_pdf
from letterpdf import letter_pdf
from pypdf import PdfReader
from woo_dossiers.importer.blocks import parse
from woo_dossiers.importer.joining import Joiner
from woo_dossiers.importer.pages import strip_furniture


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seed")
    return run_import(seed_pdf(folder), folder / "dossiers", "2021-seed")


@pytest.fixture(scope="module")
def zwolle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zwolle")
    return run_import(zwolle_pdf(folder), folder / "dossiers", "2024-zwolle")


def test_headers_footers_and_page_numbers_are_gone(seed, zwolle, tmp_path):
    assert len(PdfReader(seed_pdf(tmp_path)).pages) > 2  # else nothing repeats
    assert "Korpsstaf" not in seed.markdown and "Pagina" not in seed.markdown
    assert "Politie | Korpsstaf" in seed.result.report
    assert "Gemeente Zwolle" not in zwolle.markdown and "1/2" not in zwolle.markdown


def test_sections_at_a_page_edge_are_not_taken_for_furniture(zwolle):
    # "Ad 2" ends page 1 and "Ad 3" starts page 2: they differ, so both stay.
    assert "## Ad 2\n" in zwolle.markdown and "## Ad 3\n" in zwolle.markdown


def test_page_furniture_on_most_pages_goes_but_body_text_stays():
    def page(n: int) -> str:
        body = [f"Zin {20 * n + i} van de brief." for i in range(1, 20)]
        body.insert(9, "Zie hierna.")  # on every page, but mid-page: body text
        return "\n".join(["Ministerie van X", "", *body, f"Pagina {n} van 3"])

    clean = strip_furniture([page(1), page(2), page(3)])
    assert "Ministerie van X" not in clean.lines
    assert not any(line.startswith("Pagina") for line in clean.lines)
    assert clean.lines.count("Zie hierna.") == 3
    assert len(clean.lines) == 3 * 20
    assert clean.lines[0] == "Zin 21 van de brief."
    assert clean.furniture == ["Ministerie van X", "Pagina 1 van 3"]


def test_a_short_last_page_keeps_its_text():
    first = "\n".join(["Kop", *[f"Regel {i} van de brief." for i in range(30)], "1"])
    last = "Met vriendelijke groet,\nDe minister,\n2"
    clean = strip_furniture([first, last])
    assert clean.lines[-2:] == ["Met vriendelijke groet,", "De minister,"]


def test_hyphenated_words_are_joined_and_real_hyphens_kept(zwolle, seed):
    text = zwolle.markdown
    for word in ("ontvangen.", "verdaagd.", "vergelijkbaar", "beheert"):
        assert word in text
    assert "Woo-besluit" in text  # "Woo" is a word of its own in the letter
    assert "(niet-persoonsgerelateerde)" in seed.markdown
    assert "policing-programma's" in seed.markdown  # written with its hyphen elsewhere
    assert "ontvangen, verdaagd, vergelijkbaar, beheert" in zwolle.result.report


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("de aanbe-", "steding van", "de aanbesteding van"),
        ("de CAS-", "rapporten", "de CAS-rapporten"),
        ("de politie-", "inzet", "de politie-inzet"),
        ("in 2021-", "2022", "in 2021-2022"),
        ("anti-", "Amerikaans", "anti-Amerikaans"),
        ("een zacht\u00ad", "afgebroken woord", "een zachtafgebroken woord"),
        ("gewoon", "verder", "gewoon verder"),
    ],
)
def test_line_joins(left, right, joined):
    assert Joiner.for_lines([left, right]).join(left, right) == joined


def test_urls_broken_over_lines_are_whole_again(seed, zwolle):
    for url in (
        "https://www.politie.nl/wob/korpsstaf/2021-criminaliteits-anticipatie-systeem.html",
        "https://www.politieacademie.nl/kennisenonderzoek/kennis/mediatheek/pdf/89539.pdf",
        "https://wetten.overheid.nl/BWBR0022463/2020-01-01",
        "https://www.rijksoverheid.nl/documenten/rapporten/2020/05/29/"
        "tk-bijlage-2-kwaliteitskader-big-data",
    ):
        assert f"<{url}>" in seed.markdown
    assert "<https://www.zwolle.nl/cameratoezicht/aanwijzingsbesluit-2020>." in zwolle.markdown


def test_runs_of_spaces_are_collapsed(tmp_path):
    pdf = letter_pdf(tmp_path / "b.pdf", ["Geachte heer,", "", "Dit   is    een  zin."])
    imported = run_import(pdf, tmp_path / "dossiers", "spaties")
    assert "Dit is een zin." in imported.markdown


def test_headings_and_ad_sections(seed, zwolle):
    assert "\n## Uw verzoek\n" in seed.markdown
    assert "\n## Behandeling van uw verzoek\n" in seed.markdown
    for heading in ("Ad 6", "Ad 7", "Ad 8 en 9", "Ad 10", "Ad 11", "Ad 12", "Ad 13", "Ad 14"):
        assert f"\n## {heading}\n" in seed.markdown
    for heading in ("Uw verzoek", "Besluit", "Bezwaar", "Ad 1", "Ad 2", "Ad 3"):
        assert f"\n## {heading}\n" in zwolle.markdown


def test_request_list_and_bullets_are_markdown_lists(seed):
    assert "\n1. Alle gegevensvelden die worden verzameld en / of een datadictionary voor het " \
           "Crime Anticipation System;\n2. Een lijst" in seed.markdown
    assert "\n- <https://it.kombijdepolitie.nl/predictive-policing>,\n- " in seed.markdown


def test_paragraphs_without_blank_lines_are_split_at_short_lines(seed):
    # The seed has no blank line between these two paragraphs, only a short line.
    assert "De Wob is niet van toepassing op reeds openbare informatie.\n\nVerder maak ik" \
        in seed.markdown


def test_wrapped_justified_paragraphs_are_joined(tmp_path):
    imported = run_import(toeslagen_pdf(tmp_path), tmp_path / "dossiers", "toeslagen")
    assert ("## Ad 4 tot en met 6\n\nDeze documenten zijn niet aangetroffen. Er zijn geen "
            "notulen of adviezen over het model opgesteld.\n") in imported.markdown
    assert "Pagina" not in imported.markdown and "Ministerie" not in imported.markdown


def test_address_block_and_requester_name_are_not_published(zwolle):
    assert zwolle.markdown.startswith("Geachte heer,\n")
    for private in ("Jansen", "Dorpsstraat", "8000 AA"):
        assert private not in zwolle.markdown
    assert "naam 'Jansen' uit de aanhef verwijderd" in zwolle.result.report


def test_markdown_markup_in_the_letter_is_escaped(tmp_path):
    lines = ["Geachte heer,", "", "Kosten <10 000 euro> en *alle* stukken [zie bijlage].", "",
             "2021. Dat jaar begon het."]
    imported = run_import(letter_pdf(tmp_path / "m.pdf", lines), tmp_path / "d", "markup")
    assert "Kosten &lt;10 000 euro> en \\*alle\\* stukken \\[zie bijlage\\]." in imported.markdown
    assert "\n2021\\. Dat jaar begon het.\n" in imported.markdown


def test_a_letter_without_salutation_keeps_everything_and_says_so(tmp_path):
    pdf = letter_pdf(tmp_path / "x.pdf", ["Op 1 mei 2021 heb ik uw verzoek ontvangen."])
    imported = run_import(pdf, tmp_path / "d", "zonder-aanhef")
    assert "Op 1 mei 2021" in imported.markdown
    assert "geen aanhef ('Geachte ...') gevonden" in imported.result.report


def test_plain_text_lines_parse_like_pdf_lines():
    letter = parse(["Geachte heer,", "", "Ad 3 en 4:", "Niet aangetroffen.", "",
                    "Ad punt 5. Dit is al openbaar."])
    kinds = [(b.kind, b.text) for b in letter.blocks]
    assert kinds == [("para", "Geachte heer,"), ("ad", "Ad 3 en 4"), ("para", "Niet aangetroffen."),
                     ("ad", "Ad 5"), ("para", "Dit is al openbaar.")]
    assert [b.numbers for b in letter.blocks if b.kind == "ad"] == [(3, 4), (5,)]

