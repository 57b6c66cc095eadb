"""The annex text's own search bundle (`pagefind-bijlagen/`), indexed beside the build.

Why apart from the site's bundle (search.py): annex text is most of what the
search indexes (nine tenths at 1,000 dossiers), and it changes only when an
annex, or the title of its dossier, changes. In a bundle of its own it is
indexed again only then, not after every edit of a letter. And its pages are
known as soon as the PDFs are read, so Pagefind indexes them in a process of
its own, on the other core, while MkDocs renders the site's pages. The search
page merges both bundles (docs/assets/zoeken.js).

Pagefind reads pages of our own making here, not the theme's HTML: a title,
the line that names the dossier, and the text per PDF page with the same
headings and anchors as the annex's text page (render/annex_page.py), at the
same path, so results and their sub-results link to that page.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .annex.facts import StoredText
from .render.annex_page import page_text_html
from .render.text import esc
from .search import command, missing, run_key

ANNEX_BUNDLE = "pagefind-bijlagen"  # folder inside site/, beside search.BUNDLE


@dataclass(frozen=True)
class AnnexDoc:
    path: str  # the text page's HTML file inside the site: dossiers/<slug>/bijlagen/<stem>/index.html
    title: str  # the annex's title
    dossier_title: str
    text: Sequence[str]  # per PDF page


class AnnexIndex:
    """One build's annex bundle: `start` once the annexes are known, `finish` at the end."""

    def __init__(self, cache_dir: Path, module: str = "pagefind", timeout: float = 600) -> None:
        self.folder = cache_dir / ANNEX_BUNDLE
        self.module = module
        self.timeout = timeout
        self.key = ""
        self.process: subprocess.Popen[bytes] | None = None
        self.problem: str | None = None
        self.ran = False  # Pagefind was started (False: the kept bundle served, or no annexes)

    def start(self, docs: list[AnnexDoc]) -> None:
        """Index `docs` in the background, unless the bundle of the same pages is kept."""
        self.key = _key(docs, self.module)
        if not docs or (self.folder / self.key).is_dir():
            return
        self.problem = missing(self.module)
        if self.problem:
            return
        shutil.rmtree(self.folder, ignore_errors=True)  # only the newest bundle is kept
        source = self.folder / "pages"
        for doc in docs:
            target = source / doc.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_page(doc), "utf-8")
        log = (self.folder / "pagefind.log").open("wb")
        try:
            self.process = subprocess.Popen(
                command(self.module, source, ["--output-path", str(self._partial)]),
                stdout=log, stderr=subprocess.STDOUT)
        except OSError as error:
            self.problem = f"the search index of the annexes was not built: {error}"
        finally:
            log.close()
        self.ran = self.process is not None

    def finish(self, site_dir: Path) -> str | None:
        """Wait for the bundle and put it in the site; None on success, else what went wrong."""
        if self.problem or not self.key:
            return self.problem
        kept = self.folder / self.key
        if self.process is not None:
            try:
                code = self.process.wait(self.timeout)
            except subprocess.TimeoutExpired:
                self.abandon()
                return f"the search index of the annexes was not built within {self.timeout:g} s"
            self.process = None
            if code != 0:
                lines = (self.folder / "pagefind.log").read_text("utf-8", "replace").split("\n")
                detail = next((line for line in reversed(lines) if line.strip()), "pagefind failed")
                return f"the search index of the annexes was not built: {detail.strip()}"
            shutil.rmtree(self.folder / "pages", ignore_errors=True)
            (self.folder / "pagefind.log").unlink(missing_ok=True)
            self._partial.rename(kept)
        shutil.rmtree(site_dir / ANNEX_BUNDLE, ignore_errors=True)
        if kept.is_dir():  # not when the site has no annex text at all
            shutil.copytree(kept, site_dir / ANNEX_BUNDLE)
        return None

    def abandon(self) -> None:
        """After a failed build: stop Pagefind; its half-written bundle is never kept."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None
            shutil.rmtree(self._partial, ignore_errors=True)

    @property
    def _partial(self) -> Path:
        return self.folder / f"{self.key}.partial"


def _key(docs: list[AnnexDoc], module: str) -> str:
    """A hash of everything the bundle is made of: the pages' paths, titles and text."""
    digest = run_key(module)
    digest.update(b"annexes-1")  # bump when _page changes
    for doc in sorted(docs, key=lambda d: d.path):
        digest.update(json.dumps([doc.path, doc.title, doc.dossier_title]).encode() + b"\0")
        # The cached text file's bytes are the text; no need to parse them.
        text = (doc.text.path.read_bytes() if isinstance(doc.text, StoredText)
                else json.dumps(list(doc.text)).encode())
        digest.update(text + b"\0")
    return digest.hexdigest()


def _page(doc: AnnexDoc) -> str:
    pages = "".join(f'<h2 id="pagina-{n}">Pagina {n}</h2>{page_text_html(text)}'
                    for n, text in enumerate(doc.text, start=1))
    return (f'<!doctype html><html lang="nl"><head><meta charset="utf-8">'
            f"<title>{esc(doc.title)}</title></head><body><main><h1>{esc(doc.title)}</h1>"
            f"<p>Bijlage bij het besluit {esc(doc.dossier_title)}.</p>{pages}</main></body></html>")
