"""Differential builds in MkDocs: a generated page whose keys are unchanged is published
as the previous build rendered it (the keys and the store: `incremental/`).

Why not MkDocs' own `--dirty`: it is a command-line switch the plugin cannot turn on, it
writes into `site/` in place (so a failed build is no longer harmless, publish.py), and
it judges a page by file times, not by what the page shows. Why not drop unchanged
pages from MkDocs' files: links to them would be reported as broken, and the sitemap,
the gzip header's date and the anchor check read every page. So every page stays a
page of MkDocs; a reused one is a `ReusedPage`, whose reading and rendering are free
(no Markdown) and which tells MkDocs what rendering it once told (title, anchors,
links to anchors). Only MkDocs' page loop does not get it (`RecordingFiles.loop`):
`Differential.publish` links its kept HTML into the fresh site folder where the loop
would have written it, so a build is published (or not) exactly as a full one.

What a page's HTML depends on beyond its own Markdown is recorded while it is rendered:
every file its links were looked up as (`RecordingFiles`); the rest is the site key
(configuration, packages, templates, navigation). Reuse is off with another plugin
configured (its page events would see reused HTML), for `--dirty` builds, and for a
page the navigation lists without giving its title.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils import write_file

from ..analyse import Analysis
from ..incremental.keys import digest, entry_key, site_key
from ..incremental.sources import DossierMemo, Remembered, plan_key
from ..incremental.store import FOLDER, Committed, Kept, Learned, Lookup, OutputStore, folder_for
from ..latest import Latest
from ..model.dossier import Dossier
from ..served import ServedFolder
from ..site_plan import Entry
from ..workfiles import Folders, remove_abandoned

REUSED_TEMPLATE = "woo/reused.html"
SERVE = "serve-"  # a `mkdocs serve` process's store: serve-<pid>
_PLUGIN_NAMES = {"woo", "woo_dossiers"}
_ANY: Any = object()  # documentation_pages() called without an inclusion level


class RecordingFiles(Files):
    """MkDocs' files, noting every lookup while a page is rendered (its links), and
    handing MkDocs' page loop only the pages it renders (`loop`)."""

    recording: dict[str, Lookup] | None = None
    # What the next list of pages asked for with an inclusion level gets instead. MkDocs
    # asks so twice: once the navigation is made, to read every page (`reading`, set then),
    # and once every page is read (`loop`, set then), after the sitemap and other templates
    # (which ask without one), to write every page.
    reading: Callable[[list[File]], list[File]] | None = None
    loop: Callable[[list[File]], list[File]] | None = None

    def documentation_pages(self, *, inclusion: Any = _ANY) -> Sequence[File]:
        if inclusion is _ANY:
            return super().documentation_pages()
        pages = super().documentation_pages(inclusion=inclusion)
        if self.reading is not None:  # once: the loop that reads every page
            reading, self.reading = self.reading, None
            return reading(list(pages))
        loop, self.loop = self.loop, None  # once: the page loop, nothing after it
        return pages if loop is None else loop(list(pages))

    def get_file_from_path(self, path: str) -> File | None:
        # Every key is a normalised POSIX path (File.src_path), so a path equal to one is that
        # file: only a miss needs normalising (a PurePath for each of 146,000 lookups cost about
        # a second of a build at 10,000 dossiers).
        found = self.src_uris.get(path) or super().get_file_from_path(path)
        if self.recording is not None:
            self.recording[path] = _lookup(found)
        return found


class ReusedPage(Page):
    """A page the previous build rendered with the same keys: nothing to read or render."""

    kept: Kept
    learned: Learned

    @classmethod
    def taking_over(cls, page: Page, kept: Kept, learned: Learned) -> ReusedPage:
        """The Page MkDocs made for a file, as a reused page: what MkDocs worked out for it
        (its canonical and edit addresses, its place in the navigation) taken over rather
        than worked out again, which cost 0.1 ms a page."""
        reused = cls.__new__(cls)
        vars(reused).update(vars(page))
        reused.file.page = reused
        reused.kept, reused.learned = kept, learned
        return reused

    def read(self, config: MkDocsConfig, files: Files) -> None:
        """What MkDocs' reading loop did for the page (`read_source`, `render`), done for
        it (`Differential.decide`): the loop no longer gets it, nor its four events, which
        had nothing to do for it (0.1 s a rebuild of 3,700 reused pages)."""
        self.read_source(config)
        self.render(config, files)

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown = ""
        self.meta = {"template": REUSED_TEMPLATE}
        if self.learned.title is not None:
            self.meta["title"] = self.learned.title

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content, self.toc = "", TableOfContents([])
        self.present_anchor_ids = set(self.learned.anchors)
        if logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG:
            # As rendering would have: MkDocs checks these anchors once every page is read.
            links = {}
            for target, anchors in self.learned.anchor_links.items():
                found = files.get_file_from_path(target)
                if found is not None:
                    links[found] = dict(anchors)
            self.links_to_anchors = links


