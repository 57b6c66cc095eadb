"""Entries by a dossier folder's path, kept on disk in shards of pickles: read all at once,
and written again only the shards whose entries changed.

Two caches keep what a dossier folder gave while its files stay the same: the parsed sources
(cache.py) and the models built from them (kept_models.py). At 10,000 dossiers either is more
than 100 MB: written whole after every edit, it cost about 3 s a build; in SHARDS files by
folder, an edit writes one.

A cache is only an optimisation: a shard that cannot be read, was written by another version
of the code (`version`) or another format, or whose bytes are not those written (a digest is
kept with them), counts as empty, and its dossiers are made afresh. (It is a pickle in the
project's own cache folder, written by this code; whoever can write there can change the
plugin's code just as well.)
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..workfiles import remove, write_atomically

SHARDS = 64
V = TypeVar("V")


class Shards(Generic[V]):
    def __init__(self, folder: Path | None, fmt: int, version: str) -> None:
        """`folder`: where the shards are (None: in memory only); `fmt`, `version`: what a
        shard must have been written with to be read (its format, the code's version)."""
        self.folder, self.fmt, self.version = folder, fmt, version
        self.entries: dict[str, V] = {}
        self._dirty: set[int] = set()  # shards whose entries changed since they were written
        if folder is not None:
            self._read(folder)

    def put(self, key: str, value: V) -> None:
        self.entries[key] = value
        self._dirty.add(_shard(key))

    def keep_only(self, keys: set[str]) -> None:
        """Forget every entry but those of `keys` (the folders of this build)."""
        for key in set(self.entries) - keys:
            del self.entries[key]
            self._dirty.add(_shard(key))

    def write(self) -> None:
        """Write the shards whose entries changed (each atomically: never read half-written)."""
        folder, dirty, self._dirty = self.folder, self._dirty, set()
        if not dirty or folder is None:
            return
        if not folder.is_dir():
            remove(folder)  # a file in its place (or nothing)
            folder.mkdir(parents=True)
        shards: dict[int, dict[str, V]] = {n: {} for n in dirty}
        for key, entry in self.entries.items():
            if (n := _shard(key)) in shards:
                shards[n][key] = entry
        for n, entries in shards.items():
            if not entries:
                remove(folder / _shard_file(n))
                continue
            payload = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
            content = (self.fmt, self.version, n, _digest(payload), payload)
            write_atomically(folder / _shard_file(n), lambda out, content=content: pickle.dump(
                content, out, protocol=pickle.HIGHEST_PROTOCOL))

    def _read(self, folder: Path) -> None:
        for n in range(SHARDS):
            try:
                with (folder / _shard_file(n)).open("rb") as handle:
                    fmt, version, shard, digest, payload = pickle.load(handle)
                # A shard changed on disk is read as no cache at all, never as other
                # dossiers; and only under its own name (a stale copy never overrides a newer one).
                if fmt != self.fmt or version != self.version or shard != n \
                        or digest != _digest(payload):
                    continue
                entries: Any = pickle.loads(payload)
            except Exception:
                continue
            if isinstance(entries, dict):
                self.entries.update(entries)


def _shard(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=2).digest(), "big") % SHARDS


def _shard_file(n: int) -> str:
    return f"{n:02d}.pickle"


def _digest(payload: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=16).hexdigest()
