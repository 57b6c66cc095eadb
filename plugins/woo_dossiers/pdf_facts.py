"""What the build knows of an annex PDF, read once per build for all annexes.

The work is done by `woo_dossiers.annex`: each file is read in a worker process
with a time limit and a memory cap, checked for privacy problems, and cached on
disk by content. This module keeps the interface the loader uses.
"""

from __future__ import annotations

from pathlib import Path

from .annex import Finding, PdfFacts
from .annex import read_pdfs as _read_pdfs
from .annex.facts import Refusal

__all__ = ["Finding", "PdfFacts", "Refusal", "read_pdfs"]


def read_pdfs(paths: list[Path], cache_dir: Path | None = None) -> dict[Path, PdfFacts | str]:
    """Read every PDF once; a string value is why that file could not be read."""
    return _read_pdfs(paths, cache_dir)
