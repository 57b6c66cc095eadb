"""The annex text's search bundle (`zoekindex/bijlagen/`), written beside the build.

Why apart from the pages' bundle (bundles.py): annex text is most of what the
search indexes (nine tenths at 1,000 dossiers), and it changes only when an
annex, or the title of its dossier, changes. Apart, it is written again only
then, not after every edit of a letter. And it is known as soon as the PDFs
are read, so a process of its own writes it on the other core while MkDocs
renders the site's pages.

Each annex is one document of the bundle; its sections are its PDF pages, so
a result links to the annex's text page and to the PDF page that holds the
words searched (`#pagina-N`, the anchors of render/annex_page.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..annex.facts import StoredText
from ..served import ServedFolder
from ..workfiles import remove_abandoned
from .bundles import INDEX_DIR, KeptBundles, code_key, doc_cache_folder
from .job_process import JobProcess, error_text
from .writer import IndexWriter

ANNEX_BUNDLE = "bijlagen"


@dataclass(frozen=True)
class AnnexDoc:
    url: str  # the annex text page, site-relative: dossiers/<slug>/bijlagen/<stem>/
    title: str  # the annex's title
    dossier_title: str
    text: Sequence[str]  # per PDF page
    facets: tuple[str, ...] = ()  # its dossier's "field=value" pairs (derived.py)

    @property
    def context(self) -> str:
        return f"Bijlage bij het besluit {self.dossier_title}"


class AnnexIndex:
    """One build's annex bundle: `start` once the annexes are known, `finish` at the end."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.kept = KeptBundles(cache_dir, ANNEX_BUNDLE)
        remove_abandoned(cache_dir / INDEX_DIR, f".{ANNEX_BUNDLE}.")
        self.work = cache_dir / INDEX_DIR / f".{ANNEX_BUNDLE}.{os.getpid()}"
        self.key = ""
        self.written = False  # whether this build writes the bundle anew
        self.served = False  # whether serve's folder holds it already (KeptBundles.still_served)
        self.analysed_before = 0  # annexes of the last writing whose analysis was taken again
        self._process: JobProcess | None = None

    def start(self, docs: list[AnnexDoc], served: ServedFolder | None = None) -> None:
        """Start writing the bundle in a process of its own, unless it is kept already
        (`served`: `mkdocs serve`'s folder, which may hold it whole)."""
        self.key = _key(docs)
        self.served = self.kept.still_served(self.key, served)
        if self.served or self.kept.has(self.key):
            return
        self.written = True
        if not docs:  # still a bundle, an empty one: the search page expects both
            with IndexWriter(self.kept.path(self.key), work_dir=self.work):
                pass
            self.kept.seal(self.key)
            return
        self.work.mkdir(parents=True, exist_ok=True)
        job = self.work / "job.jsonl"
        with job.open("w", encoding="utf-8") as out:
            for doc in docs:
                record = {"url": doc.url, "title": doc.title, "context": doc.context,
                          "facets": list(doc.facets)}
                if isinstance(doc.text, StoredText):  # read by the process, not held here
                    record.update(text_file=str(doc.text.path), pages=len(doc.text))
                else:
                    record["text"] = list(doc.text)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        # job.py analyses the annex text as render/annex_text.py shows it: its code counts.
        docs = doc_cache_folder(self.kept.folder.parent, ANNEX_BUNDLE, _annex_text_code())
        self._process = JobProcess([str(job), str(self.cache_dir), ANNEX_BUNDLE, self.key,
                                    _code().hexdigest(), str(self.work / "spill"), str(docs)],
                                   self.work / "log")

    def finish(self, site_dir: Path, previous: Path | None = None, serving: bool = False,
               served: ServedFolder | None = None,
               at_swap: Callable[[str], bool] | None = None) -> str | None:
        """Wait for the bundle and put it in the site (`previous`: the site this build
        replaces; `serving`: under `mkdocs serve`; see KeptBundles.place); None on success,
        else what went wrong."""
        try:
            if self._process is not None:
                process, self._process = self._process, None
                try:
                    # Kept (sealed) by the job, with the files it linked from the earlier bundle.
                    self.analysed_before = process.wait()
                except (OSError, RuntimeError) as error:
                    return "the search index of the annexes was not built: " + error_text(error)
            if self.served:
                return None
            self.kept.keep_only(self.key)
            self.kept.place(self.key, site_dir, previous, serving, served, at_swap)
            return None
        finally:
            self._clean()

    def abandon(self) -> None:
        """After a failed build: stop the writer; a half-written bundle is never kept."""
        if self._process is not None:
            self._process.stop()
            self._process = None
        self._clean()

    def _clean(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


def _key(docs: list[AnnexDoc]) -> str:
    """A hash of everything the bundle is made of: each annex's address, titles and text."""
    digest = _code()
    for doc in docs:
        digest.update(json.dumps([doc.url, doc.title, doc.context, doc.facets]).encode() + b"\0")
        # Text in the annex cache is known by its file (content hash, reader version):
        # reading every annex's text on every build cost gigabytes at 10,000 dossiers.
        text = (doc.text.identity.encode() if isinstance(doc.text, StoredText)
                else json.dumps(list(doc.text)).encode())
        digest.update(text + b"\0")
    return digest.hexdigest()


def _code() -> hashlib.blake2b:
    """The code that writes the bundle: the index code, and render/annex_text.py, since
    job.py indexes the annex text as that shows it (the start of the bundle's key; a kept
    bundle written by other code is no source of links, bundles.Writing)."""
    digest = code_key()
    digest.update(ANNEX_BUNDLE.encode())
    digest.update(_annex_text_code())
    return digest


def _annex_text_code() -> bytes:
    return resources.files("woo_dossiers").joinpath("render", "annex_text.py").read_bytes()
