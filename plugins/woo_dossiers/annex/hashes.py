"""Content hashes of annex files, reused while a file is unchanged on disk.

The annex cache is keyed by each file's SHA-256, so a warm build would still
read every PDF in full just to find its entry. This index remembers, per
absolute path, the (size, mtime_ns, inode, ctime_ns) a hash was computed for; a file
whose stat is unchanged reuses its hash without being read. Anything changed
is hashed again (a touched file with the same bytes then still finds its
cache entry by content). The change time counts because the modification time can be
set back: a PDF redacted in place with its size and time kept (`cp -p` onto it,
`touch -r`) must never keep the unredacted PDF's hash, and with it its text; no
program can set the change time back.

A file modified within a second or two of being hashed is not remembered:
a second write in the same timestamp tick would keep size and mtime, so only
files that have been quiet for a while are trusted ("racy" entries, as git calls
them). The index is one JSON file, written atomically, ignored when it cannot
be read, and holds only the files of the latest build. Each entry carries a
checksum of its own fields, so an entry that was damaged on disk (two hashes
swapped, a digit changed) is not believed: that file is hashed again, and its
content finds its own cache entry. (The checksum guards against damage, not
against someone who can write the cache: they could write any entry.)
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..workfiles import QUIET_NS as _QUIET_NS
from ..workfiles import Stamp, write_atomically
from ..workfiles import stamp as _stamp
from .cache import content_key

log = logging.getLogger("woo_dossiers.annex")

INDEX_FILE = "annex-hashes.index"
_FORMAT = 3  # 2: each entry carries the checksum of its fields; 3: and the change time
_HASH = re.compile(r"[0-9a-f]{64}")


class HashIndex:
    def __init__(self, folder: Path | None, now: Callable[[], int] = time.time_ns) -> None:
        """`now`: the clock (nanoseconds since the epoch, like mtimes) that says how long a
        file has been quiet; tests pass their own so that no outcome depends on timing."""
        self.file = folder / INDEX_FILE if folder is not None else None
        self.now = now
        self._known: dict[str, tuple[Stamp, str]] | None = None  # read when first asked
        self.seen: dict[str, tuple[Stamp, str]] = {}
        self.hashed = 0  # files read and hashed (not answered from the index)

    @property
    def known(self) -> dict[str, tuple[Stamp, str]]:
        """The entries as loaded (read once, when first asked: a build that reads no PDF,
        every dossier's model taken over, kept_models.py, does not read it at all)."""
        if self._known is None:
            self._known = _load(self.file) if self.file is not None else {}
        return self._known

    def key(self, path: Path) -> str:
        """The file's SHA-256; raises OSError if it cannot be read."""
        # The entry's name: absolute, not resolved, as realpath costs a system call per
        # folder. Two files one name has stood for (a link moved) differ in their stamp,
        # which is always taken of `path` itself, like the hash.
        name = os.path.abspath(path)
        before = _stamp(path)
        entry = self.known.get(name)
        # An entry only stands for a file we may read: answering from it must not hide
        # that the file became unreadable.
        if entry is not None and entry[0] == before and os.access(path, os.R_OK):
            self.seen[name] = entry
            return entry[1]
        digest = content_key(path)
        self.hashed += 1
        # Quiet by the modification time, as before the change time counted: a second
        # rewrite in place within one change-time tick (a few milliseconds), its
        # modification time set back again, is not a case we guard against.
        if _stamp(path) == before and self.now() - before[1] > _QUIET_NS:
            self.seen[name] = (before, digest)
        return digest

    def save(self, unread: Iterable[str] = ()) -> None:
        """Write the entries of the files seen since loading, and of `unread`: files the
        build uses without asking (the annexes of dossiers whose models it took over,
        kept_models.py), each while its stamp is the one hashed; no others. Nothing is
        written when nothing was asked (the index stays as it is)."""
        if self.file is None or (self._known is None and not self.seen):
            return
        entries = dict(self.seen)
        for path in unread:
            name = os.path.abspath(path)
            entry = self.known.get(name)
            if entry is not None and name not in entries:
                try:
                    if _stamp(name) == entry[0]:
                        entries[name] = entry
                except OSError:  # gone: its dossier will say so when it is loaded anew
                    pass
        if entries == self.known:
            return
        data = {"format": _FORMAT,
                "files": {path: [*stamp, digest, _checksum(path, stamp, digest)]
                          for path, (stamp, digest) in entries.items()}}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(data).encode("utf-8")
            write_atomically(self.file, lambda out: out.write(text))
        except OSError as error:  # a read-only disk must not fail the build
            log.warning("annex hash index not written (%s)", error)


def _load(file: Path) -> dict[str, tuple[Stamp, str]]:
    """The stored entries; anything unreadable or malformed counts as absent."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        files = data["files"] if data.get("format") == _FORMAT else {}
        entries = files.items()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    known: dict[str, tuple[Stamp, str]] = {}
    for path, entry in entries:
        if (isinstance(entry, list) and len(entry) == 6
                and all(type(n) is int for n in entry[:4])
                and isinstance(entry[4], str) and _HASH.fullmatch(entry[4])):
            stamp: Stamp = (entry[0], entry[1], entry[2], entry[3])
            if entry[5] == _checksum(path, stamp, entry[4]):
                known[path] = (stamp, entry[4])
    return known


def _checksum(path: str, stamp: Stamp, digest: str) -> str:
    """What an entry says, hashed: an entry whose fields were changed on disk no longer matches."""
    fields = json.dumps([path, *stamp, digest]).encode("utf-8")
    return hashlib.blake2b(fields, digest_size=8).hexdigest()
