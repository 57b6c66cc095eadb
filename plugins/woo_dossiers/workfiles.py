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
from typing import IO, NamedTuple

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


def link_or_copy(source: str, target: str) -> None:
    """`target` a hard link to `source`, else (another disk, a file system without links) a
    copy with its times (copy2, so that a later build can take it for the same file). For
    `shutil.copytree`: serve's folder from the cache (search/bundles.py), a folder of the old
    site that cannot move into the new one (publish.py)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class Folders:
    """Where one build links the files it keeps (kept pages, annex PDFs, open data) into its
    output, and the folders it made there, so that a file placed there costs a `mkdir` only
    for its folder's first file (`os.makedirs` for each of 3,700 kept pages and 2,500 annex
    PDFs at 1,000 dossiers was most of placing them). One per build: a folder removed
    between builds (serve empties its folder) is made again. Under `mkdocs serve`, `kept` is
    the previous rebuild's folder, where a file may stay (served.py).

    A build that replaces a site (`previous`, whose swap can move folders in: `at_swap`,
    publish.py) holds back the files of each folder two levels down (`dossiers/<slug>`)
    until the build has written everything (`place_waiting`): a folder that the previous
    site holds as this build would make it, with the very files and nothing else, and that
    the build wrote nothing into, moves into the new site whole instead (one rename for a
    dossier's seven files, three folders, and their removal from the old site)."""

    def __init__(self, kept: ServedFolder | None = None, site: str | None = None,
                 previous: Path | None = None, at_swap: Callable[[str], bool] | None = None) -> None:
        self._made: set[str] = set()
        self.kept = kept
        # Not where the build writes into the previous site itself (--dirty, gh-deploy).
        moving = (kept is None and site is not None and previous is not None and at_swap is not None
                  and Path(site) != previous)
        self._site = f"{site}{os.sep}" if moving else None
        self._previous, self._at_swap = previous, at_swap
        self._waiting: dict[str, list[_Waiting]] = {}  # folder (site path) -> its files

    def left_in_place(self, source: str, destination: str) -> bool:
        """Whether `source`, to be linked at `destination`, is there already (see `kept`)."""
        return self.kept is not None and self.kept.leave(source, destination)

    def make_for(self, path: str) -> None:
        """Make the folder `path` goes in, unless this build already did."""
        folder = os.path.dirname(path)
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)

    def place(self, source: str, destination: str, previous: str | Path | None,
              copy: Callable[[], None]) -> None:
        """Link the kept file `source` at `destination` (`previous`: that file in the site
        this build replaces); `copy` writes it instead where it cannot be linked (another
        disk, a file already there, a site kept aside that links it too: linked_only_from).
        May wait for `place_waiting` (see the class)."""
        if self.left_in_place(source, destination):
            return
        folder = self._folder_of(destination)
        if folder is not None:
            self._waiting.setdefault(folder, []).append(_Waiting(source, destination, previous, copy))
            return
        self._link(source, destination, previous, copy)

    def place_waiting(self) -> None:
        """Every file of the build is written: each folder held back moves in at the swap,
        or its files are linked now."""
        waiting, self._waiting = self._waiting, {}
        for folder, files in waiting.items():
            if not self._moves_whole(folder, files):
                for file in files:
                    self._link(*file)

    def _folder_of(self, destination: str) -> str | None:
        if self._site is None or not destination.startswith(self._site):
            return None
        parts = destination[len(self._site):].split(os.sep, 2)
        return f"{parts[0]}/{parts[1]}" if len(parts) == 3 else None

    def _moves_whole(self, folder: str, files: list[_Waiting]) -> bool:
        assert self._site is not None and self._previous is not None and self._at_swap is not None
        if os.path.lexists(self._site + folder):  # the build wrote a file of its own there
            return False
        found = files_under(self._previous / folder)
        start = len(self._site) + len(folder) + 1
        names = [file.destination[start:].replace(os.sep, "/") for file in files]
        if found is None or found.keys() != set(names):
            return False
        for file, name in zip(files, names, strict=True):
            there = found[name]
            try:
                source = os.stat(file.source)
            except OSError:
                return False
            # The very file, linked from its cache folder and this site only.
            if not os.path.samestat(source, there) or source.st_nlink > 2:
                return False
        return self._at_swap(folder)

    def _link(self, source: str, destination: str, previous: str | Path | None,
              copy: Callable[[], None]) -> None:
        if not linked_only_from(source, previous):
            copy()
            return
        self.make_for(destination)
        try:
            os.link(source, destination)
        except OSError:
            copy()


class _Waiting(NamedTuple):
    source: str
    destination: str
    previous: str | Path | None
    copy: Callable[[], None]


def files_under(folder: Path) -> dict[str, os.stat_result] | None:
    """Each file under `folder` (POSIX path below it) with its `stat`; None without the
    folder, or with anything there but files and folders holding files."""
    files: dict[str, os.stat_result] = {}
    folders = [(str(folder), "")]
    while folders:
        here, prefix = folders.pop()
        try:
            with os.scandir(here) as entries:
                empty = True
                for entry in entries:
                    empty = False
                    if entry.is_dir(follow_symlinks=False):
                        folders.append((entry.path, f"{prefix}{entry.name}/"))
                    elif entry.is_file(follow_symlinks=False):
                        files[prefix + entry.name] = entry.stat(follow_symlinks=False)
                    else:
                        return None
        except OSError:
            return None
        if empty:
            return None
    return files


def stamp_of(status: os.stat_result) -> Stamp:
    """What tells a file's content from another's without reading it: its size and times,
    and its inode and change time, which no program can set back (a PDF redacted in place
    with its size kept and its modification time restored still gets another ctime)."""
    return status.st_size, status.st_mtime_ns, status.st_ino, status.st_ctime_ns


def stamp(path: str | Path) -> Stamp:
    return stamp_of(os.stat(path))

