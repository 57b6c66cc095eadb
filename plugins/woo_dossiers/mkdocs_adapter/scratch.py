"""A build's scratch folder: what would otherwise wait in memory until MkDocs writes it.

MkDocs 1.6 holds every generated file's content from `on_files` to the end of
the build, and converts every page to HTML before it writes the first one; a
build held all of it at once (at 10,000 dossiers: gigabytes). So:

- the open-data files are written into the scratch folder one dossier at a
  time, and MkDocs gets them as files to copy (`export_folder`); every other
  generated file (a page's Markdown, an inventory's CSV) goes there as it is
  made (`spill`), and MkDocs reads or copies it from there;
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


class Scratch:
    def __init__(self) -> None:
        self.folder: Path | None = None
        self.config: MkDocsConfig | None = None
        self._stash: BinaryIO | None = None
        self._pages: dict[str, tuple[int, int]] = {}  # page source -> (offset, length) in the stash

    def start(self, cache_dir: Path, config: MkDocsConfig) -> None:
        """A fresh folder for this build (the previous one, if any, is removed)."""
        self.finish()
        self.config = config
        cache_dir.mkdir(parents=True, exist_ok=True)
        remove_abandoned(cache_dir, PREFIX)
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
        path = self.folder / "files" / file.src_uri
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(file.content_bytes)
        except OSError as error:
            raise with_file_name(error, path) from None
        return LinkedFile.generated(self.config, file.src_uri, abs_src_path=str(path),
                                    inclusion=file.inclusion)

    def stash(self, key: str, value: Any) -> bool:
        """Keep a page's HTML and table of contents on disk; False if there is no folder."""
        if self.folder is None:
            return False
        if self._stash is None:
            self._stash = (self.folder / "pages.pickle").open("w+b")
        # A pickle written and read by this build only, in its own folder.
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._stash.seek(0, os.SEEK_END)
        self._stash.write(data)
        self._pages[key] = (offset, len(data))
        return True

    def unstash(self, key: str) -> Any:
        """What was kept for a page, or None if nothing was."""
        where = self._pages.get(key)
        if where is None or self._stash is None:
            return None
        self._stash.seek(where[0])
        return pickle.loads(self._stash.read(where[1]))

    def finish(self) -> None:
        """Remove the folder (after the build, or after it failed)."""
        if self._stash is not None:
            self._stash.close()
            self._stash = None
        self._pages = {}
        self.config = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
