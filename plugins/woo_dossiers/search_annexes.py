"""The annex text's own search bundles (`pagefind-bijlagen/`), indexed beside the build.

Why apart from the site's bundle (search.py): annex text is most of what the
search indexes (nine tenths at 1,000 dossiers), and it changes only when an
annex, or the title of its dossier, changes. Apart, it is indexed again only
then, not after every edit of a letter. And its pages are known as soon as the
PDFs are read, so Pagefind indexes them in processes of its own, on the other
core, while MkDocs renders the site's pages.

Why in parts: Pagefind holds a bundle's whole index in memory while it writes
it, about 75 kB a PDF page (2.5 GB for the 34,000 pages of 1,000 dossiers).
The annexes are split, in the order of their paths, into parts of at most
`pages_per_part` PDF pages, each its own bundle, indexed one after another, so
the memory a build needs stays the same however large the site grows. Each
part is kept under a hash of its pages and indexed again only when one of them
changes. The search page merges every part (`bundles.json`, docs/assets/zoeken.js);
each part costs a visitor its index chunks for the words searched.

Pagefind reads pages of our own making here, not the theme's HTML: a title,
the line that names the dossier, and the text per PDF page with the same
headings and anchors as the annex's text page (render/annex_page.py), at the
same path, so results and their sub-results link to that page.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .annex.facts import StoredText
from .render.annex_page import page_text_html
from .render.text import esc
from .search import command, missing, run_key

ANNEX_BUNDLE = "pagefind-bijlagen"  # folder inside site/, beside search.BUNDLE
BUNDLES_FILE = "bundles.json"  # in ANNEX_BUNDLE: the parts, for the search page
PAGES_PER_PART = 12_000  # about 0.9 GB of Pagefind memory


@dataclass(frozen=True)
class AnnexDoc:
    path: str  # the text page's HTML file inside the site: dossiers/<slug>/bijlagen/<stem>/index.html
    title: str  # the annex's title
    dossier_title: str
    text: Sequence[str]  # per PDF page


class AnnexIndex:
    """One build's annex bundles: `start` once the annexes are known, `finish` at the end."""

    def __init__(self, cache_dir: Path, module: str = "pagefind", timeout: float = 600,
                 pages_per_part: int = PAGES_PER_PART) -> None:
        self.folder = cache_dir / ANNEX_BUNDLE
        self.module = module
        self.timeout = timeout  # per part
        self.pages_per_part = pages_per_part
        self.keys: list[str] = []  # one per part, in order
        self.indexed = 0  # parts indexed anew in this build (the others were kept)
        self.problem: str | None = None
        self._worker: threading.Thread | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._stop = threading.Event()

    def start(self, docs: list[AnnexDoc]) -> None:
        """Index the parts of `docs` that are not kept, one after another in the background."""
        parts = split(docs, self.pages_per_part)
        self.keys = [_key(part, self.module) for part in parts]
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.iterdir():  # only the bundles of this build are kept
            if old.name not in self.keys:
                _remove(old)
        todo = [(key, part) for key, part in zip(self.keys, parts, strict=True)
                if not (self.folder / key).is_dir()]
        if not todo:
            return
        self.problem = missing(self.module)
        if self.problem:
            return
        for key, part in todo:
            for doc in part:
                target = self.folder / f"{key}.pages" / doc.path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(_page(doc), "utf-8")
        self.indexed = len(todo)
        self._worker = threading.Thread(target=self._index, args=([key for key, _ in todo],),
                                        name="woo-annex-search", daemon=True)
        self._worker.start()

    def finish(self, site_dir: Path) -> str | None:
        """Wait for the parts and put them in the site; None on success, else what went wrong."""
        if self._worker is not None:
            self._worker.join()
        if self.problem:
            return self.problem
        shutil.rmtree(site_dir / ANNEX_BUNDLE, ignore_errors=True)
        if not self.keys:  # a site without annex text has no annex bundle
            return None
        for number, key in enumerate(self.keys, start=1):
            shutil.copytree(self.folder / key, site_dir / ANNEX_BUNDLE / str(number))
        parts = [f"{number}/" for number in range(1, len(self.keys) + 1)]
        (site_dir / ANNEX_BUNDLE / BUNDLES_FILE).write_text(json.dumps(parts), "utf-8")
        return None

    def abandon(self) -> None:
        """After a failed build: stop Pagefind; half-written bundles are never kept."""
        self._stop.set()
        process = self._process
        if process is not None:
            process.kill()
        if self._worker is not None:
            self._worker.join()

    def _index(self, keys: list[str]) -> None:
        """In the background thread: run Pagefind on each part in turn."""
        for key in keys:
            if self._stop.is_set():
                return
            source, partial = self.folder / f"{key}.pages", self.folder / f"{key}.partial"
            log_file = self.folder / f"{key}.log"
            with log_file.open("wb") as log:
                self._process = subprocess.Popen(
                    command(self.module, source, ["--output-path", str(partial)]),
                    stdout=log, stderr=subprocess.STDOUT)
            try:
                code = self._process.wait(self.timeout)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
                code = None
            self._process = None
            if code == 0:
                partial.rename(self.folder / key)
            elif not self._stop.is_set():
                lines = log_file.read_text("utf-8", "replace").splitlines()
                detail = next((line.strip() for line in reversed(lines) if line.strip()),
                              "pagefind failed")
                self.problem = ("the search index of the annexes was not built: "
                                + (f"no result within {self.timeout:g} s" if code is None
                                   else detail))
            for leftover in (source, partial, log_file):
                _remove(leftover)
            if self.problem:
                return


def split(docs: list[AnnexDoc], pages_per_part: int) -> list[list[AnnexDoc]]:
    """The annexes in path order, in parts of at most `pages_per_part` PDF pages.

    A part holds at least one annex, however long. Path order keeps the parts
    stable as a site grows: new dossiers mostly sort after the older ones.
    """
    parts: list[list[AnnexDoc]] = []
    pages = 0
    for doc in sorted(docs, key=lambda d: d.path):
        if not parts or pages + len(doc.text) > pages_per_part:
            parts.append([])
            pages = 0
        parts[-1].append(doc)
        pages += len(doc.text)
    return parts


def _key(docs: list[AnnexDoc], module: str) -> str:
    """A hash of everything a part is made of: its pages' paths, titles and text."""
    digest = run_key(module)
    digest.update(b"annexes-1")  # bump when _page changes
    for doc in docs:
        digest.update(json.dumps([doc.path, doc.title, doc.dossier_title]).encode() + b"\0")
        # Text in the annex cache is known by its file (content hash, reader version):
        # reading every annex's text on every build cost gigabytes at 10,000 dossiers.
        text = (doc.text.identity.encode() if isinstance(doc.text, StoredText)
                else json.dumps(list(doc.text)).encode())
        digest.update(text + b"\0")
    return digest.hexdigest()


def _page(doc: AnnexDoc) -> str:
    pages = "".join(f'<h2 id="pagina-{n}">Pagina {n}</h2>{page_text_html(text)}'
                    for n, text in enumerate(doc.text, start=1))
    return (f'<!doctype html><html lang="nl"><head><meta charset="utf-8">'
            f"<title>{esc(doc.title)}</title></head><body><main><h1>{esc(doc.title)}</h1>"
            f"<p>Bijlage bij het besluit {esc(doc.dossier_title)}.</p>{pages}</main></body></html>")


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
