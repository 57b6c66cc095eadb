"""Rewrite an annex without metadata, XMP and history: what `woo opschonen` runs.

The rewrite is complete, never incremental: pypdf copies only the objects the
current version uses into a new file, so earlier versions kept by incremental
saves are left behind. A file with fake redaction is refused, because cleaning
cannot make covered text go away; it has to be redacted properly.

The report is Dutch: the communications team runs this command. Every line is a
`Said` of messages/cli.py, so `.english()` words it too.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject

from ..messages.said import Said
from .damage import break_outline_loops
from .facts import PdfFacts
from .reader import read_pdfs
from .revisions import earlier_revisions

# Cleaning cannot make hidden text go away: the redaction has to be redone.
REFUSE_CODES = {"hidden-text", "unapplied-redaction"}
# Application-private data (/PieceInfo) can hold an editor's whole earlier document.
_PRIVATE_KEYS = {"/Metadata": "clean-removed-xmp", "/PieceInfo": "clean-removed-pieceinfo"}


@dataclass
class CleanResult:
    path: Path
    refused: Said | None = None  # why the file was not cleaned
    removed: list[Said] = field(default_factory=list)  # what was removed
    remaining: list[str] = field(default_factory=list)  # what still needs work (Dutch)


def clean_annex(source: Path, target: Path | None = None) -> CleanResult:
    target = target or source
    result = CleanResult(path=source)
    # Read through the safe reader first: limits, and the hidden-text check.
    facts = read_pdfs([source])[source]
    if isinstance(facts, str):
        result.refused = Said("clean-unreadable", reason=facts)
        return result
    refusals = [f for f in facts.findings if f.code in REFUSE_CODES]
    if refusals:
        result.refused = Said("clean-fake-redaction", findings=refusals)
        return result
    data = source.read_bytes()
    writer, removed = _rewrite(data)
    history = len(earlier_revisions(data))
    if history:
        removed.append(Said("clean-removed-history", count=history))
    _write_atomically(writer, target)
    result.removed = removed
    result.remaining = _remaining(target, facts)
    return result


def _rewrite(data: bytes) -> tuple[PdfWriter, list[Said]]:
    reader = PdfReader(io.BytesIO(data))
    removed: list[Said] = []
    if reader.is_encrypted:
        reader.decrypt("")  # only files that open without a password get here
        removed.append(Said("clean-removed-security"))
    info = reader.metadata
    if info:
        fields = sorted(key.lstrip("/") for key, value in info.items() if str(value).strip())
        if fields:
            removed.append(Said("clean-removed-properties", fields=fields))
    # Strip the reader's objects in memory first: cloning then copies only what the
    # current version still references, so stripped and superseded objects stay behind.
    removed += _strip(reader.root_object, None)
    for number, page in enumerate(reader.pages, start=1):
        removed += _strip(page, number)
    # A loop in the bookmarks would be copied as it is; cut it so the bookmarks stay.
    loops = break_outline_loops(reader.root_object)
    if loops:
        removed.append(Said("clean-removed-outline-loops", count=loops))
    writer = PdfWriter(clone_from=reader)
    writer.metadata = None
    # A catalog without its /Type is one pypdf had to search for: say what it is.
    writer.root_object[NameObject("/Type")] = NameObject("/Catalog")
    return writer, removed


def _strip(owner: DictionaryObject, page: int | None) -> list[Said]:
    """Remove the private keys of the document (page None) or of page `page`."""
    removed = []
    for key, code in _PRIVATE_KEYS.items():
        if key in owner:
            del owner[NameObject(key)]
            removed.append(Said(code, where=page))
    return removed


def _write_atomically(writer: PdfWriter, target: Path) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".pdf.tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            writer.write(out)
        # mkstemp makes the file private (0600); a web server running as another user must
        # be able to serve the annex: keep the original's mode, or a new file's usual one.
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remaining(target: Path, before: PdfFacts) -> list[str]:
    """Findings the cleaning cannot fix (active content, scans), read from the new file."""
    after = read_pdfs([target])[target]
    if isinstance(after, str):
        return [Said("clean-unreadable", reason=after)]
    if after.text != before.text:
        return [Said("clean-text-changed")]
    # The team runs `woo opschonen`: the findings in Dutch, as `woo controleer` gives them.
    return [f.dutch() for f in after.findings]
