"""Annexes in real site builds: findings as problems, refused annexes kept out, text
searchable in a real browser, and a second build that parses no PDF."""

from __future__ import annotations

import gzip
import io
import logging
import shutil
import zlib
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from annex_pdfs import fpdf_document, simple_pdf, text_content, write
from hiding_pdfs import HIDDEN, HONEST, SECRET
from pypdf import PdfReader, PdfWriter
from sitebuild import Built, build_site, make_project
from woo_dossiers.annex import read_pdfs
from woo_dossiers.messages.annex import HIDDEN as HIDING_WORDS

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"  # the seed reuses it
AUDIT = "bijlage-2-auditrapport-cas-2019.pdf"
INVENTORY = "bijlage-1-inventarislijst.pdf"
RARE = "Zwaluwstaartverbinding"  # appears nowhere but in the annex a test puts there


@contextmanager
def info_log():
    """The plugin's INFO lines (sitebuild collects warnings only)."""
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage().removeprefix("woo: "))

    logger = logging.getLogger("mkdocs.plugins.woo")
    handler = Collect(logging.INFO)
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def project_with_audit(tmp_path: Path, data) -> Path:
    project = make_project(tmp_path, [SEED, CAS])
    write(project / "dossiers" / SEED / AUDIT, data)
    return project


def fake_redaction() -> bytes:
    return simple_pdf(text_content("Auditrapport", f"Opgesteld door {RARE} Jansen")
                      + b"\n0 g 60 715 300 30 re f")


def left_out(built: Built, slug: str) -> bool:
    """The plain build said it left the dossier out, and nothing of it was written."""
    said = f"dossier {slug} is left out of the site until the problems above are fixed"
    return said in built.messages and not (built.site / "dossiers" / slug).exists()


def site_bytes(site: Path) -> bytes:
    """Everything in site/, also lower-cased (the search index keeps words that way),
    with any compressed file unpacked."""
    chunks = []
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        chunks += [data, data.lower()]
        with suppress(OSError, EOFError, zlib.error):
            chunks.append(gzip.decompress(data))
    return b"\n".join(chunks)


def test_example_annex_has_a_text_page_linking_dossier_and_pdf(example_site):
    facts = read_pdfs([example_site.project / "dossiers" / SEED / INVENTORY])
    [first_page, *_] = next(iter(facts.values())).text
    page = example_site.page(f"dossiers/{SEED}/bijlagen/bijlage-1-inventarislijst/")
    assert page.h1.get_text(strip=True) == "Inventarislijst"
    hrefs = [a["href"] for a in page.select(".woo-annex-intro a")]
    assert hrefs == ["../../", f"../../{INVENTORY}"]
    assert [h.get_text(strip=True) for h in page.select("h2")][:2] == ["Pagina 1", "Pagina 2"]
    shown = page.select_one(".woo-annex-text").get_text(" ", strip=True)
    assert " ".join(first_page.split()[:8]) in " ".join(shown.split())
    assert (example_site.site / "zoekindex" / "bijlagen" / "meta.json").is_file()


def test_fake_redaction_fails_strict_and_names_dossier_file_and_page(tmp_path):
    built = build_site(project_with_audit(tmp_path, fake_redaction()))
    assert not built.ok
    assert (
        f"dossiers/{SEED}/{AUDIT}: [{SEED}] annexes[1]: page 1, 3.6 cm from the top and 2.5 cm "
        "from the left: 4 word(s) lie under a filled shape (such as a black box); they cannot be "
        "seen but are still in the file and can be copied or found by search. Remove the words "
        "themselves (covering or hiding them is not enough), for instance by applying the "
        "redaction in the redaction software, and export the PDF again"
    ) in built.messages
    assert RARE not in built.warnings()


# One page per kind of hiding (hiding_pdfs.py has them all; test_annex_visibility.py judges each).
ONE_OF_EACH_KIND = {kind: name for name, (kind, _make) in reversed(HIDDEN.items())}


@pytest.mark.parametrize("kind", sorted(ONE_OF_EACH_KIND))
def test_every_kind_of_hidden_text_leaves_the_dossier_out_and_no_word_of_it_out(tmp_path, kind):
    _kind, make = HIDDEN[ONE_OF_EACH_KIND[kind]]
    built = build_site(project_with_audit(tmp_path, make()), strict=False)
    [message] = [m for m in built.messages if AUDIT in m]
    assert message.startswith(f"dossiers/{SEED}/{AUDIT}: [{SEED}] annexes[1]: page 1, ")
    assert f"2 word(s) {HIDING_WORDS[kind][0]}; they cannot be seen" in message
    assert not (built.site / "dossiers" / SEED).exists()
    everything = site_bytes(built.site)
    for word in SECRET.split()[1:]:  # "Jan" is a common name; the surname is not
        assert word.encode() not in everything and word.lower().encode() not in everything


def test_nothing_of_a_refused_annex_reaches_the_site(tmp_path):
    project = project_with_audit(tmp_path, fake_redaction())
    built = build_site(project, strict=False)
    assert built.ok
    assert left_out(built, SEED)
    everything = site_bytes(built.site)
    assert RARE.encode() not in everything and RARE.lower().encode() not in everything
    assert (project / "dossiers" / SEED / AUDIT).read_bytes() not in everything


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path):
    built = build_site(project_with_audit(tmp_path, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64))
    assert not built.ok
    [message] = [m for m in built.messages if AUDIT in m]
    assert message.startswith(f"dossiers/{SEED}/dossier.yml:")
    assert message.endswith(
        f"[{SEED}] annexes[1].file: '{AUDIT}' cannot be published: the file is not a PDF but "
        "a PNG image with a .pdf name; convert it to PDF (e.g. print or export to PDF) and "
        "add that file instead")


