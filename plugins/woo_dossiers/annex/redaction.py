"""Redaction marks that were drawn but never applied.

A /Redact annotation marks what is to be removed; only applying it in the
redaction software removes the text. Every other way text can stay in a file
unseen is found by what a reader sees (visibility.py).
"""

from __future__ import annotations

from pypdf import PageObject


def unapplied_redactions(page: PageObject) -> int:
    """Redaction marks (/Redact annotations) that were drawn but never applied."""
    try:
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else []
        return sum(1 for a in annots if a.get_object().get("/Subtype") == "/Redact")
    except Exception:
        return 0