class Differential:
    """One build's decisions: which generated pages are reused, which are kept for later."""

    def __init__(self) -> None:
        self.store: OutputStore | None = None
        self.keys: dict[str, str] = {}  # page source -> its own key (candidates only)
        self.site_key = ""
        self.files: RecordingFiles | None = None
        self.lookups: dict[str, dict[str, Lookup]] = {}  # page -> its links' lookups
        self.noisy: set[str] = set()  # pages MkDocs said something about: not kept
        self.reused = 0
        self.keeping = False
        self.serving = False  # `mkdocs serve`'s: its store links the pages it keeps (store.py)
        self.memo: DossierMemo | None = None  # dossiers whose files are not made again
        self.published: list[ReusedPage] = []  # reused pages written into the site
        self._order: list[File] = []  # MkDocs' page loop: every page it would write, in order
        self._next = 0  # the first of `_order` not yet passed
        self._config: MkDocsConfig | None = None
        self._listener: _Listener | None = None
        self.previous_site: Path | None = None
        self.folders = Folders()  # the site's folders this build made (kept pages, linked files)
        # `mkdocs serve`: from one rebuild to the next, what the store and the memo worked out
        self.remembered = Remembered()
        self.learned: Latest[tuple[str, str], Learned] = Latest()
        self.committed = Committed()

    def start(self, config: MkDocsConfig, command: str | None, dirty: bool, cache_dir: Path,
              site: Path | None, wanted: bool = True, served: ServedFolder | None = None,
              at_swap: Callable[[str], bool] | None = None) -> None:
        """Before the files: whether this build may reuse, and what it reused before.
        `site`: the folder the site is published in (None: `mkdocs serve`'s, new each time);
        `served`: serve's previous folder, whose files may stay (served.py); `at_swap`:
        moves a folder of `site` into the new one when it is swapped in (publish.py)."""
        self.stop()
        self.keys, self.lookups, self.noisy, self.reused, self.files = {}, {}, set(), 0, None
        self.memo, self.published, self._order, self._next = None, [], [], 0
        if site is not None:  # only serve's rebuilds take over what the previous one worked out
            self.remembered, self.learned, self.committed = Remembered(), Latest(), Committed()
        self.learned.start()
        self.remembered.start()
        # The site this build replaces, whose files may link the store's (not through a
        # symlinked site/: the folder it points to outlives the build).
        self.previous_site = None if site is None or site.is_symlink() else site
        self.folders = Folders(served)
        self.serving = site is None  # its store links the pages MkDocs writes (store.py)
        others = set(config.plugins) - _PLUGIN_NAMES
        # No command: MkDocs' build() called by a program (tests, tools), a build.
        if not wanted or dirty or others or command not in {None, "build", "serve", "gh-deploy"}:
            self.store = None
            return
        if site is None:  # one store per `mkdocs serve`; those of ended ones go
            remove_abandoned(cache_dir / FOLDER, SERVE)
            folder = cache_dir / FOLDER / f"{SERVE}{os.getpid()}"
        else:
            folder = folder_for(cache_dir, str(site.resolve()))
        self.store = OutputStore(folder, self.learned, self.committed)
        self.store.load()
        # Only where the store's files go into the site (no other plugin, whose on_post_build
        # would miss the files held back, Folders) may a folder of them move whole.
        self.folders = Folders(served, config.site_dir, self.previous_site, at_swap)
        self._config = config
        # A page is kept only when the build could hear what MkDocs said about it: a quiet
        # build (-q) reuses what is kept but keeps nothing new.
        self.keeping = logging.getLogger("mkdocs").getEffectiveLevel() <= logging.INFO
        if self.keeping:
            self._listener = _Listener(self)
            logging.getLogger("mkdocs").addHandler(self._listener)
        self.memo = DossierMemo(self.store, plan_key([Path(d) for d in config.theme.dirs]),
                                self.keeping, self.remembered)

    def models_loaded(self, digests: dict[str, tuple[Dossier, str]]) -> None:
        """The dossiers' models as loaded, with each one's digest as it was built
        (kept_models.ModelMemo.digests): the memo takes those, not a pickle of each."""
        for slug, known in digests.items():
            self.remembered.digests.put(slug, known)

    @property
    def store_folder(self) -> Path | None:
        return None if self.store is None else self.store.folder

    def published_copy(self, source: Path) -> Path:
        """Where the site's copy of a file from outside the build's folders (an annex PDF)
        comes from: the store's copy, which is linked (`OutputStore.keep_copy`); without a
        store, or when it cannot keep one, the file itself, which is copied."""
        if self.store is None:
            return source
        return self.store.keep_copy(source) or source

    def plan_analysis(self, analysis: Analysis) -> Analysis:
        """The analysis the site plan renders from (its dossiers' lookups recorded)."""
        return analysis if self.memo is None else self.memo.wrap(analysis)

    def note(self, entry: Entry) -> None:
        """A page of the site plan that may be reused: its own key."""
        if self.store is None:
            return
        key = entry_key(entry, self.store.checked_name)
        if key is not None:
            self.keys[entry.path] = key

    def recording_files(self, files: Files) -> Files:
        """MkDocs' files as the build goes on with them (lookups recorded)."""
        if self.store is None:
            return files
        self.files = RecordingFiles(files)
        return self.files

    def decide(self, nav: Navigation, config: MkDocsConfig, files: Files, command: str,
               build_date: str) -> None:
        """Once the navigation is known: the site key, and each page that is reused."""
        if self.store is None:
            return
        self.site_key = site_key(
            command=command, settings=_settings(config), engine=_engine(), navigation=_navigation(nav),
            theme_dirs=[Path(d) for d in config.theme.dirs], build_date=build_date,
            page_urls=[f.url for f in files.documentation_pages()])
        store = self.store
        listed = {id(page) for page in nav.pages}
        for src, key in self.keys.items():
            file = files.get_file_from_path(src)
            # The navigation keeps the Page it made for a page it lists and shows that Page's
            # title on every page: reused, it is never read, so only a title the navigation
            # gives is the same as when it is rendered.
            if file is None or file.page is None \
                    or (id(file.page) in listed and vars(file.page).get("title") is None):
                continue
            found = store.match(src, key, self.site_key,
                                lambda path: _lookup(files.get_file_from_path(path)))
            if found is not None:
                ReusedPage.taking_over(file.page, *found).read(config, files)
                self.reused += 1
        if self.files is not None and self.reused:
            self.files.reading = _unread

    def rendering(self, page: Page) -> None:
        """A page is about to be read and rendered: record its links' lookups."""
        if self.files is not None and page.file.src_uri in self.keys \
                and not isinstance(page, ReusedPage):
            self.files.recording = self.lookups[page.file.src_uri] = {}

    def rendered(self) -> None:
        if self.files is not None:
            self.files.recording = None

    def written(self, page: Page, output: str, search: list[Any] | None) -> None:
        """A page as published: keep it for the next build when it may be reused."""
        src = page.file.src_uri
        if self.store is None or isinstance(page, ReusedPage):
            return
        key, lookups = self.keys.get(src), self.lookups.get(src)
        if key is None or lookups is None or src in self.noisy or not self.keeping:
            return
        links = {target.src_uri: dict(anchors)
                 for target, anchors in (page.links_to_anchors or {}).items()}
        learned = Learned(page.title, tuple(page.present_anchor_ids or ()), links, search)
        self.store.keep(src, key, self.site_key, lookups,
                        output.encode("utf-8", errors="xmlcharrefreplace"), learned,
                        page.file.abs_dest_path if self.serving else None)

    def writing(self) -> None:
        """Every page is read (on_env): MkDocs' page loop gets the pages it renders, and
        the reused ones are written by `publish` where the loop would have written them.
        (Through the loop, a reused page cost a template, two events and the HTML
        decoded, encoded and written: the largest part of a build in which nothing
        changed that was MkDocs' own.)"""
        if self.files is not None and self.reused:
            self.files.loop = self._loop

    def _loop(self, pages: list[File]) -> list[File]:
        self._order, self._next = pages, 0
        return [file for file in pages if not isinstance(file.page, ReusedPage)]

    def publish(self, until: File | None) -> list[ReusedPage]:
        """Write into the site, as the previous build published them, the reused pages
        MkDocs' page loop comes to before `until` (a page it renders; None: to the end);
        those pages, in the loop's order (the search bundle takes their text in it)."""
        written: list[ReusedPage] = []
        while self._next < len(self._order) and self.store is not None:
            file = self._order[self._next]
            self._next += 1
            if file is until:
                break
            page = file.page
            if isinstance(page, ReusedPage):
                previous = None if self.previous_site is None else f"{self.previous_site}/{file.dest_uri}"
                _publish(self.store, page.kept, file.abs_dest_path, previous, self.folders)
                self.store.reuse(file.src_uri, page.kept)
                written.append(page)
        self.published += written
        return written

    def check_anchors(self, level: int) -> None:
        """After MkDocs checked the links to anchors of the pages it wrote: those of the
        pages `publish` wrote (reported as when they were rendered)."""
        if self.files is not None:
            for page in self.published:
                page.validate_anchor_links(files=self.files, log_level=level)

    def reused_output(self, page: Page) -> str | None:
        """The HTML of a reused page that went through MkDocs' page loop after all."""
        if not isinstance(page, ReusedPage) or self.store is None:
            return None
        self.store.reuse(page.file.src_uri, page.kept)
        return self.store.html(page.kept).decode("utf-8")

    def finish(self, later: bool = False) -> Callable[[], None] | None:
        """The build got to its end: the store lists this build's pages. With `later`
        (`mkdocs serve`) that is returned, to be done once the browser has the pages
        (served.AfterRebuild: the next rebuild waits for it), not done here: only the next
        rebuild reads the record, and writing it was 0.1 s of a rebuild at 1,000 dossiers."""
        self.stop()
        if self.store is None or not self.keeping:
            return None
        store, site_key = self.store, self.site_key

        def record() -> None:
            store.link_served()
            store.commit(site_key)

        if later:
            return record
        record()
        return None

    def stop(self) -> None:
        if self._listener is not None:
            logging.getLogger("mkdocs").removeHandler(self._listener)
            self._listener = None

    def heard(self, record: logging.LogRecord) -> None:
        # What MkDocs says about a page's anchors once every page is written is said again
        # for a reused page (its links to anchors are restored), so only what is said while
        # a page is read, rendered or written counts.
        page = getattr(self._config, "_current_page", None) if self._config else None
        if page is not None:
            self.noisy.add(page.file.src_uri)


