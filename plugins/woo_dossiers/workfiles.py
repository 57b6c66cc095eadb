"""Work files named after the build process that made them, and clearing those of killed builds.

A build keeps some of its work on disk in the cache folder (mkdocs_adapter/scratch.py,
search/bundles.py, search/annex_bundle.py) and removes it when it ends, whether it succeeded or
failed. A build that is killed cannot; the next build removes what such a build left,
which it knows by the process id in the name: that process is gone. Work of a build
that is still running (another `mkdocs build` on the same project) is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO

from .served import ServedFolder

_PID = re.compile(r"\d+")
# A file unmodified this long cannot change within its timestamp's tick (a file system
# with coarse times): only then does its stamp vouch for its content.
QUIET_NS = 2_000_000_000
Stamp = tuple[int, int, int, int]  # size, mtime_ns, inode, ctime_ns
TEMPORARY = "tmp-"  # a file being written: tmp-<pid>-<random>.tmp beside its final name
# Where the cache holds files written through write_atomically: its own folder, and the
# annex cache's <reader version>/<first two hex digits of the hash>/ folders.
_TEMPORARY_FOLDERS = ("", "*/*/")


def remove_abandoned(folder: Path, prefix: str) -> None:
    """Remove the entries `<prefix><pid>…` in `folder` whose process is no longer running."""
    if not folder.is_dir():
        return
    for entry in folder.glob(f"{prefix}*"):
        pid = _PID.match(entry.name.removeprefix(prefix))
        if pid and not running(int(pid.group())):
            remove(entry)


def remove(path: Path) -> None:
    """Remove a work file or folder, if it is there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OverflowError:  # not a process id at all
        return False
    return True


def write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write `path` through a temporary file beside it and rename, so that a reader never
    sees half a file. The temporary name carries this process's id: if the process is
    killed or the disk fills, the next build knows the file as abandoned and removes it
    (`remove_abandoned_temporaries`)."""
    temporary = path.with_name(f"{TEMPORARY}{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("wb") as out:
            write(out)
        os.replace(temporary, path)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and error.filename is None:
            error.filename = str(path)  # write() on a full disk names no file: say which
        raise


def remove_abandoned_temporaries(cache_dir: Path) -> None:
    """Remove the temporary files of killed processes anywhere write_atomically writes."""
    for pattern in _TEMPORARY_FOLDERS:
        for folder in {entry.parent for entry in cache_dir.glob(f"{pattern}{TEMPORARY}*")}:
            remove_abandoned(folder, TEMPORARY)


def linked_only_from(source: str | Path, previous: str | Path | None) -> bool:
    """Whether `source`, a file the build keeps (in its cache), is hard-linked from nowhere but
    its own folder and perhaps `previous` (the same file in the site this build replaces),
    so that linking it into the new site shares it with nothing that outlives the build. A
    site kept aside (moved away, copied with links, a symlinked site/ replaced) still links
    it: the new site then gets a copy, so an edit in place of one never changes the other."""
    try:
        found = os.stat(source)
    except OSError:
        return False
    links = 1
    if previous is not None:
        with contextlib.suppress(OSError):  # no such file there: no link of it there
            links += os.path.samestat(found, os.stat(previous))
    return found.st_nlink <= links


class Folders:
    """The folders one build has made in its output, so that a file placed there costs a
    `mkdir` only for its folder's first file (`os.makedirs` for each of 3,700 kept pages
    and 2,500 annex PDFs at 1,000 dossiers was most of placing them). One per build: a
    folder removed between builds (serve empties its folder) is made again. Under `mkdocs
    serve`, `kept` is the previous rebuild's folder, where a file may stay (served.py)."""

    def __init__(self, kept: ServedFolder | None = None) -> None:
        self._made: set[str] = set()
        self.kept = kept

    def left_in_place(self, source: str, destination: str) -> bool:
        """Whether `source`, to be linked at `destination`, is there already (see `kept`)."""
        return self.kept is not None and self.kept.leave(source, destination)

    def make_for(self, path: str) -> None:
        """Make the folder `path` goes in, unless this build already did."""
        folder = os.path.dirname(path)
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)


def stamp_of(status: os.stat_result) -> Stamp:
    """What tells a file's content from another's without reading it: its size and times,
    and its inode and change time, which no program can set back (a PDF redacted in place
    with its size kept and its modification time restored still gets another ctime)."""
    return status.st_size, status.st_mtime_ns, status.st_ino, status.st_ctime_ns


def stamp(path: str | Path) -> Stamp:
    return stamp_of(os.stat(path))

