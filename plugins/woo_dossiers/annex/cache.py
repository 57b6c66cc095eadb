"""A disk cache of what was read from each annex, so unchanged annexes are not parsed again.

Keyed by the file's content (SHA-256) and the reader's version: renaming or
moving a file keeps its entry, changing one byte or upgrading the reader
(or pypdf) does not. One small JSON file per entry, written atomically; an
entry that cannot be read back is ignored and written again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import pypdf

from .facts import PdfFacts, from_plain, to_plain

# Bump when what the reader extracts or checks changes, so old entries are not reused.
READER_VERSION = f"annex-3+pypdf-{pypdf.__version__}"


def content_key(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Cache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _entry(self, key: str) -> Path:
        version = "".join(c if c.isalnum() or c in ".-+" else "_" for c in READER_VERSION)
        return self.folder / version / key[:2] / f"{key}.json"

    def get(self, key: str) -> PdfFacts | str | None:
        entry = self._entry(key)
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            if data.get("key") != key or data.get("reader") != READER_VERSION:
                return None
            return from_plain(data["result"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # corrupt or foreign: read the PDF again and overwrite

    def put(self, key: str, result: PdfFacts | str) -> None:
        entry = self._entry(key)
        entry.parent.mkdir(parents=True, exist_ok=True)
        data = {"key": key, "reader": READER_VERSION, "result": to_plain(result)}
        # Write to a temporary file and rename, so a crash never leaves half an entry.
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
