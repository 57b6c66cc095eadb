"""The site's search: our own index (this package), written in two bundles.

Why not MkDocs' built-in search: its index is one JSON file with the text of
every page, downloaded whole by every visitor who searches. Why not Pagefind
any more: it holds a bundle's whole index in memory (4 GB for the pages of
10,000 dossiers), and every bundle it is split into to avoid that costs a
visitor its scripts and metadata again. Our writer spills to disk and keeps
its memory bounded, and a query fetches only the chunks of its words.
Measurements and the decision: docs/search.md.

Two bundles, each kept under a hash of what it indexed and written again only
when that changes:
- `paginas`: the text of the site's pages (dossier pages, overviews), taken
  from each page's HTML as MkDocs writes it (PageIndex, below);
- `bijlagen`: the annex text, known as soon as the PDFs are read, indexed in a
  process of its own on the other core while MkDocs renders (annex_bundle.py).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, Any, NamedTuple

from ..served import ServedFolder, swap_in
from ..workfiles import files_under, link_or_copy, remove, remove_abandoned, write_atomically
from .analysis import Analysed, analyse
from .derived import keep_lexicon_in, lexicon_identity
from .doc_cache import DocCache, doc_key
from .job_process import JobProcess
from .page_text import page_sections
from .writer import IndexWriter, Section

INDEX_DIR = "zoekindex"  # folder inside site/ with one folder per bundle
PAGES_BUNDLE = "paginas"


def doc_cache_folder(index_dir: Path, name: str, *more: bytes) -> Path:
    """The folder of a bundle's docs' analyses (doc_cache.py), for this version of the index
    code (and of whatever else `more` says the text depends on)."""
    version = code_key()
    for extra in more:
        version.update(extra)
    return index_dir / f"{name}.docs-{version.hexdigest()[:16]}"


def kept_lexicon(index_dir: Path) -> Path:
    """Where the word list's keys are kept for this version of the index code
    (derived.keep_lexicon_in), shared by both bundles' writers."""
    return index_dir / f"lexicon-{code_key().hexdigest()[:16]}.keys"


def code_key() -> hashlib.blake2b:
    """The start of every bundle's key: the index code itself (a change writes anew)."""
    digest = hashlib.blake2b(b"zoekindex", digest_size=16)
    package = resources.files("woo_dossiers").joinpath("search")
    for name in sorted(p.name for p in package.iterdir() if p.name.endswith(".py")):
        digest.update(name.encode() + b"\0" + package.joinpath(name).read_bytes() + b"\0")
    digest.update(lexicon_identity().encode())  # the compound parts depend on the word list
    # The stems are the stemmer package's (pinned, but a project may install another).
    digest.update(importlib.metadata.version("snowballstemmer").encode())
    return digest


