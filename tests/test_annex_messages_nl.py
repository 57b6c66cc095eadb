"""Every annex message reaches the communications team in Dutch (messages/annex.py, refusal.py).

The messages come from reading real files: every finding's code (messages/annex.py)
and every reason to refuse a file (messages/refusal.py) is made here at least once.
"""

from __future__ import annotations

from pathlib import Path

from annex_pdfs import fpdf_document, raw_pdf, simple_pdf, slow_pdf, stream, text_content, write
from hiding_pdfs import BLACK_LABEL
from pypdf import PdfReader, PdfWriter
from test_annex_checks import REFUSED_LINKS, XMP, _linked, _redacted, _updated
from test_annex_damage import DAMAGED
from test_annex_intake import HTML_THEN_PDF, _bomb_pdf, _encrypted
from woo_dossiers import messages
from woo_dossiers.annex import Limits, PdfFacts, read_pdfs
from woo_dossiers.annex.facts import Refusal
from woo_dossiers.messages.annex import DAMAGE, LINKS
from woo_dossiers.messages.problems import Problem


def _attachment(tmp_path: Path) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(write(tmp_path / "src.pdf", fpdf_document(["x"]))))
    writer.add_attachment("namen.xlsx", b"x")
    out = tmp_path / "att.pdf"
    with out.open("wb") as handle:
        writer.write(handle)
    return out.read_bytes()


def _files(tmp_path: Path) -> dict[str, bytes]:
    hello = text_content("Hallo")
    return {
        "empty": b"",
        "png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        "html": b"<!DOCTYPE html><html></html>",
        "zip": b"PK\x03\x04" + b"\x00" * 64,
        "text": b"notes",
        "truncated": simple_pdf(hello)[:200],
        "damaged": b"%PDF-1.7\nnothing\n%%EOF\n",
        "no-pages": raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                             b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "bomb": _bomb_pdf(100),
        "password": _encrypted(tmp_path, "geheim").read_bytes(),
        "restricted": _encrypted(tmp_path, "").read_bytes(),
        "javascript": simple_pdf(hello, catalog=b"/OpenAction << /S /JavaScript /JS (x) >>"),
        "launch": simple_pdf(hello, page=b"/AA << /O << /S /Launch /F (x) >> >>"),
        "attachment": _attachment(tmp_path),
        "xfa": simple_pdf(hello, catalog=b"/AcroForm << /XFA 6 0 R >>", extra=[stream(b"<x/>")]),
        "metadata": bytes(fpdf_document(["x"], author="P. Jansen", creator="p@example.org")
                          .output()),
        "xmp": simple_pdf(hello, catalog=b"/Metadata 6 0 R", extra=[stream(XMP)]),
        "page-xmp": simple_pdf(hello, page=b"/Metadata 6 0 R", extra=[stream(XMP)]),
        "redaction": bytes(_redacted((0, 0, 0)).output()),
        "unreadable-ground": BLACK_LABEL(),
        "unapplied": simple_pdf(hello, page=b"/Annots [6 0 R]",
                                extra=[b"<< /Type /Annot /Subtype /Redact /Rect [0 0 9 9] >>"]),
        "history": _updated("Besluit over Jan Jansen", "Besluit over X"),
        "scan": bytes(fpdf_document(["x"], [], []).output()),
        "page-count": simple_pdf(hello, count=10**9),
        "polyglot": HTML_THEN_PDF + simple_pdf(hello),
        "links": _linked(*[action for action, _what in REFUSED_LINKS]),
        "no-root": simple_pdf(hello, trailer=b""),  # pypdf repairs it, PDFium cannot open it
        **{f"damaged-{name}": build() for name, (build, _what) in DAMAGED.items()},
    }


def _messages(tmp_path: Path) -> list[tuple[str | None, str, str]]:
    """(code, English, Dutch) of every finding and refusal the files above get."""
    folder = tmp_path / "files"
    folder.mkdir()
    paths = [write(folder / f"{name}.pdf", data) for name, data in _files(tmp_path).items()]
    results = dict(read_pdfs([*paths, folder / "missing.pdf"]))
    slow = write(folder / "slow.pdf", slow_pdf())  # many minutes of work: always too slow
    results.update(read_pdfs([slow], limits=Limits(seconds=1)))
    heavy = write(folder / "heavy.pdf", _bomb_pdf(70))
    results.update(read_pdfs([heavy], limits=Limits(memory_bytes=160 * 1024**2)))
    dying = write(folder / "dying.pdf", fpdf_document(["x"]))
    results.update(read_pdfs([dying], limits=Limits(memory_bytes=1024**2)))
    found: list[tuple[str | None, str, str]] = []
    for result in results.values():
        if isinstance(result, PdfFacts):
            found += [(f.code, f.message, f.dutch()) for f in result.findings]
        else:
            assert isinstance(result, Refusal), result
            refusal = Problem("d", "d", code="annex-refused",
                              params={"file": "bijlage.pdf", "reason": result})
            found.append((result.code, refusal.message, refusal.dutch()))
    return found


# Message parts chosen from a list (what kind of link, what damage): each needs Dutch words.
_LISTED_PARTS = [*(en for en, _ in LINKS.values() if "{" not in en),
                 *(en for en, _ in DAMAGE.values()),
                 "address instead of a web page or e-mail address"]


def test_every_annex_message_has_a_dutch_wording(tmp_path):
    found = _messages(tmp_path)
    assert len(found) >= 55  # every reason and every kind of finding above
    for _code, _english, dutch in found:
        # No English sentence left in the Dutch line (pypdf's own error text may remain).
        for phrase in (" the file", " the PDF", "export it", "remove it", " page "):
            assert phrase not in dutch.split(" (")[0], dutch
        assert [part for part in _LISTED_PARTS if part in dutch] == [], dutch
    assert [part for part in _LISTED_PARTS
            if not any(part in english for _, english, _ in found)] == []
    # Every finding and every refusal of the catalogue is made by one of the files above.
    # (not-read: the loader's word for a file the reader gave no answer for; test_check_dossiers.)
    wanted = {*messages.AREAS["annex"], *messages.AREAS["refusal"]} - {"not-read"}
    assert sorted(wanted - {code for code, _, _ in found}) == []
