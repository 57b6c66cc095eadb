"""First look at an annex's bytes, before any PDF parser touches them.

Cheap checks with clear answers: an empty file, another kind of file renamed to
.pdf, a PDF with something else before it, a file cut off while copying. Each
returns a reason in plain words.
"""

from __future__ import annotations

# Signatures of files that people rename to .pdf by mistake, with what to do.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (perhaps a Word or Excel file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc or .xls)"),
    (b"{\\rtf", "an RTF text document"),
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")


def file_kind(head: bytes) -> str | None:
    """What a non-PDF file really is, judged from its first bytes; None if unknown."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(_HTML_STARTS):
        return "a web page (HTML), perhaps an error page saved instead of the download"
    return None


def intake_problem(data: bytes) -> str | None:
    """Why these bytes cannot be an annex PDF, in plain words; None if they may be one."""
    if not data:
        return "the file is empty (0 bytes); export or copy the PDF again"
    head = data[:1024]
    if not data.startswith(b"%PDF-"):
        if _pdf_behind_something_else(data):
            return (
                "the file does not start with %PDF-: something else comes before the PDF, so "
                "a browser could open it as another kind of file, such as a web page; export "
                "the PDF again and add that file instead"
            )
        kind = file_kind(head)
        if kind:
            return (
                f"the file is not a PDF but {kind} with a .pdf name; "
                "convert it to PDF (e.g. print or export to PDF) and add that file instead"
            )
        return (
            "the file is not a PDF (it does not start with %PDF-); "
            "export the document to PDF and add that file instead"
        )
    if not _ends_like_a_pdf(data):
        return (
            "the PDF is truncated (it does not end with %%EOF): it was probably not copied "
            "or downloaded completely; copy or export it again"
        )
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
