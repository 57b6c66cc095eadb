"""Read the text of a letter PDF, page by page, with pypdf.

Layout mode keeps vertical gaps as blank lines, which is how we see paragraph
breaks and the columns of a letterhead; plain mode is the fallback for PDFs
that layout mode cannot handle.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


class LetterUnreadable(Exception):
    """The letter PDF cannot be read; the message says why in plain Dutch words (the import
    is the communications team's tool, like `woo nieuw`, and speaks for itself)."""


def read_pages(path: Path) -> list[str]:
    with path.open("rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF-"):
            raise LetterUnreadable(f"{path.name} is geen PDF (het begint niet met %PDF-)")
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise LetterUnreadable(f"{path.name} is met een wachtwoord versleuteld; vraag een "
                                   "onversleutelde kopie")
        pages = [_page_text(page) for page in reader.pages]
    except LetterUnreadable:
        raise
    except Exception as error:  # pypdf raises many types on broken files
        raise LetterUnreadable(f"{path.name} kan niet als PDF worden gelezen ({error})") from error
    if not any(page.strip() for page in pages):
        raise LetterUnreadable(
            f"{path.name} heeft geen tekstlaag (een scan?); laat er eerst tekstherkenning (OCR) "
            "op los of typ de brief over"
        )
    return pages


def _page_text(page) -> str:
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is newer and stricter; plain mode still gives the words
        return page.extract_text() or ""
