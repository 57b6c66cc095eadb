"""Read the text of a letter PDF, page by page, with pypdf.

Layout mode keeps vertical gaps as blank lines, which is how we see paragraph
breaks and the columns of a letterhead; plain mode is the fallback for PDFs
that layout mode cannot handle.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


class LetterUnreadable(Exception):
    """The letter PDF cannot be read; the message says why in plain words."""


def read_pages(path: Path) -> list[str]:
    with path.open("rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF-"):
            raise LetterUnreadable(f"{path.name} is not a PDF (it does not start with %PDF-)")
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise LetterUnreadable(f"{path.name} is encrypted with a password")
        pages = [_page_text(page) for page in reader.pages]
    except LetterUnreadable:
        raise
    except Exception as error:  # pypdf raises many types on broken files
        raise LetterUnreadable(f"{path.name} cannot be read as a PDF ({error})") from error
    if not any(page.strip() for page in pages):
        raise LetterUnreadable(
            f"{path.name} has no text layer (a scan?); run OCR first or type the letter"
        )
    return pages


def _page_text(page) -> str:
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is newer and stricter; plain mode still gives the words
        return page.extract_text() or ""
