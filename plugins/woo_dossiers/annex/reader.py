"""`read_pdfs`: every annex of a build, from the cache or read safely in workers."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .cache import Cache, EntryMemo
from .facts import PdfFacts, Refusal
from .hashes import HashIndex
from .ocr import Engine
from .pool import Limits, OcrPlan, Outcome, examine_all

log = logging.getLogger("woo_dossiers.annex")


@dataclass
class ReadStats:
    """What one `read_pdfs` call did; tests and the build log use it."""

    parsed: int = 0  # files handed to a PDF parser in a worker
    cached: int = 0  # files answered from the cache without parsing
    hashed: int = 0  # files read to compute their content hash (not known unchanged)
    recognised: int = 0  # pages whose text Tesseract recognised in this call (not cached)
    without_text: int = 0  # pages published without text (no Tesseract, or it found none)


def read_pdfs(
    paths: list[Path],
    cache_dir: Path | None = None,
    *,
    limits: Limits | None = None,
    stats: ReadStats | None = None,
    ocr: Engine | None = None,
    memo: EntryMemo | None = None,
    unread: Iterable[str] = (),
) -> dict[Path, PdfFacts | str]:
    """Read every PDF once; a string value is why that file could not be read (plain words).

    With `ocr` and a cache, pages without text are recognised (ocr.py); the PDF with
    the text layer is kept in the cache and named by `PdfFacts.published`. `memo`: the
    cache entries the previous call read (a process that builds again: `mkdocs serve`).
    `unread`: the PDFs the build uses without reading them here (those of the dossiers whose
    models it took over): the hash index keeps their entries (HashIndex.save).
    """
    limits = limits or Limits()
    stats = stats if stats is not None else ReadStats()
    ocr = ocr if cache_dir is not None else None
    if memo is not None:
        memo.start_build()
    cache = Cache(cache_dir, ocr.tag if ocr else None, memo) if cache_dir is not None else None
    index = HashIndex(cache_dir)
    results: dict[Path, PdfFacts | str] = {}
    keys: dict[Path, str] = {}
    to_read: list[Path] = []
    for path in dict.fromkeys(paths):
        try:
            key = index.key(path)
        except OSError as error:
            results[path] = Refusal("file-unopenable", {"error": str(error.strerror or error)})
            continue
        cached = cache.get(key) if cache else None
        if cached is not None:
            results[path] = cached
            stats.cached += 1
        else:
            keys[path] = key
            to_read.append(path)
    stats.hashed += index.hashed
    index.save(unread)
    stats.parsed += len(to_read)

    def keep(path: Path, outcome: Outcome) -> None:
        # Stored as each file is read, so its text goes to the cache at once instead of
        # every annex's text piling up in memory until the last file is read.
        results[path] = outcome.result
        if isinstance(outcome.result, PdfFacts):
            stats.recognised += len(outcome.result.ocr_pages)
        if cache and outcome.cacheable:
            try:
                results[path] = cache.put(keys[path], outcome.result)
            except OSError as error:  # a read-only disk must not fail the build
                log.warning("annex cache not written (%s)", error)

    plan = OcrPlan(ocr, lambda path: cache.ocr_file(keys[path])) if ocr and cache else None
    examine_all(to_read, limits, keep, plan)
    stats.without_text += sum(len(_without_text(result)) for result in results.values())
    log.info("annexes: %d parsed, %d from the cache, %d hashed", stats.parsed, stats.cached,
             stats.hashed)
    return {path: results[path] for path in dict.fromkeys(paths)}


def _without_text(result: PdfFacts | str) -> list[int]:
    """The pages the "no-text" finding names (its `pages` parameter: [pages, of])."""
    if isinstance(result, str):
        return []
    return [page for finding in result.findings if finding.code == "no-text"
            for page in finding.params["pages"][0]]
