"""Scanned annexes: pages without text are recognised (Tesseract, Dutch) in real builds.

The scans are made as a scanner would: Dutch text drawn into a picture with
Pillow, that picture as the only thing on a PDF page, no text layer. The tests
read what a visitor gets: the annex page, the site's search, the published PDF.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from annex_pdfs import write
from hiding_pdfs import HIDDEN, image, page_pdf
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from sitebuild import build_site
from test_annex_site import AUDIT, SEED, info_log, project_with_audit
from woo_dossiers.annex import ReadStats, read_pdfs
from woo_dossiers.annex.ocr import Recognised, Word, find_engine
from woo_dossiers.annex.text_layer import with_text_layers
from woo_dossiers.annex.visibility import INVISIBLE_ON_DARK, read_pages
from woo_dossiers.cli import controleer as check_dossiers
from woo_dossiers.search.reader import search

ENGINE = find_engine()
needs_tesseract = pytest.mark.skipif(ENGINE is None, reason="tesseract-ocr-nld not installed "
                                     "(scripts/install-system-packages.sh installs it)")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200
LINES = ["Verslag van de gemeenteraadsvergadering",
         "De burgemeester besprak de vergunningen",
         "voor cameratoezicht in de binnenstad.",
         "Aanwezig: Jan Vermeulen en Karel Zwaluwstaart."]
SECRET = "Zwaluwstaart"  # blacked out in the scan: no build may publish it
ANNEX_PAGE = f"dossiers/{SEED}/bijlagen/bijlage-2-auditrapport-cas-2019/"


def scan(lines: list[str], blacked_out: str | None = None, rotate: int = 0) -> bytes:
    """A one-page PDF holding only a picture of `lines` (A4 at 200 dpi), with a black
    box drawn over the word `blacked_out` as a redaction on paper would be. With
    `rotate`, the picture is stored turned back and the page's /Rotate shows it upright,
    as scanners do with pages fed sideways."""
    width, height = round(595 * DPI / 72), round(842 * DPI / 72)
    picture = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.truetype(FONT, round(12 * DPI / 72))
    for number, line in enumerate(lines):
        x, y = 200, 280 + number * 60
        draw.text((x, y), line, font=font, fill=0)
        if blacked_out and blacked_out in line:
            start = draw.textlength(line[:line.index(blacked_out)], font=font)
            end = draw.textlength(line[:line.index(blacked_out) + len(blacked_out)], font=font)
            draw.rectangle((x + start - 4, y - 6, x + end + 4, y + 42), fill=0)
    picture = picture.rotate(rotate, expand=True)  # counter-clockwise; /Rotate is clockwise
    across, down = (842, 595) if rotate in (90, 270) else (595, 842)
    data = page_pdf(f"q {across} 0 0 {down} 0 0 cm /Scan Do Q\n",
                    resources=b"/XObject << /Scan 6 0 R >>", page=b"/Rotate %d" % rotate,
                    extra=[image(*picture.size, picture.tobytes())])
    return data.replace(b"/MediaBox [0 0 595 842]", b"/MediaBox [0 0 %d %d]" % (across, down))


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def drawn(path: Path) -> np.ndarray:
    document = pdfium.PdfDocument(path)
    try:
        return document[0].render(scale=1).to_numpy()
    finally:
        document.close()


@needs_tesseract
def test_a_scan_is_published_with_recognised_dutch_text_and_a_warm_build_does_not_redo_it(
        tmp_path):
    project = project_with_audit(tmp_path, scan(LINES, blacked_out=SECRET))
    with info_log() as first:
        built = build_site(project)
    assert built.ok, built.warnings()
    annexes = len(list((project / "dossiers").rglob("*.pdf")))
    assert f"annexes: {annexes} read, 0 from the cache, 1 page(s) recognised (OCR)" in first

    # The annex page: the recognised words, marked as recognised automatically.
    page = built.page(ANNEX_PAGE)
    text = page.select_one(".woo-annex-text").get_text(" ")
    for word in ("gemeenteraadsvergadering", "burgemeester", "vergunningen", "cameratoezicht"):
        assert word in text
    assert "Automatisch herkende tekst" in page.select_one(".woo-annex-ocr").get_text()
    # The site's search finds a word that is only in the scan.
    hits = search([built.site / "zoekindex" / "bijlagen"], "cameratoezicht")
    assert ANNEX_PAGE in {hit.url for hit in hits}
    # The published PDF carries the text layer; the original in the dossier is untouched.
    published = built.site / "dossiers" / SEED / AUDIT
    assert "cameratoezicht" in pdf_text(published)
    assert pdf_text(project / "dossiers" / SEED / AUDIT).strip() == ""
    # ... and looks exactly like it: the layer is invisible.
    assert (drawn(published) == drawn(project / "dossiers" / SEED / AUDIT)).all()
    # What was blacked out in the scan is nowhere, nor any word made up from the black box.
    for path in built.site.rglob("*"):
        if path.is_file():
            assert SECRET.lower().encode() not in path.read_bytes().lower(), path
    assert "Vermeulen" in pdf_text(published)
    assert "NN" not in pdf_text(published).split()

    # A warm build reads no PDF and recognises nothing; the site is the same, byte for byte.
    first_pdf = published.read_bytes()
    with info_log() as second:
        assert build_site(project).ok
    assert f"annexes: 0 read, {annexes} from the cache" in second, second
    assert published.read_bytes() == first_pdf
    # From scratch (no cache) the recognition gives the same bytes again.
    shutil.rmtree(project / ".cache")
    with info_log() as third:
        assert build_site(project).ok
    assert any("1 page(s) recognised (OCR)" in line for line in third)
    assert published.read_bytes() == first_pdf


@needs_tesseract
def test_check_dossiers_recognises_as_the_build_does_and_keeps_its_cache(tmp_path):
    """The check shares the build's cache: it must neither warn about a scan the build
    recognises nor replace the build's entry with an unrecognised one."""
    project = project_with_audit(tmp_path, scan(LINES[:2]))
    assert build_site(project).ok
    annexes: dict = {}
    problems, _, _ = check_dossiers.check(project / "dossiers", [SEED], annexes)
    assert "no-text" not in {problem.code for problem in problems}
    assert annexes[project / "dossiers" / SEED / AUDIT].ocr_pages == (1,)
    with info_log() as lines:
        assert build_site(project).ok
    assert any(line.startswith("annexes: 0 read") for line in lines), lines


