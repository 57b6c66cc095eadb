"""The search index writer alone at a larger size: each bundle of a built site written again
with its docs repeated, for the writer's time and peak memory and the first search there.

    .venv/bin/python scripts/search_scale.py SITE OUT --copies 10
    .venv/bin/python scripts/search_download.py OUT cameratoezicht "woo besluit"

A full build at N = 10,000 takes hours on a shared machine; the writer does not need one.
The docs are read back from SITE's bundles (the current format): url, title, context and
sections from d/, each section's text from its excerpt parts (joined at the spaces they
were cut at; text past a section's first 20,000 characters is not kept there and is lost),
the facets from the facet keys. Copy c > 0 of a doc gets the address "kopie-<c>/<url>", so
OUT is the bundle of a site with `copies` times the docs: every word in `copies` times as
many docs, the vocabulary the same (a real larger site also has more distinct words and
codes: more term chunks, a longer meta.json).

Each bundle is written in a process of its own; its peak resident memory (getrusage) and
CPU time are printed, with the time spent inside the writer. OUT gets the search page and
the scripts of SITE, so search_download.py can replay a first search on it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from woo_dossiers.search.derived import FACET  # noqa: E402
from woo_dossiers.search.reader import _Bundle, parse_chunk  # noqa: E402
from woo_dossiers.search.writer import HEAD_POSTINGS, IndexWriter, Section  # noqa: E402

BUNDLES = ["paginas", "bijlagen"]
PAGE_FILES = ["zoeken/index.html", "assets/zoeken.js", "assets/stemmer-nl.js", "assets/woo/kopzoek.js"]


def facets_of(bundle: _Bundle) -> dict[int, list[str]]:
    """doc -> its "field=value" facets, from the facet keys' whole lists."""
    out: dict[int, list[str]] = {}
    for i in range(len(bundle.meta["chunks"])):
        for term, entry in parse_chunk((bundle.path / "t" / f"{i}.bin").read_bytes()):
            if term.endswith(FACET):
                for doc, _, _ in bundle.full(entry) or ():
                    out.setdefault(doc, []).append(term[:-1])
    return out


def docs_of(bundle: _Bundle, facets: dict[int, list[str]]) -> Iterator[tuple[dict, list[str], list[str]]]:
    """(d/ metadata, text per section, facets) of every doc, in doc order, read as it goes."""
    path = bundle.path
    per, size, per_part_file = (bundle.meta[k] for k in ("docs_per_file", "part_bytes", "parts_per_file"))
    for k in range((bundle.meta["docs"] + per - 1) // per):
        for j, meta in enumerate(json.loads((path / "d" / f"{k}.json").read_text("utf-8"))):
            doc = k * per + j
            parts = []
            for f in range((meta["parts"] + per_part_file - 1) // per_part_file):
                data = (path / "x" / str(doc // 1000) / f"{doc}-{f}.txt").read_bytes()
                parts += [data[i:i + size].decode("utf-8").rstrip(" ") for i in range(0, len(data), size)]
            sections = meta["pages"] if "pages" in meta else len(meta["sections"])
            bounds = meta["starts"] + [meta["parts"]]
            texts = [" ".join(parts[bounds[s]:bounds[s + 1]]) for s in range(sections)]
            yield meta, texts, facets.get(doc, [])


def write(site: Path, out: Path, name: str, copies: int, head: int) -> None:
    """One bundle, its docs `copies` times (run in a process of its own)."""
    source = site / "zoekindex" / name
    bundle = _Bundle(name, source, json.loads((source / "meta.json").read_text("utf-8")))
    facets_by_doc = facets_of(bundle)
    inside = 0.0
    with IndexWriter(out / "zoekindex" / name, work_dir=out / ".work", head_postings=head) as writer:
        for copy in range(copies):  # each copy read again from disk: no text held here
            for meta, texts, facets in docs_of(bundle, facets_by_doc):
                url = meta["url"] if copy == 0 else f"kopie-{copy}/{meta['url']}"
                started = time.process_time()
                if "pages" in meta:
                    writer.add_paged(url, meta["title"], meta["context"], texts, facets)
                else:
                    sections = [Section(a, h, t) for (a, h), t in zip(meta["sections"], texts, strict=True)]
                    writer.add_page(url, meta["title"], meta["context"], sections, facets)
                inside += time.process_time() - started
        started = time.process_time()
    inside += time.process_time() - started  # finish(): the term chunks and tails
    print(json.dumps({"writer_cpu": inside}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--head", type=int, default=HEAD_POSTINGS,
                        help="postings kept in the chunk (a huge number: no tails, any format's reader)")
    parser.add_argument("--bundle", help=argparse.SUPPRESS)  # the child process: one bundle
    args = parser.parse_args()
    if args.bundle:
        write(args.site, args.out, args.bundle, args.copies, args.head)
        return
    for name in PAGE_FILES:
        if (args.site / name).is_file():
            (args.out / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(args.site / name, args.out / name)
    for name in BUNDLES:
        if not (args.site / "zoekindex" / name / "meta.json").is_file():
            continue
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, __file__, str(args.site), str(args.out), "--copies",
                                  str(args.copies), "--head", str(args.head), "--bundle", name],
                                 stdout=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        assert child.stdout is not None
        report = json.loads(child.stdout.read() or "{}")
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{name}: the writer failed")
        meta = json.loads((args.out / "zoekindex" / name / "meta.json").read_text("utf-8"))
        files = sum(1 for p in (args.out / "zoekindex" / name).rglob("*") if p.is_file())
        print(f"{name}: {meta['docs']} docs ({args.copies}x), {len(meta['chunks'])} chunks, {files} files; "
              f"{time.perf_counter() - started:.0f} s wall, {usage.ru_utime + usage.ru_stime:.0f} s CPU "
              f"(writer {report.get('writer_cpu', 0):.0f} s), peak {usage.ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
