"""Rendered pages kept between builds, each under the keys it was rendered with.

One folder per site (per output folder, `folder_for`; `mkdocs serve` one per process) in the cache:
`<name>.html`, the page as published, and `<name>.json`, what the engine learned
from rendering it (title, anchors, links to anchors in other pages, search text);
`<digest>.src`, a dossier's generated file (Markdown, inventory CSV, open-data texts)
by its content (`keep_source`, sources.py); `manifest.json` lists, per page, its key,
its file name and the lookups of its links, and per dossier its key, its lookups of
other dossiers and its files.
The store keeps copies, not the published files: a site changed or deleted after a
build (a deploy step) cannot change what a later build publishes. (`mkdocs serve`'s
store keeps a hard link to a page it renders, in the folder serve owns, which a rebuild
changes by renames only: `link_served`.) Nor can the store itself when it is damaged or changed (a CI cache
restored wrong, a disk error): every kept file is checked before it is used, and one
that does not check out is made again, never published. A source (a dossier's generated
file, which the site may link) is checked the same way as a page's HTML: by its stat as
last recorded, and against the digest its name gives when that differs. A page's HTML
(which `mkdocs_adapter/reuse.py` links into the published site, so a change to the site
in place is a change here) is checked by its
size and modification time (`os.stat`, nanoseconds) as the manifest recorded them when
it was kept or last checked: a build reads no page it does not render. A page whose stat
differs (a file edited, a store restored from a CI cache with new times) is read and
checked against the digest the manifest gives; when it checks out its new stat is
recorded. The limitation: a change in place that keeps the file's size and sets its
modification time back (`os.utime`) is not seen. A page that made the engine say
anything while it was rendered (a broken link, a missing anchor) is not kept, so that
every build says it again.

`<name>.<suffix>`: a copy of a file the site publishes from outside the build's own
folders (an annex PDF, `keep_copy`), made once and linked into every later site, so that
a build does not copy every PDF again. Its name comes from the file's path and stat (size,
mtime_ns, inode, ctime_ns): a file replaced or changed gets a new copy. The copy is
checked by its own size and mtime_ns as recorded when it was made: one changed in place
through a site's link is made again. The dossier's own file is never linked, so a change
to the site cannot change it. A file modified less than two seconds before the build is
copied as without a store (a second change within the same timestamp tick could keep
its stat, as annex/hashes.py says of the annex cache).

A build keeps the pages it rendered (`keep`) and those it took from here (`reuse`);
`commit` writes the manifest and removes every file it does not list, so the store
holds one site's pages. A build that fails before `commit` leaves the previous
manifest, and its new files are removed by the next commit.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..latest import Latest
from ..workfiles import QUIET_NS, TEMPORARY, remove, remove_abandoned, stamp_of, write_atomically
from .keys import FORMAT, digest

FOLDER = "pages"  # in the cache folder
MANIFEST = "manifest.json"
# What a link was looked up as when the page was rendered: the target's address and
# whether it is excluded from the site, or None when there was no such file.
Lookup = tuple[str, bool] | None
# A kept file's size and modification time in nanoseconds, as `os.stat` gave them.
Stat = tuple[int, int]


@dataclass(frozen=True)
class Kept:
    """A page in the store."""

    key: str  # its own inputs (keys.entry_key)
    name: str  # its files in the store
    lookups: dict[str, Lookup] = field(default_factory=dict)
    sums: tuple[str, str] = ("", "")  # digests of its HTML and of what was learned
    stat: Stat | None = None  # its HTML file's, when it was last known to match sums[0]


@dataclass(frozen=True)
class DossierFiles:
    """A dossier's generated files as the store keeps them (sources.py)."""

    key: str  # its inputs (sources.DossierMemo)
    lookups: dict[str, str | None]  # the dossiers its renderers looked up -> their digests
    files: dict[str, str]  # site path -> the kept file's name (a digest of its content)


@dataclass(frozen=True)
class Learned:
    """What the engine learned from rendering a kept page, which a later build needs
    without rendering it."""

    title: str | None
    anchors: tuple[str, ...]  # the ids in the page, which links to it may name
    anchor_links: dict[str, dict[str, str]]  # target page -> anchor -> link as written
    search: list[Any] | None  # the page's search text (title, sections); None: not indexed


def folder_for(cache_dir: Path, site: str) -> Path:
    """The store of the site written to `site` (a folder's path)."""
    return cache_dir / FOLDER / digest(site)[:20]


@dataclass
class Committed:
    """`mkdocs serve`: what the store's last `commit` in this process recorded, and the
    manifest's stat after it wrote it. The next rebuild's `load` takes the record from here
    while the manifest is as written (by its stat, as the store trusts its pages) instead of
    reading the entries of 3,700 pages again."""

    manifest: Stat | None = None
    record: tuple[dict[str, Kept], str, dict[str, DossierFiles], dict[str, Stat],
                  dict[str, Stat]] | None = None


