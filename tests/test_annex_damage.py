"""Damaged annexes that pypdf repairs to read: a warning, never for an honest file."""

from __future__ import annotations

import ast
import logging
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from annex_pdfs import (
    append_update,
    fpdf_document,
    raw_pdf,
    simple_objects,
    simple_pdf,
    startxref,
    stream,
    text_content,
    write,
    xref_stream_pdf,
)
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from sitebuild import EXAMPLES, ROOT
from test_annex_checks import facts_of, findings
from woo_dossiers.annex import read_pdfs
from woo_dossiers.annex.clean import clean_annex
from woo_dossiers.annex.damage import REPAIRS, damage

sys.path.insert(0, str(ROOT / "scripts"))
from bench_corpus import pdf_bytes  # noqa: E402

HELLO = text_content("Hallo")
FIX = (
    "The build could still read it, but other PDF viewers may show it differently or not "
    "open it; rewrite it with woo opschonen (it saves the file anew) and check the "
    "result"
)
LOOP = "its cross-reference table (the index of its parts) refers back to itself in a loop"
STARTXREF = "the pointer to its cross-reference table (startxref) is wrong"
XREF = ("its cross-reference table (the index of its parts) is wrong or incomplete, so it had "
        "to be rebuilt")
XREF_STREAM = ("its cross-reference stream (the compressed index of its parts) is broken or "
               "claims more entries than it holds")
CATALOG = "its catalog (the starting point of the document) is missing or wrong"
OUTLINE = "its bookmarks (outline) refer back to themselves in a loop"


# --- hostile files, byte by byte --------------------------------------------------------

def _with_prev(pdf: bytes, offset: int) -> bytes:
    """The (only) trailer given a /Prev: an older cross-reference section at `offset`."""
    return pdf.replace(b"/Root 1 0 R >>\nstartxref", b"/Root 1 0 R /Prev %d >>\nstartxref" % offset)


def prev_points_at_itself() -> bytes:
    pdf = simple_pdf(HELLO)
    return _with_prev(pdf, startxref(pdf))


def prev_loop_of_two() -> bytes:
    """An incremental save whose original table names the newer one as its /Prev."""
    pad = b" " * 16  # room in the first trailer for a /Prev written once offsets are known
    original = simple_pdf(HELLO, trailer=b"/Root 1 0 R" + pad)
    updated = append_update(original, {5: stream(text_content("Hallo", "erbij"))}, size=6)
    back = b" /Prev %d" % startxref(updated)
    return updated.replace(b"/Root 1 0 R" + pad, b"/Root 1 0 R" + back.ljust(len(pad)), 1)


def moved_startxref(offset: int) -> bytes:
    pdf = simple_pdf(HELLO)
    return pdf.replace(b"startxref\n%d" % startxref(pdf), b"startxref\n%d" % offset)


def entries_off_by(delta: int) -> bytes:
    """Every object's entry in the table points `delta` bytes past the object."""
    pdf = simple_pdf(HELLO)
    head, table = pdf.split(b"xref\n", 1)
    shifted = re.sub(rb"(\d{10}) 00000 n ", lambda m: b"%010d 00000 n " % (int(m[1]) + delta),
                     table)
    return head + b"xref\n" + shifted


def outline(second: bytes) -> bytes:
    """Bookmarks A and B (objects 7 and 8) under the outline root (6); `second` links B on."""
    return simple_pdf(HELLO, catalog=b"/Outlines 6 0 R", extra=[
        b"<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>",
        b"<< /Title (A) /Parent 6 0 R /Next 8 0 R /Dest [3 0 R /Fit] >>",
        b"<< /Title (B) /Parent 6 0 R /Prev 7 0 R %s /Dest [3 0 R /Fit] >>" % second,
    ])


DAMAGED = {
    "prev-points-at-itself": (prev_points_at_itself, [LOOP]),
    "prev-loop-of-two": (prev_loop_of_two, [LOOP]),
    "startxref-off-by-seven": (lambda: moved_startxref(startxref(simple_pdf(HELLO)) - 7),
                               [STARTXREF]),
    "startxref-zero": (lambda: moved_startxref(0), [STARTXREF]),
    "startxref-past-the-end": (lambda: moved_startxref(10**8), [STARTXREF]),
    "entries-point-past-their-objects": (lambda: entries_off_by(3), [XREF]),
    "xref-stream-claims-100-million-rows": (
        lambda: xref_stream_pdf(simple_objects(HELLO), index=b"[0 100000000]"), [XREF_STREAM]),
    "xref-stream-negative-count": (
        lambda: xref_stream_pdf(simple_objects(HELLO), index=b"[0 -5]"), [XREF, XREF_STREAM]),
    "xref-stream-rows-of-no-bytes": (
        lambda: xref_stream_pdf(simple_objects(HELLO), widths=(0, 0, 0)), [XREF, XREF_STREAM]),
    "catalog-without-its-type": (lambda: raw_pdf([
        b"<< /Pages 2 0 R >>", *simple_objects(HELLO)[1:]]), [CATALOG]),
    "bookmarks-next-loop": (lambda: outline(b"/Next 7 0 R"), [OUTLINE]),
    "bookmark-is-its-own-child": (lambda: outline(b"/First 8 0 R /Last 8 0 R /Count 1"),
                                  [OUTLINE]),
    "bookmark-child-is-the-root": (lambda: outline(b"/First 6 0 R /Last 6 0 R /Count 1"),
                                   [OUTLINE]),
}


