"""Annex PDFs: safe intake, privacy checks, searchable text, and a cache.

No MkDocs imports: the plugin calls `read_pdfs` and turns findings into Problems.
"""

from .cache import READER_VERSION
from .facts import Finding, PdfFacts, Refusal
from .pool import Limits
from .reader import ReadStats, read_pdfs

__all__ = ["READER_VERSION", "Finding", "Limits", "PdfFacts", "ReadStats", "Refusal", "read_pdfs"]
