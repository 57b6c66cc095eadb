"""Each doc's analysis (analysis.py) as a bundle's last writing made it, to write the bundle
again without analysing the docs that did not change.

A bundle is one index over all its docs, so one new or changed doc writes it anew
(bundles.py, annex_bundle.py). Most of that writing was tokenizing every doc's text; at
10,000 dossiers one edited letter cost the text of every page, and one new dossier that of
every annex. Now a doc whose key (everything its analysis is made of) was in the last
writing takes its analysis from there; only the postings are merged and written again.

The cache is a folder per bundle and code version: `docs.bin` (records one after another,
each `marshal` data: no code runs when read) and `index` (key -> place, length and hash of
its record). A writing reads the previous folder and fills a new one with the records of
this writing's docs only, which replaces the previous when the bundle is complete; a record
whose bytes do not match its hash is analysed again, so a damaged cache costs time, never a
wrong index.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from ..workfiles import remove, running
from .analysis import Analysed

DATA, INDEX = "docs.bin", "index"


def doc_key(*parts: Any) -> str:
    """A key of what a doc's analysis is made of (JSON-like values)."""
    return hashlib.blake2b(marshal.dumps(parts), digest_size=16).hexdigest()


class DocCache:
    """One writing of a bundle: `get` a doc's earlier analysis, `put` a new one, `commit`."""

    def __init__(self, folder: Path) -> None:
        """folder: this bundle's and code version's cache (its siblings of the same bundle
        and other versions are removed on commit)."""
        self.folder = folder
        self.reused = 0
        _remove_abandoned(folder)
        self._new = folder.parent / f".{folder.name}.{os.getpid()}"
        remove(self._new)
        self._old: dict[str, tuple[int, int, bytes]] = _read_index(folder / INDEX)
        self._old_data: IO[bytes] | None = None
        if self._old:
            try:
                self._old_data = (folder / DATA).open("rb")
            except OSError:
                self._old = {}
        self._index: dict[str, tuple[int, int, bytes]] = {}
        self._data: IO[bytes] | None = None
        self._size = 0

    def analysis(self, key: str, analyse: Callable[..., Analysed], *args: Any) -> Analysed:
        """The doc's analysis from the last writing, or `analyse(*args)`'s; kept for the next."""
        analysed = self.get(key)
        if analysed is None:
            analysed = analyse(*args)
            self.put(key, analysed)
        return analysed

    def get(self, key: str) -> Analysed | None:
        """The doc's analysis from the last writing (kept for the next one too), or None."""
        place = self._old.get(key)
        if place is None or self._old_data is None:
            return None
        # The index is read from disk too: an entry of the wrong shape or a negative place
        # (damage) makes the doc be analysed again, never a failed build.
        try:
            offset, length, digest = place
            if not (isinstance(offset, int) and isinstance(length, int) and offset >= 0
                    and length >= 0 and isinstance(digest, bytes)):
                return None
            self._old_data.seek(offset)
            record = self._old_data.read(length)
            if len(record) != length or hashlib.blake2b(record, digest_size=16).digest() != digest:
                return None
            analysed = Analysed(*marshal.loads(record))
        except (ValueError, EOFError, TypeError, OSError):
            return None
        if key not in self._index:  # asked again (Writing.take, then Writing.doc): kept once
            self._append(key, record, digest)
            self.reused += 1
        return analysed

    def put(self, key: str, analysed: Analysed) -> None:
        record = marshal.dumps(tuple(analysed))
        self._append(key, record, hashlib.blake2b(record, digest_size=16).digest())

    def commit(self) -> None:
        """The bundle is complete: this writing's records become the cache."""
        self._close()
        if self._data is None:  # no doc: an empty cache
            self._new.mkdir(parents=True, exist_ok=True)
            (self._new / DATA).write_bytes(b"")
        (self._new / INDEX).write_bytes(marshal.dumps(self._index))
        old = self.folder.parent / f".{self.folder.name}.old.{os.getpid()}"
        if self.folder.exists():
            os.rename(self.folder, old)
        os.rename(self._new, self.folder)
        remove(old)
        family = self.folder.name.partition("-")[0]
        for other in self.folder.parent.glob(f"{family}-*"):
            if other != self.folder:
                remove(other)

    def abandon(self) -> None:
        self._close()
        remove(self._new)

    def _append(self, key: str, record: bytes, digest: bytes) -> None:
        if self._data is None:
            self._new.mkdir(parents=True, exist_ok=True)
            self._data = (self._new / DATA).open("wb")
        self._data.write(record)
        self._index[key] = (self._size, len(record), digest)
        self._size += len(record)

    def _close(self) -> None:
        if self._old_data is not None:
            self._old_data.close()
            self._old_data = None
        if self._data is not None:
            self._data.close()


def _remove_abandoned(folder: Path) -> None:
    """Work of killed writings of this bundle's cache, whatever its code version: the new
    folder being filled (`.<name>.<pid>`) and the previous one set aside in commit
    (`.<name>.old.<pid>`)."""
    family = folder.name.partition("-")[0]
    for entry in folder.parent.glob(f".{family}-*"):
        pid = entry.name.rpartition(".")[2]
        if pid.isdigit() and not running(int(pid)):
            remove(entry)


def _read_index(path: Path) -> dict[str, tuple[int, int, bytes]]:
    try:
        index = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return index if isinstance(index, dict) else {}
