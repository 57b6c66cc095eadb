"""Rewrite an annex without metadata, XMP and history: what `woo opschonen` runs.

The rewrite is complete, never incremental: pypdf copies only the objects the
current version uses into a new file, so earlier versions kept by incremental
saves are left behind. A file with fake redaction is refused, because cleaning
cannot make covered text go away; it has to be redacted properly.

The report is Dutch: the communications team runs this command.
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

from .damage import break_outline_loops
from .facts import PdfFacts, Refusal
from .reader import read_pdfs
from .revisions import earlier_revisions

# Cleaning cannot make hidden text go away: the redaction has to be redone.
REFUSE_CODES = {"hidden-text", "unapplied-redaction"}
# Application-private data (/PieceInfo) can hold an editor's whole earlier document.
_PRIVATE_KEYS = ("/Metadata", "/PieceInfo")


@dataclass
class CleanResult:
    path: Path
    refused: str | None = None  # why the file was not cleaned (Dutch)
    removed: list[str] = field(default_factory=list)  # what was removed (Dutch)
    remaining: list[str] = field(default_factory=list)  # what still needs work (Dutch findings)


def clean_annex(source: Path, target: Path | None = None) -> CleanResult:
    target = target or source
    result = CleanResult(path=source)
    # Read through the safe reader first: limits, and the hidden-text check.
    facts = read_pdfs([source])[source]
    if isinstance(facts, str):
        reason = facts.dutch() if isinstance(facts, Refusal) else facts
        result.refused = f"het bestand is niet te lezen: {reason}"
        return result
    refusals = [f.dutch() for f in facts.findings if f.code in REFUSE_CODES]
    if refusals:
        result.refused = (
            "er staat tekst in het bestand die niet te zien is (een mislukte lakking); "
            "opschonen lost dat niet op. Doe de lakking opnieuw in de laksoftware, zodat de "
            "tekst zelf verdwijnt, en exporteer de PDF opnieuw. Gevonden: "
            + "; ".join(refusals)
        )
        return result
    data = source.read_bytes()
    writer, removed = _rewrite(data)
    history = len(earlier_revisions(data))
    if history:
        removed.append(f"{history} eerdere versie(s) uit incrementeel opslaan")
    _write_atomically(writer, target)
    result.removed = removed
    result.remaining = _remaining(target, facts)
    return result


def _rewrite(data: bytes) -> tuple[PdfWriter, list[str]]:
    reader = PdfReader(io.BytesIO(data))
    removed: list[str] = []
    if reader.is_encrypted:
        reader.decrypt("")  # only files that open without a password get here
        removed.append("beveiliging (beperkingen op kopiëren of afdrukken)")
    info = reader.metadata
    if info:
        fields = sorted(key.lstrip("/") for key, value in info.items() if str(value).strip())
        if fields:
            removed.append("documenteigenschappen: " + ", ".join(fields))
    # Strip the reader's objects in memory first: cloning then copies only what the
    # current version still references, so stripped and superseded objects stay behind.
    removed += _strip(reader.root_object, "document")
    for number, page in enumerate(reader.pages, start=1):
        removed += _strip(page, f"pagina {number}")
    # A loop in the bookmarks would be copied as it is; cut it so the bookmarks stay.
    loops = break_outline_loops(reader.root_object)
    if loops:
        removed.append(f"{loops} verwijzing(en) waardoor de bladwijzers in een kring liepen")
    writer = PdfWriter(clone_from=reader)
    writer.metadata = None
    # A catalog without its /Type is one pypdf had to search for: say what it is.
    writer.root_object[NameObject("/Type")] = NameObject("/Catalog")
    return writer, removed


def _strip(owner: DictionaryObject, where: str) -> list[str]:
    removed = []
    for key in _PRIVATE_KEYS:
        if key in owner:
            del owner[NameObject(key)]
            what = "XMP-metadata" if key == "/Metadata" else "programmagegevens (PieceInfo)"
            removed.append(f"{what} ({where})")
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
        return [after.dutch() if isinstance(after, Refusal) else after]
    if after.text != before.text:
        return ["de tekst van het opgeschoonde bestand verschilt van het origineel; controleer het"]
    # The team runs `woo opschonen`: the findings in Dutch, as `woo controleer` gives them.
    return [f.dutch() for f in after.findings]