class OutputStore:
    def __init__(self, folder: Path, learned: Latest[tuple[str, str], Learned] | None = None,
                 committed: Committed | None = None) -> None:
        self.folder = folder  # one site's: folder_for
        # `mkdocs serve`: what was learned from each kept page, by its name and its record's
        # digest, read once rather than on every rebuild (3,700 records at 1,000 dossiers).
        self._known = learned if learned is not None else Latest()
        self._committed = committed  # `mkdocs serve`: the last commit's record (Committed)
        self.site_key = ""  # what every page of the previous build shared
        self.previous: dict[str, Kept] = {}
        self.current: dict[str, Kept] = {}
        self.previous_dossiers: dict[str, DossierFiles] = {}
        self.current_dossiers: dict[str, DossierFiles] = {}
        self.previous_copies: dict[str, Stat] = {}  # a kept copy's file name -> its stat
        self.current_copies: dict[str, Stat] = {}
        self.previous_sources: dict[str, Stat] = {}  # a kept source's name -> its stat
        self.current_sources: dict[str, Stat] = {}
        # Pages kept from the served folder once the engine has written them (`link_served`):
        # source -> the page without its stat, its served file, its size.
        self._served: dict[str, tuple[Kept, str, int]] = {}

    def load(self) -> None:
        """Read the previous build's manifest (nothing kept if it is missing or damaged)."""
        self.previous, self.site_key, self.current = {}, "", {}
        self.previous_dossiers, self.current_dossiers = {}, {}
        self.previous_copies, self.current_copies = {}, {}
        self.previous_sources, self.current_sources = {}, {}
        self._served = {}
        committed = self._committed
        if committed is not None and committed.record is not None:
            try:
                as_written = _stat(self.folder / MANIFEST) == committed.manifest
            except OSError:
                as_written = False
            if as_written:  # the dicts are never changed in place: shared, not copied
                (self.previous, self.site_key, self.previous_dossiers, self.previous_copies,
                 self.previous_sources) = committed.record
                return
        try:
            data = json.loads((self.folder / MANIFEST).read_text("utf-8"))
            if data.get("format") != FORMAT:
                return
            self.site_key = str(data["site"])
            # A manifest of a build before stats were recorded lists four things a page:
            # its pages are checked by their digest.
            self.previous = {src: Kept(key, name, {path: None if value is None else
                                                   (str(value[0]), bool(value[1]))
                                                   for path, value in lookups.items()},
                                       (str(sums[0]), str(sums[1])),
                                       (int(stat[0][0]), int(stat[0][1])) if stat else None)
                             for src, (key, name, lookups, sums, *stat) in data["pages"].items()}
            self.previous_dossiers = {slug: DossierFiles(str(key), dict(lookups), dict(files))
                                      for slug, (key, lookups, files) in data["dossiers"].items()}
            self.previous_copies = {str(name): (int(size), int(mtime))
                                    for name, (size, mtime) in data.get("copies", {}).items()}
            self.previous_sources = {str(name): (int(size), int(mtime))
                                     for name, (size, mtime) in data.get("sources", {}).items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.previous, self.site_key, self.previous_dossiers = {}, "", {}
            self.previous_copies, self.previous_sources = {}, {}

    def match(self, src: str, key: str, site_key: str,
              lookup: Callable[[str], Lookup]) -> tuple[Kept, Learned] | None:
        """The kept page `src` and what was learned from rendering it, if it was rendered
        with the same keys and its links find the same files; else None."""
        kept = self.previous.get(src)
        if kept is None or kept.key != key or site_key != self.site_key:
            return None
        if any(lookup(path) != value for path, value in kept.lookups.items()):
            return None
        try:
            path = self._html(kept.name)
            stat = _stat(path)
            if stat != kept.stat:  # changed, or kept without its stat: read it
                if digest(_read_bytes(path)) != kept.sums[0]:
                    return None
                kept = dataclasses.replace(kept, stat=stat)  # as it was read
            return kept, self.learned(kept)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing, changed or damaged: the page is rendered again

    def html(self, kept: Kept) -> bytes:
        """The page as published (UTF-8)."""
        data = _read_bytes(self._html(kept.name))
        if digest(data) != kept.sums[0]:  # changed since `match` checked it
            raise OSError(f"{self._html(kept.name)}: changed while the site was being built")
        return data

    def html_file(self, kept: Kept) -> str:
        """Where the page is kept (as `match` checked it: this build holds the store)."""
        return self._html(kept.name)

    def learned(self, kept: Kept) -> Learned:
        """What was learned from rendering `kept`; ValueError when its file is not as kept."""
        known = self._known.get((kept.name, kept.sums[1]))
        if known is not None:  # read from a record with that digest: the same
            return known
        text = _read_bytes(self._learned_file(kept.name))
        if digest(text) != kept.sums[1]:
            raise ValueError(f"{self._learned_file(kept.name)}: not as kept")
        data = json.loads(text)
        learned = Learned(data["title"], tuple(data["anchors"]), data["anchor_links"], data["search"])
        self._known.put((kept.name, kept.sums[1]), learned)
        return learned

    def keep(self, src: str, key: str, site_key: str, lookups: dict[str, Lookup],
             html: bytes, learned: Learned, served: str | None = None) -> None:
        """Keep a page this build rendered. `served` (`mkdocs serve` only): where the engine
        writes `html` in the served folder once this returns; the store then keeps a link to
        that file (`link_served`) instead of writing the bytes again, and remembers what was
        learned for the next rebuild."""
        name = digest(src, key, site_key, json.dumps(lookups, sort_keys=True))
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"title": learned.title, "anchors": sorted(learned.anchors),
                           "anchor_links": learned.anchor_links, "search": learned.search},
                          ensure_ascii=False, sort_keys=True).encode("utf-8")
        write_atomically(Path(self._learned_file(name)), lambda out: out.write(text))
        kept = Kept(key, name, dict(lookups), (digest(html), digest(text)))
        if served is None:
            write_atomically(Path(self._html(name)), lambda out: out.write(html))
            self.current[src] = dataclasses.replace(kept, stat=_stat(self._html(name)))
            return
        self._served[src] = (kept, served, len(html))
        self._known.put((name, kept.sums[1]), learned)

    def link_served(self) -> None:
        """The engine has written the pages `keep` was given with `served`: the store keeps
        each as a hard link to the served file. The next rebuild then finds the page it
        reuses already in the served folder as the very file (served.py `leave`), where a
        copy made it link all 3,700 pages of 1,000 dossiers into a new folder and move them
        over the old ones (a third of serve's first rebuild). The served folder is serve's
        own, and a rebuild replaces a file there by a rename, never writes into one, so the
        store's file keeps its bytes; `match` checks it as any kept page all the same. Where
        it cannot be linked (another disk) it is copied; a file not as rendered (its size,
        then its digest) is not kept, and the page is rendered again."""
        served, self._served = self._served, {}
        for src, (kept, published, size) in served.items():
            path = self._html(kept.name)
            temporary = f"{self.folder}{os.sep}{TEMPORARY}{os.getpid()}-{kept.name}.tmp"
            try:
                if os.stat(published).st_size != size or digest(_read_bytes(published)) != kept.sums[0]:
                    continue
                try:
                    os.link(published, temporary)
                except OSError:
                    shutil.copyfile(published, temporary)
                os.replace(temporary, path)
                self.current[src] = dataclasses.replace(kept, stat=_stat(path))
            except OSError:
                remove(Path(temporary))

    def keep_source(self, path: str, data: bytes) -> str:
        """Keep a generated file's content (a page's Markdown, an inventory's CSV) by its
        digest; its name. A file with the same content already kept is not written again."""
        name = _source_name(path, data)
        target = self.source_file(name)
        if not self.has_source(path, name):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(target, lambda out: out.write(data))
            self.current_sources[name] = _stat(target)
        return name

    def source_file(self, name: str) -> Path:
        return self.folder / f"{name}.src"

    def checked_name(self, file: Path) -> str | None:
        """The name of `file` when it is a source this build kept or checked (`has_source`,
        `read_source`, `keep_source`): its content's digest, so its content is known unread."""
        # As strings: asked for every page of the site (36,500 at 10,000 dossiers).
        path, folder = str(file), f"{self.folder}{os.sep}"
        name = path[len(folder):-len(".src")]
        if not path.startswith(folder) or not path.endswith(".src") or os.sep in name \
                or name not in self.current_sources:
            return None
        return name

    def read_source(self, path: str, name: str) -> bytes | None:
        """The kept file `name` of site path `path`; None when it is missing or its content
        is no longer what its name says."""
        file = self.source_file(name)
        try:
            stat, data = _stat(file), file.read_bytes()
        except OSError:
            return None
        if _source_name(path, data) != name:
            return None
        self.current_sources[name] = stat
        return data

    def read_known_source(self, path: str, name: str) -> bytes | None:
        """`read_source`, but a file whose stat is as last recorded is not checked against
        its name (as `has_source` trusts it): 630 MB of open-data texts at 10,000 dossiers
        were hashed on every build. The stat is the open file's, so what is read is the file
        that was checked."""
        try:
            with open(self.source_file(name), "rb") as file:
                found = os.fstat(file.fileno())
                stat, data = (found.st_size, found.st_mtime_ns), file.read()
        except OSError:
            return None
        if stat != (self.current_sources.get(name) or self.previous_sources.get(name)) \
                and _source_name(path, data) != name:
            return None
        self.current_sources[name] = stat
        return data

    def has_source(self, path: str, name: str) -> bool:
        """Whether the kept file `name` of site path `path` is as kept: by its stat as last
        recorded, else (changed, or kept before stats were recorded) read and checked."""
        try:
            stat = _stat(self._source(name))
        except OSError:
            return False
        if stat == (self.current_sources.get(name) or self.previous_sources.get(name)):
            self.current_sources[name] = stat
            return True
        return self.read_source(path, name) is not None

    def keep_copy(self, source: Path) -> Path | None:
        """A copy of `source` for this build to link into the site: the one kept, when it
        is as it was made, else made now; None when it cannot be kept (changed just now or
        while it was copied, unreadable): the site then gets a copy of its own."""
        try:
            before = os.stat(source)
            if time.time_ns() - before.st_mtime_ns < QUIET_NS:
                return None
            name = digest("copy", os.path.abspath(source), repr(stamp_of(before))) + source.suffix
            path = self.folder / name
            recorded = self.current_copies.get(name) or self.previous_copies.get(name)
            try:
                found = _stat(path) if recorded is not None else None
            except FileNotFoundError:  # removed: made again
                found = None
            if found is None or found != recorded:
                self.folder.mkdir(parents=True, exist_ok=True)
                with source.open("rb") as data:
                    write_atomically(path, lambda out: shutil.copyfileobj(data, out, 1 << 20))
                if stamp_of(os.stat(source)) != stamp_of(before):
                    remove(path)
                    return None
                found = _stat(path)
            self.current_copies[name] = found
            return path
        except OSError:
            return None

    def reuse(self, src: str, kept: Kept) -> None:
        """A page this build took from the store."""
        self.current[src] = kept

    def commit(self, site_key: str) -> None:
        """Record this build's pages and remove every other file of the store."""
        self.folder.mkdir(parents=True, exist_ok=True)
        pages = {src: [kept.key, kept.name, kept.lookups, list(kept.sums)]
                 + ([list(kept.stat)] if kept.stat is not None else [])
                 for src, kept in sorted(self.current.items())}
        dossiers = {slug: [kept.key, kept.lookups, kept.files]
                    for slug, kept in sorted(self.current_dossiers.items())}
        # The dossiers' files, and every other source this build kept or took (kept_file).
        sources = {name for kept in self.current_dossiers.values() for name in kept.files.values()}
        sources.update(self.current_sources)
        text = json.dumps({"format": FORMAT, "site": site_key, "pages": pages, "dossiers": dossiers,
                           "copies": dict(sorted(self.current_copies.items())),
                           "sources": {name: stat for name, stat in sorted(self.current_sources.items())
                                       if name in sources}},
                          ensure_ascii=False).encode("utf-8")
        write_atomically(self.folder / MANIFEST, lambda out: out.write(text))
        names = {kept.name for kept in self.current.values()} | sources
        remove_abandoned(self.folder, TEMPORARY)
        for path in self.folder.iterdir():
            stem = path.name.rsplit(".", 1)[0]
            if path.name != MANIFEST and not path.name.startswith(TEMPORARY) and stem not in names \
                    and path.name not in self.current_copies:
                remove(path)
        self.previous, self.site_key = dict(self.current), site_key
        self.previous_dossiers = dict(self.current_dossiers)
        self.previous_copies = dict(self.current_copies)
        self.previous_sources = dict(self.current_sources)
        if self._committed is not None:
            self._committed.manifest = _stat(self.folder / MANIFEST)
            self._committed.record = (self.previous, self.site_key, self.previous_dossiers,
                                      self.previous_copies, self.previous_sources)

    # Names as strings: each build asks for those of every kept page (36,500 at 10,000
    # dossiers), and a Path made of each cost about a second there.
    def _html(self, name: str) -> str:
        return f"{self.folder}{os.sep}{name}.html"

    def _source(self, name: str) -> str:
        return f"{self.folder}{os.sep}{name}.src"

    def _learned_file(self, name: str) -> str:
        return f"{self.folder}{os.sep}{name}.json"


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _stat(path: str | Path) -> Stat:
    found = os.stat(path)
    return found.st_size, found.st_mtime_ns


def _source_name(path: str, data: bytes) -> str:
    return digest(path.rsplit(".", 1)[-1], data)
