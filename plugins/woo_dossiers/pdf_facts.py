"""What the build knows of an annex PDF, read once per build for all annexes.

This first version reads in-process; the annex-intake work replaces the body of
`read_pdfs` with isolated, cached, parallel reading behind the same signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    size: int  # bytes
    title: str | None
    text: tuple[str, ...]  # extracted text per page


def read_pdfs(paths: list[Path]) -> dict[Path, PdfFacts | str]:
    """Read every PDF once; a string value is why that file could not be read."""
    return {path: _read_one(path) for path in paths}


def _read_one(path: Path) -> PdfFacts | str:
    size = path.stat().st_size
    if size == 0:
        return "the file is empty"
    with path.open("rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF-"):
            return "the file is not a PDF (it does not start with %PDF-)"
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            return "the PDF is encrypted with a password; publish an unencrypted copy"
        text = tuple((page.extract_text() or "") for page in reader.pages)
        title = reader.metadata.title if reader.metadata else None
    except Exception as error:  # pypdf raises many types on broken files
        return f"the PDF cannot be read ({type(error).__name__}: {error})"
    return PdfFacts(pages=len(text), size=size, title=title, text=text)
