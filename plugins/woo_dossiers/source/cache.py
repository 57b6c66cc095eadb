"""Parsed and checked dossier sources, kept while their files stay the same.

Parsing dossier.yml, running the JSON Schema and the per-dossier checks cost a
few milliseconds a dossier: at 10,000 dossiers that is more than the budget a
rebuild has on top of MkDocs itself. A dossier folder whose files are unchanged
gives the same `DossierSource` (data, line numbers, letter, problems), so we
keep it in memory (for `mkdocs serve`, which makes a new plugin for every
rebuild but keeps this module) and on disk (for the next `mkdocs build`).

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
import pickle
from dataclasses import replace
from importlib import resources
from pathlib import Path

from ..workfiles import stamp_of, write_atomically
from .dossier_source import DossierSource

CACHE_FILE = "sources.pickle"
_CACHE_FORMAT = 2  # 2: the sources are written with a digest of their bytes


class SourceCache:
    """Fingerprint -> DossierSource, for every dossier folder of one site."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file
        self.entries: dict[str, tuple[str, DossierSource]] = {}  # folder -> (fingerprint, source)
        self.seen: set[str] = set()
        self.reused = 0  # sources taken from the cache in the last build
        self.parsed = 0  # sources read afresh in the last build
        self._dirty = False
        if file is not None:
            self._read(file)

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
        self.entries[str(folder)] = (fingerprint, replace(src, problems=list(src.problems)))
        self._dirty = True

    def finish_build(self) -> None:
        """Forget folders that are gone and write the cache file if anything changed."""
        for key in set(self.entries) - self.seen:
            del self.entries[key]
            self._dirty = True
        if self._dirty and self.file is not None:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            payload = pickle.dumps(self.entries, protocol=pickle.HIGHEST_PROTOCOL)
            content = (_CACHE_FORMAT, code_version(), _digest(payload), payload)
            # Atomic: a build never reads half a file.
            write_atomically(self.file, lambda out: pickle.dump(
                content, out, protocol=pickle.HIGHEST_PROTOCOL))
        self._dirty = False

    def _read(self, file: Path) -> None:
        # The cache is only an optimisation: anything unexpected means starting afresh.
        # (It is a pickle in the project's own cache folder, written by this code; whoever
        # can write there can change the plugin's code just as well.)
        try:
            with file.open("rb") as handle:
                fmt, version, digest, payload = pickle.load(handle)
            # The sources are checked against the digest written with them: a file changed
            # on disk is read as no cache at all, never as other dossiers.
            if fmt != _CACHE_FORMAT or version != code_version() or digest != _digest(payload):
                return
            entries = pickle.loads(payload)
        except Exception:
            return
        if isinstance(entries, dict):
            self.entries = entries


def _digest(payload: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


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


def shared_cache(file: Path) -> SourceCache:
    """One cache per cache file for the life of the process (all `mkdocs serve` rebuilds)."""
    key = str(file)
    if key not in _shared:
        _shared[key] = SourceCache(file)
    return _shared[key]


def release_shared(file: Path) -> None:
    """Forget the cache kept for `file`: a one-off build needs none of it once its dossiers
    are loaded (it is on disk for the next build), and it is the size of every parsed source."""
    _shared.pop(str(file), None)