def test_without_tesseract_the_build_passes_strict_and_says_what_it_skipped(
        tmp_path, monkeypatch):
    project = project_with_audit(tmp_path, scan(LINES))
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no tesseract to be found
    with info_log() as lines:
        built = build_site(project)
    assert built.ok, built.warnings()
    skipped = [line for line in lines if line.startswith("OCR skipped")]
    assert skipped == [
        "OCR skipped: 1 annex page(s) without a text layer are published without one, "
        "unsearchable and unreadable for screen readers, because Tesseract with Dutch (packages "
        "tesseract-ocr and tesseract-ocr-nld; scripts/install-system-packages.sh) is not installed"]
    published = built.site / "dossiers" / SEED / AUDIT
    assert published.read_bytes() == (project / "dossiers" / SEED / AUDIT).read_bytes()
    assert built.page(ANNEX_PAGE).select_one(".woo-annex-ocr") is None


@needs_tesseract
def test_a_cached_read_is_redone_when_tesseract_comes_or_goes(tmp_path):
    path = write(tmp_path / "scan.pdf", scan(LINES[:2]))
    cache = tmp_path / "cache"
    runs = []
    for engine in (None, ENGINE, ENGINE, None):
        stats = ReadStats()
        facts = read_pdfs([path], cache, stats=stats, ocr=engine)[path]
        runs.append((stats.parsed, stats.recognised, facts.ocr_pages,
                     [f.code for f in facts.findings]))
    assert runs == [(1, 0, (), ["no-text"]), (1, 1, (1,), []), (0, 0, (1,), []),
                    (1, 0, (), ["no-text"])]


@needs_tesseract
@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_the_text_layer_lies_on_its_words_on_a_turned_page(tmp_path, rotate):
    """The layer is set on the page as shown; turned back into the page's own space, each
    word lies on its picture: the hidden-text check (which would call a word on blank
    paper hidden) finds nothing, and the words read in order."""
    path = write(tmp_path / "turned.pdf", scan(LINES[:2], rotate=rotate))
    facts = read_pdfs([path], tmp_path / "cache", ocr=ENGINE)[path]
    assert (facts.ocr_pages, facts.findings) == ((1,), ())
    assert facts.text[0].split() == " ".join(LINES[:2]).split()


def test_the_check_refuses_recognised_text_on_a_black_box(tmp_path):
    """Text in a scan's layer that the picture does not show is hidden text, whoever put
    it there: grafted as OCR would, a word over a black bar is found."""
    data = scan(LINES, blacked_out=SECRET)
    font = ImageFont.truetype(FONT, round(12 * DPI / 72))
    start = ImageDraw.Draw(Image.new("L", (1, 1))).textlength(
        LINES[3][:LINES[3].index(SECRET)], font=font)
    left = (200 + start) * 72 / DPI  # where scan() drew the fourth line, in points
    top = 842 - (280 + 3 * 60) * 72 / DPI
    over_the_box = Word(SECRET, (left + 2, top - 12, left + 60, top))
    layered = with_text_layers(data, {0: Recognised((over_the_box,), 595, 842)})
    kinds = {spot.kind for spot in read_pages(layered).hidden}
    assert kinds == {INVISIBLE_ON_DARK}


@needs_tesseract
def test_hidden_text_beside_a_scan_is_still_refused(tmp_path):
    """A file with a scanned page and a page whose words lie under a black box: the hidden
    words are found (and the file, not published, is not recognised at all)."""
    writer = PdfWriter()
    for data in (scan(LINES[:2]), HIDDEN["black-box-after-text"][1]()):
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    path = write(tmp_path / "mixed.pdf", out.getvalue())
    facts = read_pdfs([path], tmp_path / "cache", ocr=ENGINE)[path]
    assert "hidden-text" in {finding.code for finding in facts.errors}
    assert facts.published is None and facts.ocr_pages == ()
