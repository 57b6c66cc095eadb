"""`mkdocs serve`'s folder kept from one rebuild to the next.

MkDocs empties the folder it serves before every rebuild, and the rebuild then
places every file of the site in it again: at 1,000 dossiers, 3,700 folders made
and 11,000 files linked for one edited letter, and the old files removed. So the
plugin moves the previous rebuild's folder aside in one rename before MkDocs
empties anything (`aside`). A file the rebuild would place as a link to the very
file that is already at the same place in the folder set aside is left there
(`leave`): the same file, so the same bytes as placing it again. Everything else
is written into the new folder as before. At the end of the rebuild (`merge`)
what it wrote moves into the folder set aside, what this rebuild did not make
(a dossier removed, a bundle file no longer listed) leaves it, and it is served
again. What the folder then holds is remembered for the next merge, which removes
what was there and is no longer made without walking the folder (the first merge
walks it). So is which version of each search bundle it holds: a bundle this rebuild
would place as the previous one placed it stays whole, without a look at its
thousands of files (`kept_bundle`). After a failed rebuild (`restore`) the folder set
aside, the last site that was served whole, is served again.

The served folder is private to the serve process (a temporary folder), so
nothing else changes the files set aside between rebuilds; and a file is left in
place only when it is the same file (device and inode) as the one the rebuild
would place, or a small file with the same bytes; never by its name, size or time.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from .collector import tidy_after_rebuild

# Files up to this size are compared by their bytes when they are not the same file: reading
# two small files costs less than writing one (a file replaced in the served folder frees
# its blocks, which on a disk mounted with `discard` took 1.6 ms a file).
_COMPARED = 1024 * 1024


class ServedFolder:
    def __init__(self, served: Path, aside: Path, contents: frozenset[str] | None = None,
                 bundles: Mapping[str, str] | None = None) -> None:
        self.served = served  # the folder MkDocs serves and this rebuild writes into
        self.aside = aside  # the previous rebuild's folder
        # Its files and folders (relative paths) as the previous merge left them; None: unknown
        # (then the merge walks it to find what this rebuild no longer makes).
        self.contents = contents
        # The bundles in it (folder, relative -> key) as the previous rebuild placed them
        # whole, and those this rebuild places (or keeps), for the next one.
        self.bundles_before: Mapping[str, str] = bundles or {}
        self.bundles: dict[str, str] = {}
        self._prefix = os.path.join(os.path.abspath(served), "")
        self.left: set[str] = set()  # paths in `aside` (relative, OS form) this rebuild keeps
        self.since = time.time_ns() - 1_000_000_000  # a file newer is this rebuild's (with a tick to spare)

    @classmethod
    def set_aside(cls, served: Path, contents: frozenset[str] | None = None,
                  bundles: Mapping[str, str] | None = None) -> ServedFolder | None:
        """Move the served folder's files aside in one rename and leave an empty folder of
        the same mode in its place; None where there is nothing to keep (serve's first
        build) or that cannot be done (MkDocs then empties the folder as always).
        `contents`: what the previous `merge` returned; `bundles`: the previous rebuild's
        `bundles`."""
        aside = served.with_name(f"{served.name}.old-{secrets.token_hex(4)}")
        try:
            with os.scandir(served) as entries:
                if next(entries, None) is None:
                    return None
            mode = served.stat().st_mode & 0o7777
            served.rename(aside)
        except OSError:
            return None
        try:
            served.mkdir(mode=mode)
        except OSError:  # the name is taken after all: put the files back for MkDocs
            aside.rename(served)
            return None
        return cls(served, aside, contents, bundles)

    def leave(self, source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> bool:
        """Whether the file `source`, to be placed at `destination` in the served folder, is
        at that place in the folder set aside already: the very file, or (`source` made by
        this rebuild: a feed or a search bundle's part made again as it was) a small file of
        the same bytes; if so it stays there and nothing is to be placed."""
        destination = os.fspath(destination)
        if not destination.startswith(self._prefix) or os.path.lexists(destination):
            return False  # not in the served folder, or written there already by this rebuild
        relative = os.path.normpath(destination[len(self._prefix):])
        kept = os.path.join(self.aside, relative)
        try:
            wanted, found = os.stat(source), os.lstat(kept)
            # Compared only when made by this rebuild: a file kept from an earlier one is
            # better placed once (linked) than compared on every rebuild after.
            same = os.path.samestat(wanted, found) or (
                wanted.st_mtime_ns >= self.since and stat.S_ISREG(found.st_mode)
                and wanted.st_size == found.st_size <= _COMPARED and _read(source) == _read(kept))
        except OSError:
            return False
        if same:
            self.left.add(relative)
        return same

    def kept_bundle(self, folder: str, key: str) -> bool:
        """Whether the folder set aside holds version `key` of the bundle at `folder`
        (relative) as the previous rebuild placed it, and what that merge left in it is
        known: then the whole bundle stays, and nothing of it is to be checked or placed.
        (No file of it is looked at: nothing but this process changes the folder set aside,
        and a bundle is never changed in place, bundles.py.)"""
        folder = os.path.normpath(folder)
        if self.contents is None or self.bundles_before.get(folder) != key:
            return False
        inside = os.path.join(folder, "")
        self.left.update(path for path in self.contents if path.startswith(inside))
        self.left.add(folder)
        self.bundles[folder] = key
        return True

    def placed_bundle(self, folder: str, key: str) -> None:
        """This rebuild placed version `key` of the bundle at `folder` (relative) whole."""
        self.bundles[os.path.normpath(folder)] = key

    def merge(self) -> frozenset[str]:
        """The rebuild is complete: what it wrote goes into the folder set aside, what it no
        longer makes leaves that folder, and that folder is served again. Returns what the
        served folder now holds, for the next rebuild's `set_aside`."""
        made = self._move_written() | self.left
        made |= _folders_above_all(self.left)
        if self.contents is None:
            self._remove_unmade(made)
        else:  # what the previous merge left and this rebuild did not make; no walk
            self._remove(self.contents - made)
        emptied = self.served.with_name(f"{self.served.name}.new-{secrets.token_hex(4)}")
        self.served.rename(emptied)
        self.aside.rename(self.served)
        shutil.rmtree(emptied, ignore_errors=True)  # folders only: every file moved
        return frozenset(made)

    def restore(self) -> None:
        """The rebuild failed: serve the folder set aside again, as it was."""
        if not self.aside.is_dir():
            return
        failed = self.served.with_name(f"{self.served.name}.failed-{secrets.token_hex(4)}")
        with contextlib.suppress(FileNotFoundError):
            self.served.rename(failed)
        self.aside.rename(self.served)
        shutil.rmtree(failed, ignore_errors=True)

    def _move_written(self) -> set[str]:
        """Move every file of the served folder to its place in the folder set aside; their
        paths (relative)."""
        made: set[str] = set()
        for root, folders, files in os.walk(self.served):
            relative = os.path.relpath(root, self.served)
            relative = "" if relative == os.curdir else relative
            target_root = os.path.join(self.aside, relative)
            _folder_at(target_root)
            for name in folders + files:
                made.add(os.path.join(relative, name))
            # A link to a folder is among `folders` (not followed): it moves as a link.
            for name in files + [f for f in folders if os.path.islink(os.path.join(root, f))]:
                target = os.path.join(target_root, name)
                if os.path.isdir(target) and not os.path.islink(target):
                    shutil.rmtree(target)
                os.replace(os.path.join(root, name), target)
        return made

    def _remove_unmade(self, made: set[str]) -> None:
        """Remove from the folder set aside every file not in `made`, and every folder left
        with nothing in it that this rebuild did not make."""
        occupied: set[str] = set()  # folders (relative) that keep something
        for root, folders, files in os.walk(self.aside, topdown=False):
            relative = os.path.relpath(root, self.aside)
            relative = "" if relative == os.curdir else relative
            kept = False
            for name in files:
                if os.path.join(relative, name) in made:
                    kept = True
                else:
                    os.unlink(os.path.join(root, name))
            for name in folders:
                path, inside = os.path.join(root, name), os.path.join(relative, name)
                if inside in made or inside in occupied:
                    kept = True
                elif os.path.islink(path):  # os.walk lists a link to a folder among folders
                    os.unlink(path)
                else:
                    os.rmdir(path)  # emptied bottom-up
            if kept:
                occupied.add(relative)

    def _remove(self, unmade: set[str] | frozenset[str]) -> None:
        """Remove these paths (relative) from the folder set aside, the deepest first; a
        folder only once it is empty (one that holds what this rebuild made stays)."""
        for relative in sorted(unmade, key=lambda path: path.count(os.sep), reverse=True):
            path = os.path.join(self.aside, relative)
            if os.path.islink(path) or not os.path.isdir(path):
                # Gone with a folder a file took the place of (NotADirectoryError).
                with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                    os.unlink(path)
            else:
                with contextlib.suppress(OSError):  # not empty: it holds what was made
                    os.rmdir(path)


class AfterRebuild:
    """What a serve rebuild leaves to do once the browser has the rebuilt pages, in a thread
    of its own: what only the next rebuild reads (`record`: the kept pages' record, which
    says itself what went wrong), a search bundle to write (search/bundles.py
    `PageIndex.defer`; `job` writes it, puts it into the served folder, `swap_in`, and
    returns its paths there, or None where it failed, and said why: the version before
    stays), then the garbage collector's full pass (`collector.tidy_after_rebuild`). The next
    rebuild waits for it before anything else (`wait`), and so does the end of `mkdocs serve`."""

    def __init__(self, folder: str | None = None, key: str = "",
                 job: Callable[[], set[str] | None] | None = None,
                 record: Callable[[], None] | None = None) -> None:
        """folder, key: the bundle's folder (relative) and version `job` writes; none without."""
        self.folder, self.key = os.path.normpath(folder) if folder else None, key
        self._paths: set[str] | None = None
        self._thread = threading.Thread(target=self._run, args=(job, record),
                                        name="woo-after-rebuild", daemon=True)
        self._thread.start()

    def _run(self, job: Callable[[], set[str] | None] | None,
             record: Callable[[], None] | None) -> None:
        try:
            if record is not None:
                record()
            if job is not None:
                self._paths = job()
        finally:
            tidy_after_rebuild()

    def wait(self, contents: frozenset[str] | None,
             bundles: dict[str, str]) -> tuple[frozenset[str] | None, dict[str, str]]:
        """Once the bundle is in: the served folder's record (what the last merge left in
        it, the bundles it holds whole by key) with this bundle's paths and version."""
        self._thread.join()
        if self._paths is None or self.folder is None:
            return contents, bundles
        inside = os.path.join(self.folder, "")
        if contents is not None:
            contents = frozenset(p for p in contents if not p.startswith(inside)) | self._paths
        return contents, {**bundles, self.folder: self.key}


def folder_contents(folder: Path) -> frozenset[str]:
    """Every file and folder under `folder` (relative paths, OS form), as `merge` returns
    them: for serve's first build, which writes into the served folder directly."""
    found: set[str] = set()
    for root, folders, files in os.walk(folder):
        relative = os.path.relpath(root, folder)
        relative = "" if relative == os.curdir else relative
        found.update(os.path.join(relative, name) for name in folders + files)
    return frozenset(found)


def swap_in(served: Path, staging: Path, folder: str) -> set[str]:
    """Put `staging/folder` at `served/folder` (`folder` relative, a search bundle's) in place
    of what is there, after the rebuild, while the folder is served: two renames, so that a
    visitor's browser gets the one version or the other, never a mix (for the instant
    between them, neither). Returns the paths (relative) it now holds there, `folder`
    included, for the served folder's record."""
    new, there = staging / folder, served / folder
    old = staging / ".previous"
    with contextlib.suppress(FileNotFoundError):
        there.rename(old)
    there.parent.mkdir(parents=True, exist_ok=True)
    new.rename(there)
    if old.is_dir() and not old.is_symlink():
        shutil.rmtree(old, ignore_errors=True)
    else:  # a file (or link) was there
        old.unlink(missing_ok=True)
    relative = os.path.normpath(folder)
    return {relative} | {os.path.join(relative, path) for path in folder_contents(there)}


def _folders_above_all(paths: set[str]) -> set[str]:
    """The folders (relative) that hold any of the relative `paths`. Each path's climb stops
    at a folder found before: 22,000 paths at 1,000 dossiers share 3,700 folders."""
    found: set[str] = set()
    for path in paths:
        folder = os.path.dirname(path)
        while folder and folder not in found:
            found.add(folder)
            folder = os.path.dirname(folder)
    return found


def _read(path: str | os.PathLike[str]) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _folder_at(path: str) -> None:
    """A folder at `path` in the folder set aside, where a file may have been before."""
    if os.path.isdir(path) and not os.path.islink(path):
        return
    if os.path.lexists(path):
        os.unlink(path)
    os.makedirs(path, exist_ok=True)
