"""First look at an annex's bytes, before any PDF parser touches them.

Cheap checks with clear answers: an empty file, another kind of file renamed to
.pdf, a PDF with something else before it, a file cut off while copying. Each
returns a Refusal (worded in messages/refusal.py).
"""

from __future__ import annotations

from .facts import Refusal

# Signatures of files that people rename to .pdf by mistake (kinds of messages/refusal.py).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")


def file_kind(head: bytes) -> str | None:
    """What a non-PDF file really is, judged from its first bytes; None if unknown."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(_HTML_STARTS):
        return "html"
    return None


def intake_problem(data: bytes) -> Refusal | None:
    """Why these bytes cannot be an annex PDF; None if they may be one."""
    if not data:
        return Refusal("file-empty")
    head = data[:1024]
    if not data.startswith(b"%PDF-"):
        if _pdf_behind_something_else(data):
            return Refusal("pdf-behind-other")
        kind = file_kind(head)
        if kind:
            return Refusal("not-pdf-kind", {"kind": kind})
        return Refusal("not-pdf")
    if not _ends_like_a_pdf(data):
        return Refusal("pdf-truncated")
    return None


def _ends_like_a_pdf(data: bytes) -> bool:
    # A complete PDF ends with %%EOF (some writers add a few bytes after it).
    return b"%%EOF" in data[-1024:]


def _pdf_behind_something_else(data: bytes) -> bool:
    """A PDF that does not start at byte 0: a web page and a PDF at once (a polyglot).

    PDF readers accept junk before the header (they search the first 1 KB; pypdf
    reads from the end and does not look at all), while a browser that sniffs the
    first bytes may run the same file as HTML. Only a header at byte 0 makes it
    one kind of file. A PDF stored deep inside another file (an archive) does not
    end like a PDF, so that file keeps its own name (a ZIP archive, ...).
    """
    return b"%PDF-" in data[:1024] or (b"%PDF-" in data and _ends_like_a_pdf(data))
