"""What a visitor's browser fetches for the first search on a built site, file by file.

    .venv/bin/python scripts/search_download.py site/ cameratoezicht [more queries ...]
    .venv/bin/python scripts/search_download.py --panel site/ cameratoezicht

Replays the search page's fetches without a browser: the search page, its scripts
(zoeken.js, stemmer-nl.js) and the index files the reference query (search/reader.py,
which tests/test_search_client.py holds equal to docs/assets/zoeken.js) reads for the
first page of 10 results: both meta.json, the term chunks, the posting tail segments the
heads need to tell the first page (at most the tail budget, unless fewer than a page of docs
with every word is known by then), the d/ files of the results and their excerpt parts.
With --panel, the header's panel instead (assets/woo/kopzoek.js, on every page): typing in
the header field of any page shows the first 5 results without opening the search page;
counted are kopzoek.js, the two scripts and the index files of those 5.
Bytes are counted as served: whole files uncompressed and gzip-compressed (level 6, as
static hosts compress text), and ranges (excerpt parts, tails) as they are, since a
range request is answered uncompressed (the browser asks for `identity`).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from woo_dossiers.search import reader  # noqa: E402

PAGE_FILES = ["zoeken/index.html", "assets/zoeken.js", "assets/stemmer-nl.js"]
PANEL_FILES = ["assets/woo/kopzoek.js", "assets/zoeken.js", "assets/stemmer-nl.js"]
PANEL_SHOWN = 5  # kopzoek.js SHOWN
BUNDLES = ["paginas", "bijlagen"]


def fetched(site: Path, query: str, limit: int = 10,
            page_files: list[str] = PAGE_FILES) -> tuple[reader.Results, list[tuple[str, int, int]]]:
    """The results and (file, bytes, bytes gzip) of every fetch of a first search."""
    read: list[str] = []
    results = reader.run([site / "zoekindex" / b for b in BUNDLES], query, limit, read=read)
    rows = []
    for name in page_files + [f"zoekindex/{r}" for r in read]:
        path, _, where = name.partition("@")
        if where:
            length = len(_range(site / path, where))
            rows.append((name, length, length))
        else:
            data = (site / path).read_bytes()
            rows.append((name, len(data), len(gzip.compress(data, 6, mtime=0))))
    return results, rows


def _range(path: Path, where: str) -> bytes:
    offset, length = map(int, where.split("+"))
    with path.open("rb") as f:
        f.seek(offset)
        return f.read(length)


def kind(name: str) -> str:
    if not name.startswith("zoekindex/"):
        return name.rsplit("/", 1)[-1] if "assets" in name else "search page"
    part = name.split("/")[2]
    return {"meta.json": "meta.json", "t": "term chunks", "p": "posting tail segments",
            "d": "doc metadata (d/)", "x": "excerpt parts (x/)"}.get(part, part)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("queries", nargs="+")
    parser.add_argument("--files", action="store_true", help="list every file")
    parser.add_argument("--panel", action="store_true",
                        help="the header's panel (5 results), not the search page")
    args = parser.parse_args()
    for query in args.queries:
        results, rows = (fetched(args.site, query, PANEL_SHOWN, PANEL_FILES) if args.panel
                         else fetched(args.site, query))
        exact = "exact" if results.exact else "at least"
        if results.approximate:  # the tail budget stopped the proof (reader.TAIL_BUDGET)
            exact += ", order approximate"
        print(f"\n{query!r}: {len(results.hits)} shown of {results.total} ({exact}); "
              f"{len(rows)} fetches, {sum(r[1] for r in rows) / 1000:.1f} kB, "
              f"{sum(r[2] for r in rows) / 1000:.1f} kB gzip")
        groups: dict[str, list[int]] = {}
        for name, raw, packed in rows:
            group = groups.setdefault(kind(name), [0, 0, 0])
            group[0] += 1
            group[1] += raw
            group[2] += packed
        print("| what | fetches | kB | kB gzip |\n| --- | --- | --- | --- |")
        for name, (count, raw, packed) in groups.items():
            print(f"| {name} | {count} | {raw / 1000:.1f} | {packed / 1000:.1f} |")
        if args.files:
            for name, raw, packed in rows:
                print(f"  {name}  {raw}  {packed}")


if __name__ == "__main__":
    main()
