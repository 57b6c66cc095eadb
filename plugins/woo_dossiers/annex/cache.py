"""A disk cache of what was read from each annex, so unchanged annexes are not parsed again.

Keyed by the file's content (SHA-256) and the reader's version: renaming or
moving a file keeps its entry, changing one byte or upgrading the reader
(or pypdf) does not. Two JSON files per entry, each written atomically: the
facts (`<key>.json`, small: read on every build) and the text per page
(`<key>.text.json`, read only when the annex's text page is written, see
StoredText). An entry that cannot be read back is ignored and written again.
Beside them the build keeps what it makes from the text (`<key>.html.json`, the
text pages' HTML; StoredText.derived), checked the same way before use.

A scanned annex's entry also depends on the text recognition (ocr.py): it holds
the tag of the Tesseract that recognised it (or None when there was none), and is
used only by a build with the same; beside it, `<key>.ocr.pdf` is the PDF with its
text layer that the site publishes. Other entries do not change with Tesseract.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
from pypdfium2 import version as pdfium_version

from ..latest import Latest
from ..workfiles import QUIET_NS, Stamp, stamp, write_atomically
from .facts import PdfFacts, StoredText, from_plain, text_digest, to_plain

# Bump when what the reader extracts or checks changes, so old entries are not reused.
READER_VERSION = f"annex-9+pypdf-{pypdf.__version__}+pdfium-{pdfium_version.PDFIUM_INFO.build}"
# The folder of this version's entries: the version with characters a folder name avoids.
_VERSION_FOLDER = "".join(c if c.isalnum() or c in ".-+" else "_" for c in READER_VERSION)


def content_key(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class EntryMemo:
    """The entries `Cache.get` read, for the next build of the same process (`mkdocs
    serve`): an entry whose file has the same stamp (size, times, inode) is not read and
    parsed again. Everything `get` checks beyond the entry's own content (the text file's
    size, the published PDF's, the Tesseract) is checked as before; a changed PDF has
    another content key, so another entry. Holds the entries of the latest build only."""

    def __init__(self, now: Callable[[], int] = time.time_ns) -> None:
        self.now = now
        self._entries: Latest[str, tuple[Stamp, Any]] = Latest()

    def start_build(self) -> None:
        self._entries.start()

    def read(self, entry: str) -> Any:
        """The entry's JSON, parsed (raises OSError or ValueError as reading it would)."""
        before = stamp(entry)
        known = self._entries.get(entry)
        if known is not None and known[0] == before:
            return known[1]
        data = _read_json(entry)
        # Only an entry quiet for a while: one rewritten in place within its timestamp
        # tick would keep its stamp.
        if self.now() - max(before[1], before[3]) > QUIET_NS:
            self._entries.put(entry, (before, data))
        return data


class Cache:
    def __init__(self, folder: Path, ocr: str | None = None, memo: EntryMemo | None = None) -> None:
        """`ocr`: the tag of this build's Tesseract (ocr.Engine.tag), None without one.
        `memo`: the entries the previous build of this process read (serve)."""
        self.folder = folder
        self.ocr = ocr
        self.memo = memo

    def _entry(self, key: str, suffix: str = ".json") -> Path:
        return Path(self._entry_name(key, suffix))

    def _entry_name(self, key: str, suffix: str = ".json") -> str:
        # A string: every build asks for each annex's entries (26,000 at 10,000 dossiers),
        # and pathlib's joins cost more than the file's read.
        return f"{self.folder}/{_VERSION_FOLDER}/{key[:2]}/{key}{suffix}"

    def _text_entry(self, key: str) -> Path:
        return self._entry(key, ".text.json")

    def ocr_file(self, key: str) -> Path:
        """Where the PDF given a text layer is kept (the worker writes it)."""
        return self._entry(key, ".ocr.pdf")

    def get(self, key: str) -> PdfFacts | str | None:
        """The cached facts, their text left on disk; None when absent or damaged."""
        entry = self._entry_name(key)
        try:
            data = self.memo.read(entry) if self.memo is not None else _read_json(entry)
            if data.get("key") != key or data.get("reader") != READER_VERSION:
                return None
            plain = data["result"]
            if "refused" in plain:
                return from_plain(plain)
            scanned = plain["ocr_pages"] or any(f[0] == "no-text" for f in plain["findings"])
            if scanned and plain["ocr"] != self.ocr:
                return None  # recognised by another Tesseract, or not at all: do it again
            if plain["published"] is not None:
                published = self.ocr_file(key)
                if published.stat().st_size != plain["size"]:
                    return None
                plain = plain | {"published": str(published)}  # where the cache is now (a
                # new dict: the memo's stays as read)
            text_entry = self._entry_name(key, ".text.json")
            # The size written beside the facts: a text file cut short or replaced is
            # noticed here, without reading it, and the PDF is read again.
            if os.stat(text_entry).st_size != plain["text_bytes"]:
                return None
            facts = from_plain(plain | {"text": []})
            assert isinstance(facts, PdfFacts)
            return replace(facts, text=StoredText(Path(text_entry), int(plain["text_pages"]),
                                                  str(plain["text_digest"])))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, AssertionError):
            return None  # corrupt or foreign: read the PDF again and overwrite

    def put(self, key: str, result: PdfFacts | str) -> PdfFacts | str:
        """Store `result`; returns it with its text left in the cache (StoredText)."""
        entry = self._entry(key)
        entry.parent.mkdir(parents=True, exist_ok=True)
        plain = to_plain(result)
        if isinstance(result, PdfFacts):
            if plain["published"] is not None:
                plain["published"] = self.ocr_file(key).name  # found again by its key
            text_entry = self._text_entry(key)
            text = json.dumps(plain.pop("text"), ensure_ascii=False).encode("utf-8")
            write_atomically(text_entry, lambda out: out.write(text))
            plain["text_bytes"] = len(text)
            plain["text_digest"] = text_digest(text)
            plain["text_pages"] = len(result.text)
            result = replace(result, text=StoredText(text_entry, len(result.text),
                                                     plain["text_digest"]))
        data = {"key": key, "reader": READER_VERSION, "result": plain}
        _write_atomically(entry, json.dumps(data, ensure_ascii=False))
        return result


def _write_atomically(path: Path, text: str) -> None:
    # A crash never leaves half a file, and a killed build's temporary file is removed later.
    data = text.encode("utf-8")
    write_atomically(path, lambda out: out.write(data))


def _read_json(path: str) -> Any:
    with open(path, encoding="utf-8") as file:
        return json.loads(file.read())