class _Listener(logging.Handler):
    """Notes the page MkDocs (or a plugin) says something about while it is handled."""

    def __init__(self, differential: Differential) -> None:
        super().__init__(logging.INFO)
        self.differential = differential

    def emit(self, record: logging.LogRecord) -> None:
        self.differential.heard(record)


def _publish(store: OutputStore, kept: Kept, path: str, previous: str | None,
             folders: Folders) -> None:
    """A reused page into the site: its file in the store, linked (a page written is a
    folder, a file and its bytes; linked, a folder and a name). The store cannot change
    what a later build publishes through the link: `OutputStore.match` checks every kept
    page (its stat, and its bytes when that differs), so a published page changed in
    place is rendered again. Written when it cannot be linked (another disk, a file
    already there) or when a site kept aside links it too (`previous`: the page in the
    site this build replaces; `workfiles.linked_only_from`)."""
    folders.place(store.html_file(kept), path, previous,
                  lambda: write_file(store.html(kept), path))


def _unread(pages: list[File]) -> list[File]:
    """The pages MkDocs' reading loop reads: not those read when they were found reused."""
    return [file for file in pages if not isinstance(file.page, ReusedPage)]


def _lookup(found: File | None) -> Lookup:
    return None if found is None else (found.url, found.inclusion.is_excluded())