@pytest.mark.parametrize(("build", "what"), DAMAGED.values(), ids=DAMAGED.keys())
def test_a_repaired_file_is_a_warning_naming_the_damage(tmp_path, build, what):
    path = write(tmp_path / "a.pdf", build())
    assert facts_of(path).text[0].startswith("Hallo")  # it was read
    [finding] = findings(path, "damaged")
    assert (finding.code, finding.severity) == ("damaged", "warning")
    assert finding.message == f"the PDF is damaged: {'; '.join(what)}. {FIX}"


@pytest.mark.parametrize("trailer", [b"/Root 2 0 R", b"", b"/Root 99 0 R"],
                         ids=["root-is-the-page-tree", "no-root", "root-missing"])
def test_a_file_chrome_cannot_open_is_refused_though_pypdf_could_repair_it(tmp_path, trailer):
    # The text and the hidden-text check come from PDFium, Chrome's PDF engine: what it
    # cannot open, the public cannot read either.
    path = write(tmp_path / "a.pdf", simple_pdf(HELLO, trailer=trailer))
    reason = read_pdfs([path])[path]
    assert isinstance(reason, str)
    assert reason.startswith("the PDF is damaged and cannot be read (PDF viewers such as "
                             "Chrome's cannot open it: ")


def test_only_damage_is_reported_for_a_damaged_file(tmp_path):
    path = write(tmp_path / "a.pdf", prev_points_at_itself())
    assert [f.code for f in facts_of(path).findings] == ["damaged"]


@pytest.mark.parametrize("name", DAMAGED)
def test_clean_annex_rewrites_a_damaged_file_whole(tmp_path, name):
    build, _what = DAMAGED[name]
    path = write(tmp_path / "a.pdf", build())
    before = facts_of(path)
    result = clean_annex(path)
    assert result.refused is None
    after = facts_of(path)
    assert findings(path, "damaged") == []
    assert after.text == before.text
    if name.startswith("bookmark"):
        assert result.removed == ["1 verwijzing(en) waardoor de bladwijzers in een kring liepen"]
        assert [item["/Title"] for item in PdfReader(path).outline] == ["A", "B"]


def test_a_deep_and_wide_outline_is_not_a_loop(tmp_path):
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for chapter in range(30):
        pdf.add_page()
        pdf.start_section(f"Hoofdstuk {chapter}")
        for part in range(3):
            pdf.start_section(f"Paragraaf {chapter}.{part}", level=1)
            pdf.start_section(f"Alinea {chapter}.{part}", level=2)
            pdf.cell(text=f"Tekst {chapter}.{part}", new_x="LMARGIN", new_y="NEXT")
    path = write(tmp_path / "a.pdf", pdf)
    chapters = [item for item in PdfReader(path).outline if isinstance(item, dict)]
    assert len(chapters) == 30  # each followed by the list of its 3 paragraphs
    assert facts_of(path).findings == ()


