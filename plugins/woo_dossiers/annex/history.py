"""Earlier versions kept inside a PDF by incremental saves.

An incremental save appends changes after the original bytes, ending with a
new ``%%EOF``. Everything before it is still in the file: a viewer shows the
last version, but anyone can cut the file at an earlier ``%%EOF`` and read the
earlier one. We do exactly that and compare its words with what is visible now.
(A linearised PDF also has two ``%%EOF`` markers; its first part holds no
earlier text, so it produces no finding.)
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

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
    return [Finding(
        "earlier-version",
        "error",
        f"the PDF keeps an earlier version of itself (incremental save) holding "
        f"{len(lost)} word(s) that are no longer visible but can still be read; "
        "clean the file with scripts/clean_annex.py (it rewrites the file without "
        "its history) and check the result",
    )]


def _words(revision: bytes) -> set[str] | None:
    """All words of one earlier version, or None if that cut is not a readable PDF."""
    try:
        reader = PdfReader(io.BytesIO(revision))
        if reader.is_encrypted:
            return None
        return set(" ".join(page.extract_text() or "" for page in reader.pages).split())
    except Exception:  # a cut inside binary data or a linearisation part: not a version
        return None
