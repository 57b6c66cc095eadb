"""Read the text of a letter PDF, page by page, with pypdf.

Layout mode keeps vertical gaps as blank lines, which is how we see paragraph
breaks and the columns of a letterhead; plain mode is the fallback for PDFs
that layout mode cannot handle.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from ..messages.said import Said


class LetterUnreadable(Exception):
    """The letter PDF cannot be read; its argument is a `Said` that says why (the import is
    the communications team's tool, like `woo nieuw`, and speaks for itself)."""


def read_pages(path: Path) -> list[str]:
    with path.open("rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF-"):
            raise LetterUnreadable(Said("import-letter-not-pdf", name=path.name))
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise LetterUnreadable(Said("import-letter-encrypted", name=path.name))
        pages = [_page_text(page) for page in reader.pages]
    except LetterUnreadable:
        raise
    except Exception as error:  # pypdf raises many types on broken files
        # pypdf's own words are English and name its exception: no help to the team.
        raise LetterUnreadable(Said("import-letter-damaged", name=path.name)) from error
    if not any(page.strip() for page in pages):
        raise LetterUnreadable(Said("import-letter-no-text", name=path.name))
    return pages


def _page_text(page) -> str:
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is newer and stricter; plain mode still gives the words
        return page.extract_text() or ""
