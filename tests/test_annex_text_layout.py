"""Annex text as text: PDF lines joined into paragraphs, hyphenated words whole, tables kept,
read from real PDFs (made here and by other tools) and from a built site."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from annex_layout_pdfs import BULLETS, ROWS, layout_pdf, lines_pdf, prose_columns_pdf
from annex_pdfs import write
from hypothesis import given, settings
from hypothesis import strategies as st
from sitebuild import build_site, example_folder, make_project
from woo_dossiers.annex.layout import page_text
from woo_dossiers.annex.visibility import read_pages
from woo_dossiers.render.annex_text import _unbreak_all, _unbroken, page_blocks, page_html, plain_text
from woo_dossiers.search.reader import search

CORPUS = sorted(Path(__file__).parent.glob("fixtures/pdf-tools/*/*.pdf"))
SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"
ANNEX = "bijlage-2-auditrapport-cas-2019"


def blocks(data: bytes) -> list[tuple[str, object]]:
    [text] = read_pages(data).text
    return list(page_blocks(text))


def test_lines_become_paragraphs_with_hyphenated_words_whole():
    paragraphs = [block for kind, block in blocks(layout_pdf()) if kind == "p"]
    assert paragraphs[0] == "Besluit op uw verzoek"  # the heading, set larger, stands alone
    assert paragraphs[1] == (
        "Op 3 april 2024 vroeg u om de informatie over het project in Noord-Holland en over "
        "uw Woo-verzoek van vorig jaar. Wij sturen u de zee-eend notities en de stukken "
        "hieronder.")
    assert paragraphs[2:5] == BULLETS  # each list item apart
    assert paragraphs[5].endswith("Met vriendelijke groet, namens het college.")


def test_aligned_columns_become_a_table_with_its_bold_column_heads():
    tables = [(kind, block) for kind, block in blocks(layout_pdf()) if kind != "p"]
    assert tables == [("headed-table", [list(row) for row in ROWS])]
    assert [kind for kind, _ in blocks(layout_pdf(table=False))] == ["p"] * 6


def test_a_character_outside_the_bmp_keeps_the_layout():
    """PDFium counts such a character twice (UTF-16); the layout must still line up."""
    old_italic = "\U00010300"
    data = lines_pdf([f"De letter {old_italic} staat in een regel die lang genoeg is om de "
                      "breedte te vullen,", "en de alinea loopt hier door.", "",
                      "Een nieuwe alinea."])
    assert [block for _, block in blocks(data)] == [
        f"De letter {old_italic} staat in een regel die lang genoeg is om de breedte te vullen, "
        "en de alinea loopt hier door.", "Een nieuwe alinea."]


def test_prose_side_by_side_is_not_a_table():
    assert [kind for kind, _ in blocks(prose_columns_pdf())] == ["p"]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_layout_keeps_pdfiums_words(path):
    """Only whitespace is added: the words published are the words the checks read."""
    document = pdfium.PdfDocument(path)
    try:
        for page in document:
            textpage = page.get_textpage()
            assert page_text(textpage).split() == textpage.get_text_range().split()
    finally:
        document.close()


DECISIONS = [["1", "Bestek", "Openbaar"], ["2", "Inschrijvingen", "Niet openbaar"]]
TABLES = {
    "reportlab-letter.pdf": [["Nr.", "Document", "Besluit"], ["1", "Peilbesluit", "Openbaar"],
                             ["2", "Notulen bestuur", "Deels openbaar"],
                             ["3", "Advies", "Niet openbaar"]],
    "docx-letter.pdf": [["Nr.", "Omschrijving", "Besluit"], ["1", "Nota aan het college", "Openbaar"],
                        ["2", "E-mail projectteam", "Deels openbaar"],
                        ["3", "Advies jurist", "Niet openbaar"]],
    "chromium-letter.pdf": [["Nr.", "Document", "Besluit"], ["1", "Subsidieaanvraag", "Openbaar"],
                            ["2", "Beoordeling aanvraag", "Deels openbaar"],
                            ["3", "Juridisch advies", "Niet openbaar"]],
    "fpdf2-letter.pdf": [["Nr.", "Document", "Besluit"], *DECISIONS],
}


@pytest.mark.parametrize("path", [p for p in CORPUS if p.parent.name == "honest"],
                         ids=lambda p: p.name)
def test_tables_of_other_tools(path):
    """The letters' decision tables are found whole (also in the files made from them), and
    not the bullet list above nor the greeting below them; nothing else in the corpus is a
    table: not the letterheads, not the scans, not Writer's table, whose wrapped cells come
    with no row of single lines to start from (text)."""
    found = [block for text in read_pages(path.read_bytes()).text
             for kind, block in page_blocks(text) if kind != "p"]
    heads = [kind == "headed-table" for text in read_pages(path.read_bytes()).text
             for kind, _ in page_blocks(text) if kind != "p"]
    assert heads == [path.name != "reportlab-letter.pdf"] * len(found)  # its heads are not bold
    assert all(table in TABLES.values() for table in found)
    if path.name in TABLES:
        assert found == [TABLES[path.name]]
    if path.name.startswith(("writer-", "gs-writer", "calc-", "ocrmypdf-", "tesseract-")):
        assert found == []


def test_a_table_whose_cells_wrap_keeps_its_rows_and_header():
    """The example inventory: PDFium reads a row whose description wraps cell by cell; the
    words of each cell come together again, under the header."""
    pdf = example_folder(CAS) / "bijlage-1-inventarislijst.pdf"
    [table] = [block for text in read_pages(pdf.read_bytes()).text
               for kind, block in page_blocks(text) if kind == "headed-table"]
    assert table[0] == ["Nr.", "Datum", "Omschrijving", "Oordeel", "Gronden", "Bijlage"]
    assert table[1] == ["1", "12-03-2018", "Werking en gegevensvelden van CAS, versie 2.1",
                        "openbaar", "", "2"]
    assert table[5] == ["5", "01-10-2020", "Broncode en modelinstellingen CAS, release 2020.3",
                        "niet openbaar", "10.2.c", "-"]
    assert len(table) == 6


def test_annex_page_shows_paragraphs_and_table_and_search_finds_the_joined_word(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    write(project / "dossiers" / SEED / f"{ANNEX}.pdf", layout_pdf())
    built = build_site(project)
    assert built.ok, built.warnings()
    page = built.page(f"dossiers/{SEED}/bijlagen/{ANNEX}/")
    text = page.select_one("#pagina-1 ~ .woo-annex-text")
    shown = [p.get_text() for p in text.select("p")]
    assert any("de informatie over het project in Noord-Holland" in p for p in shown)
    table = text.select_one("table")
    assert table.caption.get_text() == "Tabel 1 op pagina 1 van de PDF"
    assert [[c.get_text() for c in tr.select("th, td")] for tr in table.select("tr")] == [
        list(row) for row in ROWS]
    assert [th.get_text() for th in table.select("thead th[scope=col]")] == list(ROWS[0])
    assert [th.get_text() for th in table.select("tbody th[scope=row]")] == ["1", "2", "3"]
    hits = search([built.site / "zoekindex" / "bijlagen"], "informatie noord-holland")
    assert f"dossiers/{SEED}/bijlagen/{ANNEX}/" in {hit.url.strip("/") + "/" for hit in hits}


def test_a_table_without_column_heads_has_row_heads():
    html = page_html("Melding 3\t5.1.2.e\nMelding 6\t5.1.2.e\nMelding 8\t5.1.1.e", 3)
    assert "<thead>" not in html
    assert '<tr><th scope="row">Melding 6</th><td>5.1.2.e</td></tr>' in html
    assert "<caption>Tabel 1 op pagina 3 van de PDF</caption>" in html


def test_plain_text_is_the_words_shown():
    text = "Een informa\ufffe\ntie.\n\nA\tB\n1\t2"
    assert plain_text(text).split() == ["Een", "informatie.", "A", "B", "1", "2"]


@pytest.mark.parametrize(("lines", "joined"), [
    (["de informa\ufffetie"], "de informatie"),
    (["de informa-", "tie"], "de informatie"),  # a hyphen PDFium left at the line end
    (["Noord\ufffeHolland"], "Noord-Holland"),
    (["het Woo\ufffeverzoek"], "het Woo-verzoek"),
    (["een zee\ufffeeend"], "een zee-eend"),
    (["het e-mail\ufffeadres"], "het e-mailadres"),
    (["in 2021-", "2022"], "in 2021-2022"),
    (["een streep -", "en verder"], "een streep - en verder"),
])
def test_hyphenation_at_line_ends(lines, joined):
    assert list(page_blocks("\n".join(lines))) == [("p", joined)]


# The expression _unbreak_all stands for (it tried every position of the text: slow).
_BREAK_BY_EXPRESSION = re.compile(r"(\S*?)(?:\ufffe\s*|(?<=\w)-\n\s*)(\S?)")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAe5 -\n\t(\ufffe\u00a0é.")), max_size=40))
def test_words_are_unbroken_as_the_expression_would(text):
    expected = _BREAK_BY_EXPRESSION.sub(lambda m: _unbroken(m.group(1), m.group(2)), text)
    assert _unbreak_all(text) == expected
