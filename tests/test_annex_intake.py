"""Reading annexes safely: every kind of unreadable file gets a reason in plain words."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import woo_dossiers
from annex_pdfs import (
    FONT,
    bomb_content,
    fpdf_document,
    raw_pdf,
    simple_pdf,
    slow_pdf,
    text_content,
    write,
)
from pypdf import PdfReader, PdfWriter
from woo_dossiers.annex import Limits, PdfFacts, read_pdfs
from woo_dossiers.annex import read_pdfs as read_pdfs_via_interface


def read_one(path: Path, limits: Limits | None = None) -> PdfFacts | str:
    return read_pdfs([path], None, limits=limits)[path]


def test_a_good_pdf_gives_pages_size_title_and_text(tmp_path):
    pdf = fpdf_document(["Besluit op uw verzoek"], ["Bijlage twee"])
    pdf.set_title("Inventarislijst")
    path = write(tmp_path / "a.pdf", pdf)
    facts = read_pdfs_via_interface([path])[path]
    assert isinstance(facts, PdfFacts)
    assert facts.pages == 2
    assert facts.size == path.stat().st_size
    assert facts.title == "Inventarislijst"
    assert "Besluit op uw verzoek" in facts.text[0]
    assert "Bijlage twee" in facts.text[1]
    assert facts.findings == ()


def test_many_files_are_read_in_parallel_and_each_answered(tmp_path):
    paths = [write(tmp_path / f"{n}.pdf", fpdf_document([f"document {n}"])) for n in range(6)]
    paths.append(write(tmp_path / "leeg.pdf", b""))
    results = read_pdfs(paths, None, limits=Limits(workers=3))
    assert list(results) == paths
    for n in range(6):
        assert f"document {n}" in results[paths[n]].text[0]
    assert "empty" in results[paths[6]]


def test_outcomes_are_handed_over_as_they_arrive_and_not_kept(tmp_path):
    from woo_dossiers.annex.pool import examine_all

    paths = [write(tmp_path / f"{n}.pdf", fpdf_document([f"document {n}"])) for n in range(5)]
    paths.append(write(tmp_path / "leeg.pdf", b""))
    limits = Limits(workers=2)
    kept = examine_all(paths, limits)
    handed: list = []
    assert examine_all(paths, limits, lambda path, outcome: handed.append((path, outcome))) == {}
    assert sorted(path for path, _ in handed) == sorted(paths)  # each once
    assert dict(handed) == kept


def test_a_cold_read_leaves_each_text_in_the_cache_not_in_memory(tmp_path):
    from woo_dossiers.annex.facts import StoredText

    paths = [write(tmp_path / f"{n}.pdf", fpdf_document([f"document {n}"])) for n in range(3)]
    results = read_pdfs(paths, tmp_path / "cache", limits=Limits(workers=2))
    for n, path in enumerate(paths):
        assert isinstance(results[path].text, StoredText)
        assert f"document {n}" in results[path].text[0]


def test_empty_file(tmp_path):
    assert read_one(write(tmp_path / "a.pdf", b"")) == (
        "the file is empty (0 bytes); export or copy the PDF again"
    )


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "a PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "a JPEG image"),
        (b"<!DOCTYPE html><html><body>Not found</body></html>", "a web page (HTML)"),
        (b"PK\x03\x04" + b"\x00" * 64, "a ZIP archive (perhaps a Word or Excel file)"),
    ],
)
def test_another_kind_of_file_renamed_to_pdf(tmp_path, data, kind):
    reason = read_one(write(tmp_path / "a.pdf", data))
    assert reason.startswith(f"the file is not a PDF but {kind}")
    assert "convert it to PDF" in reason


def test_unknown_bytes_are_not_a_pdf(tmp_path):
    reason = read_one(write(tmp_path / "a.pdf", b"just some notes\n"))
    assert reason.startswith("the file is not a PDF (it does not start with %PDF-)")


POLYGLOT = (
    "the file does not start with %PDF-: something else comes before the PDF, so a browser "
    "could open it as another kind of file, such as a web page; export the PDF again and add "
    "that file instead"
)
HTML_THEN_PDF = b"<!DOCTYPE html><html><script>alert(document.domain)</script><!--\n"


@pytest.mark.parametrize("data", [
    HTML_THEN_PDF + simple_pdf(text_content("Hallo")) + b"-->",  # a web page and a PDF at once
    HTML_THEN_PDF + b" " * 4096 + simple_pdf(text_content("Hallo")),  # beyond the first 1 KB
    b"\xef\xbb\xbf" + simple_pdf(text_content("Hallo")),  # a byte-order mark
    b"\n" + simple_pdf(text_content("Hallo")),  # even one line break
])
def test_something_before_the_pdf_header_is_refused(tmp_path, data):
    assert read_one(write(tmp_path / "a.pdf", data)) == POLYGLOT


def test_an_archive_holding_a_pdf_is_still_named_an_archive(tmp_path):
    # A PDF stored deep inside a ZIP file neither starts nor ends it: no reader opens that.
    pdf = simple_pdf(text_content("Hallo"))
    data = b"PK\x03\x04" + b"\x00" * 2048 + pdf + b"PK\x05\x06" + b"\x00" * 2048
    assert read_one(write(tmp_path / "a.pdf", data)).startswith(
        "the file is not a PDF but a ZIP archive (perhaps a Word or Excel file)")


def test_truncated_file(tmp_path):
    whole = bytes(fpdf_document(["Hallo"]).output())
    reason = read_one(write(tmp_path / "a.pdf", whole[: len(whole) // 2]))
    assert reason.startswith("the PDF is truncated (it does not end with %%EOF)")


def test_damaged_file(tmp_path):
    reason = read_one(write(tmp_path / "a.pdf", b"%PDF-1.7\nnothing here\n%%EOF\n"))
    assert reason.startswith("the PDF is damaged and cannot be read (")


def test_no_pages(tmp_path):
    data = raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])
    assert read_one(write(tmp_path / "a.pdf", data)) == "the PDF has no pages; export the document to PDF again"


def _encrypted(tmp_path: Path, user_password: str, algorithm: str = "RC4-128") -> Path:
    source = write(tmp_path / "plain.pdf", fpdf_document(["Vertrouwelijk"]))
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm=algorithm)
    path = tmp_path / "a.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_encrypted_with_a_password(tmp_path, algorithm):
    assert read_one(_encrypted(tmp_path, "geheim", algorithm)) == (
        "the PDF is encrypted with a password, so the public cannot open it; "
        "publish an unencrypted copy"
    )


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_encrypted_with_restrictions_only_is_read_with_a_warning(tmp_path, algorithm):
    # Acrobat's "restrict editing" writes AES-256 with an empty user password.
    facts = read_one(_encrypted(tmp_path, "", algorithm))
    assert "Vertrouwelijk" in facts.text[0]
    [finding] = facts.findings
    assert (finding.code, finding.severity, finding.message) == (
        "restricted", "warning",
        "the PDF is encrypted with restrictions (it opens without a password but may block "
        "copying or printing, which hinders reuse and screen readers); clean it with "
        "woo opschonen")


def test_a_billion_declared_pages_costs_nothing(tmp_path):
    path = write(tmp_path / "a.pdf", simple_pdf(text_content("Een pagina"), count=10**9))
    facts = read_one(path, Limits(seconds=60))
    assert facts.pages == 1
    assert facts.text == ("Een pagina",)
    [finding] = facts.findings
    assert finding.code == "page-count"
    assert finding.message.startswith("the PDF says it has 1,000,000,000 pages but holds 1;")


def _bomb_pdf(megabytes: int) -> bytes:
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        FONT,
        bomb_content(megabytes),
    ])


def test_a_decompression_bomb_is_refused_within_the_time_limit(tmp_path):
    path = write(tmp_path / "a.pdf", _bomb_pdf(4096))  # 4 MB that inflate to 4 GB
    reason = read_one(path, Limits(seconds=60))
    assert isinstance(reason, str)
    assert reason.startswith("the PDF is too large or too complex to read safely")
    assert "decompression bomb" in reason


def test_the_memory_cap_stops_a_file_that_needs_too_much(tmp_path):
    path = write(tmp_path / "a.pdf", _bomb_pdf(70))  # under pypdf's own limit of 75 MB
    reason = read_one(path, Limits(seconds=60, memory_bytes=160 * 1024**2))
    assert reason == (
        "the PDF is too large to read within the memory limit (160 MB); export it again "
        "with smaller images, or split it into several files"
    )


def test_a_file_too_complex_to_read_in_time_is_stopped(tmp_path):
    # A 50 KB file that takes many minutes to read, so a limit of a few seconds always stops
    # it; a busy machine only makes it slower. No other file shares the call: a good file
    # under so short a limit would have to be read in time too, which a busy machine decides.
    path = write(tmp_path / "a.pdf", slow_pdf())
    assert read_one(path, Limits(seconds=3)) == (
        "the PDF is too large or too complex to read within 3 seconds; export it again "
        "(e.g. print to PDF) or split it into several files"
    )


def test_a_stopped_worker_is_replaced_and_the_next_file_is_read(tmp_path):
    # One worker: the bomb exhausts its memory cap, the pool discards that worker (as it does
    # one that ran out of time) and starts another for the next file. Memory, not time,
    # stops the first file, and the time limit is the default, so the outcome does not depend
    # on how busy the machine is. A good file needs about 150 MB here, the bomb over 550 MB.
    heavy = write(tmp_path / "a.pdf", _bomb_pdf(70))
    good = write(tmp_path / "b.pdf", fpdf_document(["Gewoon"]))
    results = read_pdfs([heavy, good], None,
                        limits=Limits(memory_bytes=300 * 1024**2, workers=1))
    assert results[heavy].startswith("the PDF is too large to read within the memory limit")
    assert "Gewoon" in results[good].text[0]


def test_a_missing_file(tmp_path):
    path = tmp_path / "weg.pdf"
    assert read_one(path).startswith("the file cannot be opened (")


def test_a_reader_that_dies_is_reported_and_replaced(tmp_path):
    # A worker capped at 1 MB of address space cannot even finish starting: it dies
    # without an answer, like a reader crashing inside a C library on a hostile file.
    path = write(tmp_path / "a.pdf", fpdf_document(["Hallo"]))
    reason = read_one(path, Limits(memory_bytes=1024**2))
    assert reason.startswith("the PDF reader stopped unexpectedly while reading this file")
    assert reason.endswith(
        "if it happens again, the file is probably damaged: export or save it as PDF again")


def test_a_worker_left_alone_on_a_hostile_file_is_stopped_by_the_kernel(tmp_path):
    # If the build dies, nobody kills a worker stuck on a file; its CPU-time cap does.
    path = write(tmp_path / "a.pdf", slow_pdf())
    worker = subprocess.run(
        [sys.executable, "-m", "woo_dossiers.annex.worker", str(2 * 1024**3), "1"],
        input=json.dumps(str(path)).encode() + b"\n", capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(woo_dossiers.__file__).parents[1])},
        timeout=300, check=False,
    )
    assert worker.returncode == -signal.SIGXCPU
    assert worker.stdout == b""  # no answer: it was stopped while reading