def test_every_repair_we_listen_for_is_one_pypdf_still_reports():
    # pypdf's warnings are our only signal: a reworded warning after an upgrade would
    # silently stop the check, so each template must still be a string in its reader.
    source = Path(pypdf.__file__).with_name("_reader.py").read_text("utf-8")
    strings = {node.value for node in ast.walk(ast.parse(source))
               if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert sorted(set(REPAIRS) - strings) == []


def test_listening_leaves_pypdf_logging_as_it_was(caplog):
    logger = logging.getLogger("pypdf")
    logger.setLevel(logging.CRITICAL)  # as the worker sets it
    try:
        with caplog.at_level(logging.DEBUG):
            assert damage(prev_points_at_itself()) != []
        assert (logger.level, logger.propagate, logger.handlers) == (logging.CRITICAL, True, [])
        assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
    finally:
        logger.setLevel(logging.NOTSET)


# --- honest files: a false alarm would stop a real publication ---------------------------

def _pypdf_written(source: Path, target: Path, **options) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    if options.get("outline"):
        writer.add_outline_item(title="Bijlage", page_number=0)
        writer.add_uri(0, "https://www.rijksoverheid.nl/", [10, 10, 100, 40])
    if options.get("compress"):
        writer.compress_identical_objects()
    with target.open("wb") as out:
        writer.write(out)
    return target


def _incremental(source: Path, target: Path) -> Path:
    writer = PdfWriter(source, incremental=True)
    writer.add_metadata({"/Title": "Bijlage"})
    with target.open("wb") as out:
        writer.write(out)
    return target


def _fpdf_with_sections_and_links() -> FPDF:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(1, 4):
        pdf.add_page()
        pdf.start_section(f"Hoofdstuk {number}")
        pdf.cell(text=f"Pagina {number}", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(text="Website", link="https://www.rijksoverheid.nl/woo?x=1",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.cell(text="Mail ons", link="mailto:woo@example.org", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(text="Naar pagina 1", link=pdf.add_link(page=1), new_x="LMARGIN", new_y="NEXT")
    return pdf


def honest_files(folder: Path) -> list[Path]:
    """Annexes written by the tools at hand, with outlines, links, object streams, ..."""
    made = folder / "fpdf-sections-links.pdf"
    write(made, _fpdf_with_sections_and_links())
    files = [
        made,
        write(folder / "fpdf-plain.pdf", fpdf_document(["Besluit"], ["Bijlage"])),
        write(folder / "bench-corpus.pdf", pdf_bytes(random.Random(1), "Bijlage", 4)),
        _pypdf_written(made, folder / "pypdf-outline-uri.pdf", outline=True),
        _pypdf_written(made, folder / "pypdf-compressed.pdf", compress=True),
        _incremental(folder / "fpdf-plain.pdf", folder / "pypdf-incremental.pdf"),
        *_made_by_tools(made, folder),
    ]
    return files


# Other writers, when installed (apt-get install qpdf ghostscript poppler-utils).
_TOOLS = {
    "qpdf-linearized.pdf": ["qpdf", "--linearize", "{src}", "{out}"],
    "qpdf-object-streams.pdf": ["qpdf", "--object-streams=generate", "{src}", "{out}"],
    "qpdf-object-streams-linearized.pdf":
        ["qpdf", "--object-streams=generate", "--linearize", "{src}", "{out}"],
    "qpdf-qdf.pdf": ["qpdf", "--qdf", "{src}", "{out}"],
    "ghostscript.pdf": ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-o", "{out}", "{src}"],
    "ghostscript-fast-web-view.pdf": ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER",
                                      "-sDEVICE=pdfwrite", "-dFastWebView", "-o", "{out}",
                                      "{src}"],
    "pdftocairo.pdf": ["pdftocairo", "-pdf", "{src}", "{out}"],
}


def _made_by_tools(source: Path, folder: Path) -> list[Path]:
    made = []
    for name, command in _TOOLS.items():
        if not shutil.which(command[0]):
            continue
        target = folder / name
        subprocess.run([part.format(src=source, out=target) for part in command], check=True,
                       capture_output=True, timeout=120)
        made.append(target)
    return made


def test_honest_files_get_no_finding(tmp_path):
    examples = sorted(EXAMPLES.rglob("*.pdf"))
    assert len(examples) >= 15
    results = read_pdfs([*honest_files(tmp_path), *examples])
    # A refused file shows its reason here, a read one its findings.
    assert {path.name: getattr(result, "findings", result) for path, result in results.items()
            if getattr(result, "findings", result)} == {}


def test_honest_files_with_restrictions_are_only_restricted(tmp_path):
    source = write(tmp_path / "plain.pdf", _fpdf_with_sections_and_links())
    files = []
    for algorithm in ("RC4-128", "AES-256"):
        writer = PdfWriter(clone_from=PdfReader(source))
        writer.encrypt(user_password="", owner_password="eigenaar", algorithm=algorithm)
        files.append(tmp_path / f"{algorithm}.pdf")
        with files[-1].open("wb") as out:
            writer.write(out)
    if shutil.which("qpdf"):
        files.append(tmp_path / "qpdf-aes-linearized.pdf")
        subprocess.run(["qpdf", "--linearize", "--encrypt", "", "eigenaar", "256", "--print=none",
                        "--", str(source), str(files[-1])], check=True, timeout=120)
    for path, result in read_pdfs(files).items():
        assert [f.code for f in result.findings] == ["restricted"], path.name


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_a_libreoffice_export_with_bookmarks_and_links_gets_no_finding(tmp_path):
    # What a communications team may well use: headings become bookmarks, links stay links.
    document = tmp_path / "besluit.fodt"
    document.write_text(LIBREOFFICE_DOCUMENT, "utf-8")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(document)],
                   check=True, capture_output=True, timeout=300)
    path = tmp_path / "besluit.pdf"
    reader = PdfReader(path)
    assert [item["/Title"] for item in reader.outline if isinstance(item, dict)] == ["Besluit"]
    assert len(reader.pages[0]["/Annots"]) == 3  # web, mail and a link to a heading
    assert facts_of(path).findings == ()


LIBREOFFICE_DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:h text:outline-level="1">Besluit</text:h>
<text:p>Zie <text:a xlink:type="simple" xlink:href="https://www.rijksoverheid.nl/woo">de
website</text:a> of mail <text:a xlink:type="simple" xlink:href="mailto:woo@example.org">ons</text:a>.
Lees <text:a xlink:type="simple" xlink:href="#Overwegingen">de overwegingen</text:a>.</text:p>
<text:h text:outline-level="2"><text:bookmark text:name="Overwegingen"/>Overwegingen</text:h>
<text:p>De tekst van de overwegingen.</text:p>
</office:text></office:body></office:document>
"""
