"""Parsed and checked dossier sources, kept while their files stay the same.

Parsing dossier.yml, running the JSON Schema and the per-dossier checks cost a
few milliseconds a dossier: at 10,000 dossiers that is more than the budget a
rebuild has on top of MkDocs itself. A dossier folder whose files are unchanged
gives the same `DossierSource` (data, line numbers, letter, problems), so we
keep it in memory (for `mkdocs serve`, which makes a new plugin for every
rebuild but keeps this module) and on disk (for the next `mkdocs build`), in
shards by folder, so that a build writes again only the shards of the dossiers
that changed.

Only what `loader.read_source` produces is kept. PDF facts have their own cache
(`annex.read_pdfs`); checks across dossiers (`validate.check_references`) run on every
build, because another dossier's change can break them.

A folder's fingerprint is the bytes of dossier.yml plus the name, kind, size,
modification time, inode and change time of every file in the folder (the change
time because the modification time can be set back after an edit in place), and the
source of this package, so that a new version of the checks never reuses old results.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from importlib import resources
from pathlib import Path

from ..workfiles import remove, stamp_of
from .dossier_source import DossierSource
from .shards import Shards

CACHE_FILE = "sources"  # a folder of shards (shards.py): <shard>.pickle
_CACHE_FORMAT = 3  # 2: the sources are written with a digest of their bytes; 3: in shards
_UNSHARDED = "sources.pickle"  # format 2's file beside the folder


class SourceCache:
    """Fingerprint -> DossierSource, for every dossier folder of one site."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        # folder -> (fingerprint, source)
        self.kept: Shards[tuple[str, DossierSource]] = Shards(folder, _CACHE_FORMAT, code_version())
        self.entries = self.kept.entries
        self.seen: set[str] = set()
        self.reused = 0  # sources taken from the cache in the last build
        self.parsed = 0  # sources read afresh in the last build

    def start_build(self) -> None:
        self.seen.clear()
        self.reused = self.parsed = 0

    def get(self, folder: Path, fingerprint: str) -> DossierSource | None:
        """A copy of the source cached for `folder` if its fingerprint still matches."""
        key = str(folder)
        self.seen.add(key)
        found = self.entries.get(key)
        if found is None or found[0] != fingerprint:
            return None
        self.reused += 1
        # Later steps add problems (references, unreadable PDFs): never to the cached list.
        return replace(found[1], problems=list(found[1].problems))

    def put(self, folder: Path, fingerprint: str, src: DossierSource) -> None:
        self.seen.add(str(folder))
        self.parsed += 1
        self.kept.put(str(folder), (fingerprint, replace(src, problems=list(src.problems))))

    def finish_build(self) -> None:
        """Forget folders that are gone and write the shards whose entries changed."""
        self.kept.keep_only(self.seen)
        if self.folder is not None and not self.folder.is_dir():
            remove(self.folder.with_name(_UNSHARDED))  # the whole cache in one file, before
        self.kept.write()


def fingerprint(folder: Path, yml_bytes: bytes) -> str:
    digest = hashlib.blake2b(yml_bytes, digest_size=16)
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            info = entry.stat(follow_symlinks=False)
            kind = "l" if entry.is_symlink() else "d" if entry.is_dir() else "f"
            # Its stamp (workfiles.stamp_of): a letter rewritten in place with its size and
            # modification time kept (`cp -p`, `touch -r`: a name blacked out letter for
            # letter) gets a new change time, which no program can set back.
            digest.update(f"\0{entry.name}\0{kind}\0".encode()
                          + "\0".join(map(str, stamp_of(info))).encode())
    return digest.hexdigest()


_code_version: str | None = None


def code_version() -> str:
    """A hash of this package's code and schema: a new version invalidates old entries."""
    global _code_version
    if _code_version is None:
        digest = hashlib.blake2b(digest_size=16)
        package = Path(str(resources.files("woo_dossiers")))
        for path in sorted(package.rglob("*")):
            if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts:
                # Paths inside the package: the same code in another checkout reuses the cache.
                name = path.relative_to(package).as_posix()
                digest.update(name.encode() + b"\0" + path.read_bytes())
        _code_version = digest.hexdigest()
    return _code_version


_shared: dict[str, SourceCache] = {}


def shared_cache(folder: Path) -> SourceCache:
    """One cache per cache folder for the life of the process (all `mkdocs serve` rebuilds)."""
    key = str(folder)
    if key not in _shared:
        _shared[key] = SourceCache(folder)
    return _shared[key]


def release_shared(folder: Path) -> None:
    """Forget the cache kept for `folder`: a one-off build needs none of it once its dossiers
    are loaded (it is on disk for the next build), and it is the size of every parsed source."""
    _shared.pop(str(folder), None)
