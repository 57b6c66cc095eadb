"""Write the annex text's bundle in a process of its own: `python -m woo_dossiers.search.job
JOB OUT WORK DOCS`.

JOB is a JSON-lines file, one annex a line: url, title, context, and either the
annex's text per PDF page (`text`) or the annex cache's text file to read it
from (`text_file`, with the number of `pages` it must hold). The build starts
this while MkDocs renders (annex_bundle.py), so the writing happens on the
other core, and reading the text here keeps it out of the build's memory. DOCS is
the folder of the annexes' analyses (doc_cache.py): an annex analysed in the last
writing is not read again.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..render.annex_text import plain_text
from .analysis import Analysed, analyse
from .bundles import kept_lexicon
from .derived import keep_lexicon_in
from .doc_cache import DocCache, doc_key
from .writer import IndexWriter

ANALYSED_BEFORE = "analysed before: "


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


def main(job: Path, out_dir: Path, work_dir: Path, docs_dir: Path) -> None:
    keep_lexicon_in(kept_lexicon(docs_dir.parent))
    docs = DocCache(docs_dir)
    try:
        with IndexWriter(out_dir, work_dir=work_dir) as writer, job.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                facets = record.get("facets", ())
                analysed = docs.analysis(_key(record), _analyse, record)
                writer.add_paged(record["url"], record["title"], record["context"], None, facets,
                                 analysed)
        docs.commit()
        print(f"{ANALYSED_BEFORE}{docs.reused}", flush=True)  # read by annex_bundle.py
    finally:
        docs.abandon()


if __name__ == "__main__":
    try:
        main(*map(Path, sys.argv[1:5]))
    except OSError as error:  # a full disk, a folder that cannot be written: say which
        where = f" ({error.filename})" if error.filename else ""
        raise SystemExit(f"{error.strerror or error}{where}") from error
