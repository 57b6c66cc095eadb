"""Write a search bundle in a process of its own (job_process.py): `python -m
woo_dossiers.search.job JOB CACHE BUNDLE KEY CODE WORK DOCS`.

For the pages' bundle (BUNDLE `paginas`), JOB is the pages' work file (bundles.PageIndex:
one page's text a line) and the bundle is written as the build would (bundles.write_pages).
For the annexes' bundle, JOB is a JSON-lines file, one annex a line: url, title, context, and either the
annex's text per PDF page (`text`) or the annex cache's text file to read it
from (`text_file`, with the number of `pages` it must hold). The build starts
this while MkDocs renders (annex_bundle.py), so the writing happens on the
other core, and reading the text here keeps it out of the build's memory. The bundle
is written as version KEY of the kept bundle BUNDLE in the cache folder CACHE
(bundles.KeptBundles), by the code CODE, and kept (sealed) here. DOCS is the folder of
the annexes' analyses (doc_cache.py): an annex analysed in the last writing is not read
again, and one that was in the last kept bundle as it is now gets its files linked from
there (bundles.Writing).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..render.annex_text import plain_text
from .analysis import Analysed, analyse
from .bundles import PAGES_BUNDLE, KeptBundles, Writing, write_pages
from .doc_cache import doc_key
from .job_process import ANALYSED_BEFORE, os_error_line


def text_of(record: dict[str, Any]) -> list[str]:
    if "text" in record:
        return record["text"]
    path = Path(record["text_file"])
    pages = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(pages, list) or len(pages) != record["pages"]:
        raise SystemExit(f"the annex text in the cache ({path}) is damaged; "
                         "delete the cache folder and build again")
    return pages


def _key(record: dict[str, Any]) -> str:
    """What an annex's analysis is made of. Its text file in the annex cache is named by the
    PDF's content under a folder named by the reader's version: those two parts name the
    text wherever the project lies (the whole path would analyse a moved project anew)."""
    stored = record.get("text_file")
    text = "/".join(Path(stored).parts[-3:]) if stored else None
    return doc_key(record["title"], record.get("facets", ()), text, record.get("pages"),
                   record.get("text"))


def _analyse(record: dict[str, Any]) -> Analysed:
    # The words as the annex page shows them: a word hyphenated at a line end whole.
    return analyse(record["title"], [plain_text(page) for page in text_of(record)],
                   record.get("facets", ()))


def _files_key(record: dict[str, Any], analysis: str) -> str:
    """What an annex's d/ and x/ files are made of: its analysis (`_key`), address and context."""
    return doc_key(record["url"], record["context"], analysis)


def main(job: Path, cache_dir: Path, bundle: str, key: str, code: str, work_dir: Path,
         docs_dir: Path) -> None:
    if bundle == PAGES_BUNDLE:
        with job.open(encoding="utf-8") as lines:
            reused = write_pages(KeptBundles(cache_dir, bundle), key, code, lines, work_dir, docs_dir)
        print(f"{ANALYSED_BEFORE}{reused}", flush=True)  # read by job_process.py
        return
    with Writing(KeptBundles(cache_dir, bundle), key, code, work_dir, docs_dir) as writing, \
            job.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            analysis = _key(record)
            analysed, same_as = writing.doc(analysis, _analyse, record,
                                            files=_files_key(record, analysis))
            writing.writer.add_paged(record["url"], record["title"], record["context"], None,
                                     record.get("facets", ()), analysed, same_as)
    print(f"{ANALYSED_BEFORE}{writing.reused}", flush=True)  # read by job_process.py


if __name__ == "__main__":
    try:
        job, cache_dir, bundle, key, code, work_dir, docs_dir = sys.argv[1:8]
        main(Path(job), Path(cache_dir), bundle, key, code, Path(work_dir), Path(docs_dir))
    except OSError as error:  # a full disk, a folder that cannot be written: say which
        raise SystemExit(os_error_line(error)) from error
