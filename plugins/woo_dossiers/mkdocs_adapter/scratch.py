"""A build's scratch folder: what would otherwise wait in memory until MkDocs writes it.

MkDocs 1.6 holds every generated file's content from `on_files` to the end of
the build, and converts every page to HTML before it writes the first one; a
build held all of it at once (at 10,000 dossiers: gigabytes). So:

- the open-data files are written into the scratch folder one dossier at a
  time, and MkDocs gets them as files to copy (`export_folder`); every other
  generated file goes there as it is made (`spill`), and MkDocs reads or
  copies it from there: a page's Markdown into one file for all of them (a
  file each cost a `mkdir`, a file's creation and its removal, 3,700 of each
  at 1,000 dossiers: 2-3 s under the profiler on a slow disk, too little to
  measure on tmpfs), any other file (an inventory's CSV, a feed) as a file
  of its own, for MkDocs to link;
- each page's HTML and table of contents go into one stash file as soon as
  it is converted (`on_page_content`, run last) and come back when its page
  is written (`on_page_context`, run first), so the theme and every other
  plugin's `on_page_context` see the real ones; after the page is written
  they are dropped again. In between, `page.content` is a short placeholder
  and `page.toc` is empty.

The folder lives in the cache folder, outside `site/`, so nothing of it is
published; it is removed when the build ends, whether it succeeded or failed,
and a folder left by a killed build is removed by the next build.

A file MkDocs copies from here (or from the page store, whose files are checked
before every use: incremental/store.py; the annex PDFs among them) is linked instead
(`LinkedFile`): at 1,000 dossiers the open data and inventory files are 65 MB that
a build read and wrote again only to delete the scratch copy.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from ..workfiles import Folders, remove_abandoned, remove_abandoned_temporaries
from .oserrors import with_file_name

PREFIX = "build-"
PLACEHOLDER = "<!-- woo: this page's HTML waits in the build's scratch folder until it is written -->"


class LinkedFile(File):
    """A generated file copied from a folder of the build's own: linked into the site
    (copied when it cannot be: another disk, a file already there, a file that a site kept
    aside links too: `workfiles.linked_only_from`)."""

    previous_site: Path | None = None  # the site this build replaces (not through a symlink)
    folders: Folders | None = None  # the build's output folders made so far

    def copy_file(self, dirty: bool = False) -> None:
        if dirty or self.abs_src_path is None:
            super().copy_file(dirty)
            return
        # A string, not a Path: made for each of 36,000 files at 10,000 dossiers.
        previous = None if self.previous_site is None else f"{self.previous_site}/{self.dest_uri}"
        folders = self.folders if self.folders is not None else Folders()
        folders.place(self.abs_src_path, self.abs_dest_path, previous,
                      lambda: super(LinkedFile, self).copy_file(dirty))


class SpilledPage(File):
    """A generated page whose Markdown waits in the build's stash file (`Scratch.spill`).
    MkDocs reads a page's source (`content_string`) and never copies it."""

    scratch: Scratch
    where: tuple[int, int]  # (offset, length) in the stash

    @property  # type: ignore[override]
    def content_bytes(self) -> bytes:
        if self._content is not None:  # given other content since (a setter below)
            return super().content_bytes
        return self.scratch.read(self.where)

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        File.content_bytes.fset(self, value)  # type: ignore[attr-defined]

    @property  # type: ignore[override]
    def content_string(self) -> str:
        if self._content is not None:
            return super().content_string
        return self.scratch.read(self.where).decode("utf-8-sig")  # as MkDocs reads a file

    @content_string.setter
    def content_string(self, value: str) -> None:
        File.content_string.fset(self, value)  # type: ignore[attr-defined]

    def is_modified(self) -> bool:
        return True

    def copy_file(self, dirty: bool = False) -> None:
        if self._content is None:
            self._content = self.content_bytes
        super().copy_file(dirty)


class Scratch:
    def __init__(self) -> None:
        self.folder: Path | None = None
        self.config: MkDocsConfig | None = None
        self._stash: BinaryIO | None = None
        self._pages: dict[str, tuple[int, int]] = {}  # page source -> (offset, length) in the stash
        self._made: set[str] = set()  # folders made for spilled files

    def start(self, cache_dir: Path, config: MkDocsConfig, tidy: bool = True) -> None:
        """A fresh folder for this build (the previous one, if any, is removed); with `tidy`,
        the work files of killed processes go too (a look into every folder of the caches:
        `mkdocs serve` does it in its first build only)."""
        self.finish()
        self.config = config
        cache_dir.mkdir(parents=True, exist_ok=True)
        remove_abandoned(cache_dir, PREFIX)
        if tidy:
            remove_abandoned_temporaries(cache_dir)
        self.folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=cache_dir))

    @property
    def export_folder(self) -> Path:
        assert self.folder is not None, "start() comes first"
        return self.folder / "export"

    def spill(self, file: File) -> File:
        """A generated file whose content is in memory, as one MkDocs reads from this folder."""
        if self.folder is None or self.config is None or file.generated_by is None \
                or file.abs_src_path is not None:
            return file
        if file.is_documentation_page():
            page = SpilledPage.generated(self.config, file.src_uri, content=b"",
                                         inclusion=file.inclusion)
            page.where = self._append(file.content_bytes)
            page.scratch, page._content = self, None
            return page
        # Strings, not Paths, and a folder made once: thousands of files at 1,000 dossiers.
        path = f"{self.folder}/files/{file.src_uri}"
        try:
            folder = os.path.dirname(path)
            if folder not in self._made:
                os.makedirs(folder, exist_ok=True)
                self._made.add(folder)
            with open(path, "wb") as out:
                out.write(file.content_bytes)
        except OSError as error:
            raise with_file_name(error, Path(path)) from None
        return LinkedFile.generated(self.config, file.src_uri, abs_src_path=path,
                                    inclusion=file.inclusion)

    def stash(self, key: str, value: Any) -> bool:
        """Keep a page's HTML and table of contents on disk; False if there is no folder."""
        if self.folder is None:
            return False
        # A pickle written and read by this build only, in its own folder.
        self._pages[key] = self._append(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return True

    def unstash(self, key: str) -> Any:
        """What was kept for a page, or None if nothing was."""
        where = self._pages.get(key)
        if where is None or self._stash is None:
            return None
        return pickle.loads(self.read(where))

    def _append(self, data: bytes) -> tuple[int, int]:
        """Put `data` at the end of the stash file; where it is."""
        assert self.folder is not None, "start() comes first"
        if self._stash is None:
            path = self.folder / "stash"
            try:
                self._stash = path.open("w+b")
            except OSError as error:
                raise with_file_name(error, path) from None
        offset = self._stash.seek(0, os.SEEK_END)
        self._stash.write(data)
        return offset, len(data)

    def read(self, where: tuple[int, int]) -> bytes:
        """What `_append` put at `where` (offset, length), during the build."""
        assert self._stash is not None, "read during the build that stashed it"
        self._stash.seek(where[0])
        return self._stash.read(where[1])

    def finish(self) -> None:
        """Remove the folder (after the build, or after it failed)."""
        if self._stash is not None:
            self._stash.close()
            self._stash = None
        self._pages = {}
        self._made = set()
        self.config = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