class KeptBundles:
    """A bundle's versions in the project's cache, one per key; only the newest is kept.

    A bundle counts as kept only when its manifest (`<key>.manifest`, written when the
    bundle was complete) lists exactly the files in its folder, each with its size, hash
    and modification time (`st_mtime_ns`): a bundle that lost files to a killed build or was
    changed on disk is written again (with a note in the log), never published as
    "unchanged". The check is by `stat`, not by reading: the annex bundle is 100+ MB at
    1,000 dossiers, and reading it on every build cost more than a second. A file whose
    size and time are as listed counts as unchanged; one whose time differs is read and
    hashed (the same bytes, as in a cache restored with other times: kept, and the manifest
    takes the new time). Like make and rsync this trusts the time: a file changed in place
    and then given back its size and time (`os.utime`) counts as unchanged. A manifest
    without times (written before they were listed) is checked by hash, then given them.

    A build's site gets copies or links of the previous site's copy, never hard links into
    the cache, so that damaging the cache cannot change a published site. `mkdocs serve`'s
    folder, private, never published and emptied by MkDocs before every rebuild, gets hard
    links into the cache (copies where that folder is on another disk).

    Beside a bundle, `<key>.docs` lists its docs' keys (doc_cache.doc_key) in doc order and
    the code that wrote it: the next writing links the files of the docs it has too from
    this bundle (`earlier`) instead of writing them again (writer.py).
    """

    def __init__(self, cache_dir: Path, name: str) -> None:
        self.name = name
        self.folder = cache_dir / INDEX_DIR / name
        self.damaged = False  # the last `has` found a bundle whose files differ from its manifest

    def path(self, key: str) -> Path:
        return self.folder / key

    def manifest(self, key: str) -> Path:
        return self.folder / f"{key}.manifest"

    def docs(self, key: str) -> Path:
        return self.folder / f"{key}.docs"

    def has(self, key: str) -> bool:
        manifest = self.manifest(key)
        if not manifest.is_file():
            self.damaged = self.path(key).exists()
        else:
            self.damaged = not self._intact(key)
        if self.damaged:
            remove(self.path(key))
            remove(manifest)
            remove(self.docs(key))
        return manifest.is_file()

    def earlier(self, key: str, code: str) -> Earlier | None:
        """The bundle kept before `key`'s, to link its docs' files from while writing `key`'s:
        only one whose files are as its manifest lists (`_intact`: a damaged bundle is
        never a source), written by this code (`code`: the writer's output depends on it),
        with its docs' keys."""
        if not self.folder.is_dir():
            return None
        for manifest in self.folder.glob("*.manifest"):
            other = manifest.name.removesuffix(".manifest")
            if other == key:
                continue
            try:
                record = json.loads(self.docs(other).read_text("utf-8"))
                if record["code"] != code:
                    continue
                numbers = {doc: number for number, doc in enumerate(record["docs"])}
            except (OSError, ValueError, KeyError, TypeError):  # none (yet), or damaged
                continue
            if self._intact(other):
                return Earlier(self.path(other), numbers, self._listed(other))
        return None

    def keep_docs(self, key: str, code: str, docs: Sequence[str]) -> None:
        """Record the bundle's docs' keys in doc order (see the class), before `seal`."""
        text = json.dumps({"code": code, "docs": list(docs)}).encode("utf-8")
        write_atomically(self.docs(key), lambda out: out.write(text))

    def seal(self, key: str, known: Mapping[str, list[int | str]] | None = None) -> None:
        """Record the complete bundle's files; until then it does not count as kept.
        known: manifest entries of the files this writing linked from an earlier bundle
        (Earlier.entries), taken instead of reading the file while its size is as listed:
        the very file, checked by `_intact` when the writing began. Its time is its own: a
        file linked under another name was given a new one (writer.py), and reading every
        renumbered file again (a dossier added: half the annexes) cost most of sealing."""
        folder = self.path(key)
        known = known or {}
        files: dict[str, list[int | str]] = {}
        for name, stat in (_stats_of(folder) or {}).items():
            entry = known.get(name)
            if entry and entry[0] == stat.st_size and len(entry) >= 2:
                entry = [entry[0], entry[1], stat.st_mtime_ns]
            else:
                entry = _entry(folder / name)
            files[name] = entry
        self._record(key, files)

    def still_served(self, key: str, served: ServedFolder | None) -> bool:
        """Under `mkdocs serve`: whether its folder holds this version whole as the previous
        rebuild placed it (served.py), so that it is neither checked, written nor placed
        again. Those links into the cache serve what was checked when they were placed,
        whatever happens to the cache since (the next build checks it)."""
        return served is not None and served.kept_bundle(f"{INDEX_DIR}/{self.name}", key)

    def keep_only(self, key: str) -> None:
        if not self.folder.is_dir():
            return
        for old in self.folder.iterdir():
            if old.name not in {key, self.manifest(key).name, self.docs(key).name}:
                remove(old)

    def place(self, key: str, site_dir: Path, previous: Path | None = None,
              serving: bool = False, served: ServedFolder | None = None,
              at_swap: Callable[[str], bool] | None = None) -> None:
        """Put the kept bundle into the site: each file a hard link to the previous site's
        copy when that is as the manifest lists it, with its name, size and time (tens of
        thousands of small files at 10,000 dossiers: linking them is much cheaper than
        copying, and a bundle written again keeps the files of its unchanged docs,
        writer.py; a file edited in place has another time), else a copy; under `mkdocs
        serve` (`serving`) hard links into the cache, and a file that is there already in
        serve's previous folder stays there (`served`, served.py). The previous site is
        removed once the new one is in. When the previous site's copy is the bundle whole,
        every file as listed and nothing else, it is not linked at all: `at_swap` (the
        publishing's `move_at_swap`) moves that folder into the new site at the swap."""
        target = site_dir / INDEX_DIR / self.name
        remove(target)
        # Not through a symlinked site/: the folder it points to outlives the build.
        linkable = previous is not None and not previous.is_symlink()
        before = previous / INDEX_DIR / self.name if linkable else None
        listed = self._listed(key)
        # Files and folders of files only (files_under), so that what moves whole holds
        # nothing a copy of the bundle would not: no empty folder, no symlink.
        found = files_under(before) if before is not None and at_swap is not None else None
        if (at_swap is not None and found is not None and served is None
                and isinstance(listed, dict) and found.keys() == listed.keys()
                and all(_as_listed(listed[name], stat) for name, stat in found.items())
                and at_swap(f"{INDEX_DIR}/{self.name}")):
            return
        if found is None and before is not None:
            found = _stats_of(before)
        # copy2 keeps the times, so the next build can link this copy
        otherwise = link_or_copy if serving else shutil.copy2
        # Names as strings: tens of thousands of files at 10,000 dossiers, and making a Path
        # of each (three a file) cost a second there.
        prefix, before_dir = len(str(target)) + 1, str(before)

        def place_file(source: str, destination: str) -> None:
            if served is not None and served.leave(source, destination):
                return
            name = destination[prefix:].replace(os.sep, "/")
            stat = found.get(name) if found is not None else None
            if (before is not None and stat is not None and isinstance(listed, dict)
                    and _as_listed(listed.get(name), stat)):
                try:
                    os.link(os.path.join(before_dir, name), destination)
                    return
                except OSError:
                    pass
            otherwise(source, destination)

        shutil.copytree(self.path(key), target, copy_function=place_file)
        if served is not None:
            served.placed_bundle(f"{INDEX_DIR}/{self.name}", key)

    def _intact(self, key: str) -> bool:
        """Whether the kept bundle's files are those its manifest lists (see the class)."""
        listed, found = self._listed(key), _stats_of(self.path(key))
        if not isinstance(listed, dict) or found is None or listed.keys() != found.keys():
            return False
        retimed: dict[str, list[int | str]] = {}
        for name, entry in listed.items():
            if not (isinstance(entry, list) and len(entry) in (2, 3)):
                return False
            if entry[0] != found[name].st_size:
                return False
            if entry[2:] != [found[name].st_mtime_ns]:
                now = _entry(self.path(key) / name)
                if now[:2] != entry[:2]:
                    return False
                retimed[name] = now
        if retimed:
            self._record(key, listed | retimed)
        return True

    def _listed(self, key: str) -> Any:
        try:
            return json.loads(self.manifest(key).read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def _record(self, key: str, files: dict[str, list[int | str]]) -> None:
        text = json.dumps(files, sort_keys=True).encode("utf-8")
        write_atomically(self.manifest(key), lambda out: out.write(text))


class Earlier(NamedTuple):
    """A kept bundle written before, intact, as a source of links (KeptBundles.earlier)."""
    folder: Path
    numbers: dict[str, int]  # a doc's key -> its number there
    listed: dict[str, list[int | str]]  # its manifest

    def entries(self, linked: Mapping[str, str]) -> dict[str, list[int | str]]:
        """The manifest entries of a new bundle's files linked from this one (name there ->
        name here: IndexWriter.linked)."""
        return {name: self.listed[source] for name, source in linked.items()
                if source in self.listed}


class Writing:
    """One writing of a kept bundle (both bundles': the pages' here, the annexes' in job.py):
    for each doc in order `doc`, then the writer's `add_page` or `add_paged` with what `doc`
    gave.

    A doc's analysis is the last writing's where its key is unchanged (doc_cache.py), and its
    d/ and x/ files are linked from the bundle kept before (KeptBundles.earlier) where that
    held the same doc and was written by the same code (`code`: a hash of whatever shapes
    the bundle's files, recorded beside it). When the block ends without an error the bundle
    is complete and kept (`seal`, taking the linked files' manifest entries from the earlier
    bundle instead of reading them) with its docs' keys, and the analyses are kept for the
    next writing; after an error nothing of it is kept.
    """

    def __init__(self, kept: KeptBundles, key: str, code: str, work_dir: Path,
                 docs_folder: Path) -> None:
        """work_dir: for the writer's spilled postings; docs_folder: the docs' analyses
        (doc_cache_folder)."""
        keep_lexicon_in(kept_lexicon(kept.folder.parent))
        self.kept, self.key, self.code = kept, key, code
        self.earlier = kept.earlier(key, code)
        self.keys: list[str] = []  # each doc's, in doc order (KeptBundles.keep_docs)
        self.reused = 0  # docs whose analysis was taken from the last writing
        self._docs = DocCache(docs_folder)
        try:
            self.writer = IndexWriter(kept.path(key), work_dir=work_dir,
                                      earlier=self.earlier.folder if self.earlier else None)
        except BaseException:
            self._docs.abandon()
            raise

    def __enter__(self) -> Writing:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if exc_type is not None:
                self.writer.abort()
                return
            self.writer.finish()
            self.kept.keep_docs(self.key, self.code, self.keys)
            self.kept.seal(self.key, self.earlier.entries(self.writer.linked)
                           if self.earlier is not None else None)
            self._docs.commit()
            self.reused = self._docs.reused
        finally:
            self._docs.abandon()

    def doc(self, key: str, analyse: Callable[..., Analysed], *args: Any,
            files: str | None = None) -> tuple[Analysed, int | None]:
        """The next doc's analysis (`key`: a key of what it is made of, doc_cache.doc_key;
        the last writing's analysis where it had this key, else `analyse(*args)`) and its
        number in the earlier bundle where that held the same doc, the writer's `same_as`.
        files: a key of what the doc's d/ and x/ files are made of, where that is more than
        its analysis (`key`) is."""
        files = files or key
        self.keys.append(files)
        analysed = self._docs.analysis(key, analyse, *args)
        return analysed, self.earlier.numbers.get(files) if self.earlier is not None else None

    def take(self, key: str) -> bool:
        """Add the next doc by its key alone, where the earlier bundle held it (its files
        are linked from there) and its analysis is the last writing's: neither its text nor
        its address is read. False, with nothing added, where that cannot be (then `doc`
        and the writer's `add_page`). For a doc whose files and analysis share a key."""
        same_as = self.earlier.numbers.get(key) if self.earlier is not None else None
        if same_as is None:
            return False
        analysed = self._docs.get(key)
        if analysed is None or not self.writer.add_linked(analysed, same_as):
            return False
        self.keys.append(key)
        return True


def write_pages(kept: KeptBundles, key: str, code: str, lines: Iterable[str], spill: Path,
                docs: Path) -> int:
    """Write version `key` of the pages' bundle by the code `code` from the pages' lines
    (PageIndex.line) and keep it; a page whose text is as in the last writing is not
    analysed again (its analysis kept in `docs`), and its files are linked from the bundle
    that writing made (Writing). Returns how many pages' analyses were taken so."""
    with Writing(kept, key, code, spill, docs) as writing:
        for line in lines:
            doc = doc_key(line)
            if writing.take(doc):  # a page as it was: its text need not be parsed
                continue
            url, title, sections, facets = json.loads(line)
            analysed, same_as = writing.doc(doc, analyse, title,
                                            [text for _, _, text in sections], facets)
            writing.writer.add_page(url, title, "", [Section(*s) for s in sections], facets,
                                    analysed, same_as)
    return writing.reused


class PageIndex:
    """The `paginas` bundle: fed each page's HTML as it is written, built at the end.

    The pages' text is collected in a work file rather than in memory; the bundle
    is written from it only when that text differs from the kept bundle's, which
    in a rebuild where nothing changed saves the whole indexing.
    """

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.kept = KeptBundles(cache_dir, PAGES_BUNDLE)
        remove_abandoned(cache_dir / INDEX_DIR, f".{PAGES_BUNDLE}.")
        self.work = cache_dir / INDEX_DIR / f".{PAGES_BUNDLE}.{os.getpid()}.jsonl"
        self.digest = code_key()
        self.code = self.digest.copy().hexdigest()  # what wrote a kept bundle (`earlier`)
        self.pages = 0
        self.analysed_before = 0  # pages of the last writing whose analysis was taken again
        self._out: IO[str] | None = None
        self._process: JobProcess | None = None  # writing the bundle (`start`)

    def add(self, url: str, html: str, facets: Sequence[str] = ()) -> list[Any] | None:
        """Take the text of the page at `url` (site-relative) from its HTML; facets: its
        dossier's "field=value" pairs, for narrowing results (none for other pages).
        Returns the text taken ([title, sections]), which `add_text` takes again."""
        found = page_sections(html)
        if found is None:
            return None
        title, sections = found
        text = [title, [[s.anchor, s.heading, s.text] for s in sections]]
        self.add_text(url, text, facets)
        return text

    def add_text(self, url: str, text: list[Any], facets: Sequence[str] = ()) -> None:
        """A page's text as `add` took it from its HTML (a page a differential build
        publishes as it was, mkdocs_adapter/reuse.py)."""
        self.add_line(self.line(url, text, facets))

    @staticmethod
    def line(url: str, text: list[Any], facets: Sequence[str] = ()) -> str:
        """A page's line in the work file (`add_line`)."""
        return json.dumps([url, *text, list(facets)], ensure_ascii=False) + "\n"

    def add_line(self, line: str) -> None:
        """A page's text as `line` made it (a line `mkdocs serve` kept from the last rebuild
        for a page published as it was: made once rather than on every rebuild)."""
        if self._out is None:
            self.work.parent.mkdir(parents=True, exist_ok=True)
            self._out = self.work.open("w", encoding="utf-8")
        self._out.write(line)
        self.digest.update(line.encode())
        self.pages += 1

    @property
    def key(self) -> str:
        """The version of the bundle that the pages' text so far makes."""
        return self.digest.hexdigest()

    def start(self, served: ServedFolder | None = None) -> None:
        """Every page's text is in: write the bundle, if its text changed, in a process of
        its own (job_process.py), on the other core while the build finishes the site;
        `finish` waits for it. (3 to 5 s of a one-letter build at 10,000 dossiers, as
        long as what the build does meanwhile: placing the site's files, recording its
        pages, the annexes' bundle.) `served`: as `finish`'s."""
        self._close_work()
        key = self.key
        if self._process is not None or self.kept.still_served(key, served) or self.kept.has(key):
            return
        spill = self.work.with_suffix(".spill")
        self._process = JobProcess([str(self.work), str(self.cache_dir),
                                    PAGES_BUNDLE, key, self.code, str(spill),
                                    str(self._docs_folder())], self.work.with_suffix(".log"))

    def finish(self, site_dir: Path, previous: Path | None = None, serving: bool = False,
               served: ServedFolder | None = None,
               at_swap: Callable[[str], bool] | None = None) -> bool:
        """Write the bundle if its text changed (or wait for `start`'s process to have
        written it) and put it into the site (`previous`: the site this build replaces,
        whose copy may be linked or moved in at the swap, `at_swap`; `serving`, `served`:
        `mkdocs serve`'s; see KeptBundles.place); True if written."""
        self._close_work()
        key = self.key
        try:
            if self._process is not None:
                process, self._process = self._process, None
                self.analysed_before = process.wait()  # kept (sealed) by the process
                written = True
            elif self.kept.still_served(key, served):
                return False
            else:
                written = not self.kept.has(key)
                if written:
                    self._write(key)
            self.kept.keep_only(key)
            self.kept.place(key, site_dir, previous, serving, served, at_swap)
        finally:
            self.abandon()
        return written

    def defer(self, served: ServedFolder | None) -> bool:
        """Under `mkdocs serve`: whether to write the bundle after the rebuild
        (`finish_later`), the served folder keeping the version it holds whole until then, so
        that the browser reloads without waiting for it (most of a rebuild's `finish` after
        one edit). Not where the folder holds no version whole (serve's first rebuild), nor
        where this version is there already or kept in the cache (then `finish` is quick)."""
        if served is None:
            return False
        self._close_work()
        folder = f"{INDEX_DIR}/{PAGES_BUNDLE}"
        before = served.bundles_before.get(os.path.normpath(folder))
        if before is None or before == self.key or self.kept.has(self.key):
            return False
        return served.kept_bundle(folder, before)

    def finish_later(self, served_dir: Path) -> set[str]:
        """Write the bundle `defer` held back and put it into `mkdocs serve`'s folder
        `served_dir` in place of the version there (served.swap_in); returns what the
        served folder holds of it (relative paths, the bundle's folder included)."""
        staging = Path(tempfile.mkdtemp(prefix=f".{PAGES_BUNDLE}-", dir=served_dir.parent))
        try:
            key = self.key
            self._write(key)
            self.kept.keep_only(key)
            self.kept.place(key, staging, serving=True)
            return swap_in(served_dir, staging, f"{INDEX_DIR}/{PAGES_BUNDLE}")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            self.abandon()

    def _write(self, key: str) -> None:
        """Write the bundle here (write_pages)."""
        self.analysed_before = write_pages(self.kept, key, self.code, self._lines(),
                                           self.work.with_suffix(".spill"), self._docs_folder())

    def _docs_folder(self) -> Path:
        return doc_cache_folder(self.kept.folder.parent, PAGES_BUNDLE)

    def _close_work(self) -> None:
        """The pages' text is all in the work file (`finish`, `defer`, `abandon`)."""
        if self._out is not None:
            self._out.close()
            self._out = None

    def _lines(self) -> Iterator[str]:
        if self.work.is_file():
            with self.work.open(encoding="utf-8") as lines:
                yield from lines

    def abandon(self) -> None:
        if self._process is not None:  # a failed build: a half-written bundle is never kept
            self._process.stop()
            self._process = None
        self._close_work()
        self.work.unlink(missing_ok=True)
        remove(self.work.with_suffix(".spill"))
        remove(self.work.with_suffix(".log"))


def _stats_of(folder: Path) -> dict[str, os.stat_result] | None:
    """Each file under `folder` (POSIX path) with its `stat`, read from the folders alone (no
    file opened); None without the folder."""
    if not folder.is_dir():
        return None
    files: dict[str, os.stat_result] = {}
    folders = [(folder, "")]
    while folders:
        here, prefix = folders.pop()
        with os.scandir(here) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append((Path(entry.path), f"{prefix}{entry.name}/"))
                elif entry.is_file():
                    files[prefix + entry.name] = entry.stat()
    return files


def _as_listed(entry: Any, stat: os.stat_result) -> bool:
    """Whether a file of the previous site is as the manifest lists the file of that name
    (size and time), and linked from nothing else (a copy kept aside with links shares no
    file with the new site)."""
    return (isinstance(entry, list) and len(entry) == 3
            and entry == [stat.st_size, entry[1], stat.st_mtime_ns] and stat.st_nlink == 1)


def _entry(path: Path) -> list[int | str]:
    """A file's line in a manifest: its size, hash and modification time."""
    with path.open("rb") as file:
        data = file.read()
        stat = os.fstat(file.fileno())
    return [len(data), hashlib.blake2b(data, digest_size=16).hexdigest(), stat.st_mtime_ns]
