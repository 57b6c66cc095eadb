"""Earlier versions kept inside a PDF by incremental saves.

An incremental save appends changes after the original bytes, ending with a
new ``%%EOF``. Everything before it is still in the file: a viewer shows the
last version, but anyone can cut the file at an earlier ``%%EOF`` and read the
earlier one. We do exactly that and compare its words with what is visible now.
(A linearised PDF also has two ``%%EOF`` markers; its first part holds no
earlier text, so it produces no finding.)
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from .facts import Finding

_EOF = re.compile(rb"%%EOF[ \t]*(?:\r\n|\r|\n)?")
_MAX_REVISIONS = 20


def earlier_revisions(data: bytes) -> list[bytes]:
    """The file as it was at each earlier ``%%EOF``, oldest first (bounded)."""
    ends = [m.end() for m in _EOF.finditer(data)]
    # The last marker closes the current version; trailing junk after it is not a version.
    return [data[:end] for end in ends[:-1]][-_MAX_REVISIONS:]


def hidden_history(data: bytes, visible_text: tuple[str, ...]) -> list[Finding]:
    revisions = earlier_revisions(data)
    if not revisions:
        return []  # the usual case: no need to split the whole text into words
    visible = set(" ".join(visible_text).split())
    lost: set[str] = set()
    for revision in revisions:
        words = _words(revision)
        if words is None:
            continue
        lost |= words - visible
    if not lost:
        return []
    return [Finding("earlier-version", "error", params={"words": len(lost)})]


def _words(revision: bytes) -> set[str] | None:
    """All words of one earlier version, or None if that cut is not a readable PDF.

    Read by PDFium, as the visible text is, so that the two compare word for word.
    """
    try:
        document = pdfium.PdfDocument(revision)
    except pdfium.PdfiumError:  # a cut inside binary data or a linearisation part
        return None
    try:
        words: set[str] = set()
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            words.update(textpage.get_text_range().split())
            textpage.close()
            page.close()
        return words
    except Exception:  # a broken earlier version shows nothing we can compare
        return None
    finally:
        document.close()