def _settings(config: MkDocsConfig) -> str:
    """The configuration as MkDocs read it and the plugins changed it (not where this build
    writes: the sibling folder's name is the same every build, but serve's is not)."""
    lines = [f"{key}={config[key]!r}" for key in sorted(config.keys())
             if key not in {"site_dir", "plugins", "theme"}]
    theme = config.theme
    lines.append(f"theme={sorted((k, repr(v)) for k, v in dict(theme).items())!r}")
    lines.append(f"theme.dirs={theme.dirs!r} static={sorted(theme.static_templates)!r}")
    for name, plugin in config.plugins.items():
        cls = type(plugin)
        options = sorted((k, repr(v)) for k, v in dict(plugin.config).items())
        lines.append(f"plugin {name}={cls.__module__}.{cls.__qualname__} {options!r}")
    return "\n".join(lines)


def _engine() -> str:
    import mkdocs

    return f"{mkdocs.__file__} {mkdocs.__version__}"


def _navigation(nav: Navigation) -> str:
    """Every page of the site shows the navigation: its sections, pages and links, each
    with its title (a page's title from its own text when the nav gives none)."""
    lines: list[str] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if item.is_section:
                lines.append(f"{depth} S {item.title!r}")
                walk(item.children, depth + 1)
            elif item.is_page:
                explicit = vars(item).get("title")
                source = "" if explicit is not None else digest(item.file.content_bytes)
                lines.append(f"{depth} P {explicit!r} {item.file.src_uri} {item.url} {source}")
            else:
                lines.append(f"{depth} L {item.title!r} {item.url}")

    walk(nav.items, 0)
    return "\n".join(lines)