@pytest.mark.parametrize(("data", "problem"), [
    (simple_pdf(text_content("Auditrapport"), page=b"/Annots [6 0 R]", extra=[
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] "
        b"/A << /S /URI /URI (javascript:alert(document.cookie)) >> >>"]),
     f"dossiers/{SEED}/{AUDIT}: [{SEED}] annexes[1]: the PDF contains a link or action that "
     "leads to a 'javascript:' address instead of a web page or e-mail address; a published "
     "annex may only link to web pages (http:// or https://), e-mail addresses (mailto:) and "
     "its own pages. Remove the link or make it a normal web address, and export the PDF again"),
    (b"<!DOCTYPE html><script>alert(document.cookie)</script><!--\n"
     + simple_pdf(text_content("Auditrapport")),
     f"[{SEED}] annexes[1].file: '{AUDIT}' cannot be published: the file does not start with "
     "%PDF-: something else comes before the PDF, so a browser could open it as another kind "
     "of file, such as a web page; export the PDF again and add that file instead"),
], ids=["javascript-link", "html-before-the-pdf"])
def test_a_hostile_annex_fails_strict_and_keeps_its_dossier_off_the_site(tmp_path, data, problem):
    project = project_with_audit(tmp_path, data)
    strict = build_site(project)
    assert not strict.ok
    assert [m for m in strict.messages if m.endswith(problem)] != [], strict.warnings()
    plain = build_site(project, strict=False)
    assert plain.ok
    assert left_out(plain, SEED)


def test_a_scanned_page_is_a_warning_that_does_not_fail_strict(tmp_path):
    project = project_with_audit(tmp_path, simple_pdf(b""))
    with info_log() as lines:
        built = build_site(project)
    assert built.ok, built.warnings()
    assert (
        f"warning: dossiers/{SEED}/{AUDIT}: [{SEED}] annexes[1]: page 1 (of 1) has no text "
        "layer (a scan?): it cannot be searched or read aloud by a screen reader; run text "
        "recognition (OCR) on the PDF"
    ) in lines
    assert (built.site / "dossiers" / SEED / AUDIT).is_file()


def test_a_second_build_parses_no_pdf(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    annexes = len(list((project / "dossiers").rglob("*.pdf")))
    assert annexes >= 2
    with info_log() as first:
        assert build_site(project).ok
    with info_log() as second:
        assert build_site(project).ok
    assert f"annexes: {annexes} read, 0 from the cache" in first
    assert f"annexes: 0 read, {annexes} from the cache" in second
    assert list((project / ".cache" / "woo").rglob("*.json"))
    assert not list((project / "site").rglob("*.json.tmp"))
    assert not (project / "site" / ".cache").exists()
    # A changed annex is read again; the others still come from the cache.
    write(project / "dossiers" / SEED / AUDIT, fpdf_document(["Nieuwe versie"]))
    with info_log() as third:
        assert build_site(project).ok
    assert f"annexes: 1 read, {annexes - 1} from the cache" in third


def test_a_word_only_in_an_annex_is_found_by_the_site_search(tmp_path, browser_page):
    project = project_with_audit(
        tmp_path, fpdf_document(["Auditrapport CAS 2019", f"De {RARE} is onderzocht."]))
    built = build_site(project)
    assert built.ok, built.warnings()
    annex_page = f"dossiers/{SEED}/bijlagen/bijlage-2-auditrapport-cas-2019/"
    holding = sorted(str(p.relative_to(built.site)) for p in built.site.rglob("*.html")
                     if RARE in p.read_text("utf-8"))
    assert holding == [annex_page + "index.html"]  # the word is only in the annex

    page, base = browser_page(built.site)
    page.goto(f"{base}zoeken/?q={RARE.lower()}")
    page.locator(".woo-zoek__melding", has_text="1 resultaat voor").wait_for()
    result = page.locator("[data-search-result] .woo-zoek__titel a").first
    assert result.get_attribute("href") == f"/{annex_page}"
    # The result also links to the PDF page that holds the word (the annex has one page).
    section = page.locator("[data-search-result] .woo-zoek__sectie a")
    assert (section.inner_text(), section.get_attribute("href")) == (
        "Pagina 1", f"/{annex_page}#pagina-1")
    result.click()
    page.wait_for_url(f"{base}{annex_page}")
    page.locator(".woo-annex-intro a").first.click()
    page.wait_for_url(f"{base}dossiers/{SEED}/")

    # Published under a sub-folder (site_url https://example.org/woo/), links still hold.
    served = tmp_path / "served"
    shutil.copytree(built.site, served / "woo")
    page, base = browser_page(served)
    page.goto(f"{base}woo/zoeken/?q={RARE.lower()}")
    result = page.locator("[data-search-result] .woo-zoek__titel a").first
    result.wait_for()
    assert result.get_attribute("href") == f"/woo/{annex_page}"


def test_honest_look_alikes_publish_with_their_text(tmp_path):
    """Every honest page of hiding_pdfs.py, as the pages of one annex: --strict passes."""
    writer = PdfWriter()
    for make in HONEST.values():
        writer.append(PdfReader(io.BytesIO(make())))
    data = io.BytesIO()
    writer.write(data)
    built = build_site(project_with_audit(tmp_path, data.getvalue()))
    assert built.ok, built.warnings()
    page = built.page(f"dossiers/{SEED}/bijlagen/bijlage-2-auditrapport-cas-2019/")
    shown = " ".join(text.get_text(" ", strip=True) for text in page.select(".woo-annex-text"))
    for words in ("5.1.2.e", "Onderwerp", "CONCEPT", "Pagina 1 van 3", SECRET):
        assert words in shown
