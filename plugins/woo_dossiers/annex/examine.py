"""Read one annex PDF completely: its facts and every finding. Runs inside a worker.

This module does the parsing; `workers.py` runs it in a separate process with a
time limit and a memory cap, so nothing here needs to defend against hangs.
"""

from __future__ import annotations

import io
import re
import resource
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, LimitReachedError
from pypdfium2 import PdfiumError

from .active import active_content
from .damage import damage_findings, pypdf_repairs
from .facts import Finding, PdfFacts, Refusal
from .hidden import hidden_text_findings
from .intake import intake_problem
from .metadata import personal_metadata
from .redaction import unapplied_redactions
from .revisions import hidden_history
from .scanned import OcrTask, with_recognised_text
from .visibility import read_pages

_PDFIUM_MEMORY_PER_BYTE = 8  # PDFium's objects per byte of a page's instructions, roughly
NO_PAGES = Refusal("pdf-no-pages")
ENCRYPTED = Refusal("pdf-encrypted")


def examine_file(path: Path, ocr: OcrTask | None = None,
                 starting: Callable[[int], None] = lambda pages: None) -> PdfFacts | str:
    """With `ocr`, pages without text are recognised (scanned.py); `starting` is told
    how many before it begins."""
    data = path.read_bytes()
    problem = intake_problem(data)
    if problem:
        return problem
    try:
        result = examine_bytes(data)
        if ocr is None or isinstance(result, str):
            return result
        return with_recognised_text(data, result, ocr, examine_bytes, starting)
    except MemoryError:
        raise  # the worker reports this as "too large"
    except FileNotDecryptedError:
        return ENCRYPTED
    except LimitReachedError as error:  # pypdf's own guard against bombs and huge streams
        return Refusal("pdf-bomb", {"error": str(error)})
    except Exception as error:  # pypdf raises many types on broken files
        return Refusal("pdf-damaged", {"error": f"{type(error).__name__}: {error}"})


def examine_bytes(data: bytes) -> PdfFacts | str:
    # pypdf says through its logger when it had to repair the file to read it.
    with pypdf_repairs() as repairs:
        reader = PdfReader(io.BytesIO(data))
        result = _examine(data, reader)
        if isinstance(result, str):
            return result
        damaged = damage_findings(reader, repairs)
    return replace(result, findings=result.findings + tuple(damaged))


def _examine(data: bytes, reader: PdfReader) -> PdfFacts | str:
    findings: list[Finding] = []
    if reader.is_encrypted:
        # AES needs the 'cryptography' package; without it pypdf raises DependencyError,
        # which examine_file reports with pypdf's own words.
        if not reader.decrypt(""):
            return ENCRYPTED
        findings.append(Finding("restricted", "warning"))
    if len(reader.pages) == 0:
        return NO_PAGES
    unapplied = [number for number, page in enumerate(reader.pages, start=1)
                 if unapplied_redactions(page)]
    _unpack_contents(reader)
    # The text is what PDFium, the engine that judges what a reader sees, extracts: the
    # words checked for being hidden are the very words published.
    try:
        pages = read_pages(data)
    except PdfiumError as error:
        # "Failed to load document (PDFium: Data format error)." -> "data format error"
        found = re.search(r"\(PDFium: (.+?)\)", str(error))
        reason = found[1].lower() if found and found[1] != "Success" else "no reason given"
        return Refusal("pdf-damaged-viewers", {"reason": reason})
    text = pages.text
    if not text:
        return NO_PAGES
    findings += _page_count_findings(reader, len(text))
    findings += active_content(reader)
    findings += personal_metadata(reader)
    findings += hidden_text_findings(pages.hidden)
    findings += _unapplied_findings(unapplied)
    findings += hidden_history(data, text)
    findings += _text_layer_findings(text)
    return PdfFacts(pages=len(text), size=len(data), title=_title(reader), text=text,
                    findings=tuple(findings))


def _unpack_contents(reader: PdfReader) -> None:
    """Unpack every page's drawing instructions with pypdf before PDFium reads them.

    pypdf refuses a stream that unpacks to an enormous size (LimitReachedError) and
    runs out of memory as a Python MemoryError, both reported in plain words. PDFium
    would simply stop the worker process when it runs out of memory, so a page whose
    instructions PDFium cannot hold within the worker's memory cap is refused here
    (PDFium keeps several times their size as objects while it draws them).
    """
    cap, _hard = resource.getrlimit(resource.RLIMIT_AS)
    for page in reader.pages:
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
        if cap != resource.RLIM_INFINITY and size * _PDFIUM_MEMORY_PER_BYTE > cap:
            raise MemoryError(f"a page's content of {size:,} bytes")


def _page_count_findings(reader: PdfReader, pages: int) -> list[Finding]:
    """A page tree that declares more (or fewer) pages than it holds is damaged.

    We count the pages actually present (pypdf flattens the tree) and never trust
    the declared /Count, so a file claiming a billion pages costs nothing.
    """
    try:
        declared = int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except Exception:
        return []
    if declared == pages:
        return []
    return [Finding("page-count", "warning", params={"declared": declared, "pages": pages})]


def _unapplied_findings(unapplied: list[int]) -> list[Finding]:
    if not unapplied:
        return []
    return [Finding("unapplied-redaction", "error", params={"pages": unapplied})]


def _text_layer_findings(text: tuple[str, ...]) -> list[Finding]:
    empty = [n for n, page in enumerate(text, start=1) if not page.strip()]
    if not empty:
        return []
    return [Finding("no-text", "warning", params={"pages": [empty, len(text)]})]


def _title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:
        return None
    return str(title).strip() or None if title is not None else None
