"""Benchmark at N = 50,000 (issue 20): a full build's time and peak memory, measured once.

    .venv/bin/python scripts/bench_large.py                       # 5 x the N = 10,000 corpus
    .venv/bin/python scripts/bench_large.py --copies 2 --base .cache/bench/n1000/ours

A generated corpus of 50,000 dossiers would take a cold build of about two hours
on two cores, nearly all of it pypdf and PDFium reading 1.7 million PDF pages
(the floor; BENCHMARK.md measures it at every N). What grows with N besides that
(the pages, the site-wide pages, feeds and open data, both search bundles, the
differential store) does not depend on what the PDFs say. So this script makes
N = copies x base dossiers from the benchmark's own corpus (scripts/benchmark.py
makes it): copy c of dossier j is dossier c x base + j, with its own slug,
reference and title, its reuse links pointing into its own copy, and its annex
PDFs hard links to the base's. The base's annex cache is copied along, so the
build reads each PDF's text from the cache as a warm build does.

Then it builds the site twice with every page rendered (`woo: differential:
false`): the first build also fills the other caches (the dossier sources, the
search index's), the second is the warm full build. Both are timed (wall and
CPU) with the peak memory of the whole process tree. The numbers are printed and
kept in .cache/bench/large.json; BENCHMARK.md says what they mean.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_measure import ROOT, build  # noqa: E402

WORK = ROOT / ".cache" / "bench"
RESULTS = WORK / "large.json"
SLUG = re.compile(r"\b(20\d\d)-besluit-(\d{5})\b")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--base", type=Path, default=WORK / "n10000" / "ours",
                        help="a benchmark project whose annex cache is filled")
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--builds", type=int, default=2, help="full builds in a row (the last is warm)")
    args = parser.parse_args()
    base = args.base.resolve()
    bases = sorted(base.glob("dossiers/*/*/dossier.yml"))
    if not bases:
        raise SystemExit(f"{base}: no dossiers (make them with scripts/benchmark.py --n 10000)")
    n = len(bases) * args.copies
    project = WORK / f"n{n}-repeated" / "ours"
    if not (project / "manifest.json").is_file():
        log(f"making {n} dossiers from {len(bases)} in {project}")
        repeat(base, [path.parent for path in bases], project, args.copies)
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    result: dict = {"n": n, "base": str(base), "copies": args.copies,
                    "date": f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC", "builds": []}
    for number in range(args.builds):
        log(f"full build {number + 1} of {args.builds}")
        run = build(project, config="mkdocs-full.yml")
        log(f"  {run.wall:.1f} s wall, {run.cpu:.1f} s CPU, peak {run.peak_rss / 2**20:.0f} MiB "
            f"(mkdocs {run.peak_main / 2**20:.0f} MiB), load {run.load:.1f}, ok {run.ok}")
        if not run.ok:
            print(run.log)
        result["builds"].append(asdict(run) | {"log": run.log[-1000:]})
        result["site_bytes"] = _size(project / "site")
        results[str(n)] = result
        RESULTS.write_text(json.dumps(results, indent=1))
        if not run.ok:  # a failed (or stopped) build says all a second one would
            break
    print(json.dumps({k: v for k, v in result.items() if k != "builds"}, indent=1))


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


def repeat(base: Path, folders: list[Path], project: Path, copies: int) -> None:
    """`copies` copies of the base's dossiers, renumbered; PDFs are hard links, not copies."""
    shutil.rmtree(project, ignore_errors=True)
    started = time.perf_counter()
    size = len(folders)
    for copy in range(copies):
        def renumber(match: re.Match, copy: int = copy) -> str:
            return f"{match[1]}-besluit-{copy * size + int(match[2]):05d}"

        for folder in folders:
            year, slug = folder.parent.name, folder.name
            index = copy * size + int(slug.rsplit("-", 1)[1])
            target = project / "dossiers" / year / SLUG.sub(renumber, slug)
            target.mkdir(parents=True)
            for path in folder.iterdir():
                if path.suffix == ".pdf":
                    os.link(path, target / path.name)
                    continue
                text = SLUG.sub(renumber, path.read_text("utf-8"))
                if path.name == "dossier.yml":
                    # The reference and the title name the dossier's number: each copy its own.
                    text = re.sub(r'^reference: "(\d{4})/\d+"', f'reference: "\\1/{index:05d}"', text,
                                  count=1, flags=re.M)
                    text = re.sub(r"^(title: .*)\(\d+\)$", f"\\1({index})", text, count=1, flags=re.M)
                (target / path.name).write_text(text, "utf-8")
    log(f"  {copies * size} dossiers in {time.perf_counter() - started:.0f} s")
    for cache in base.glob(".cache/woo/annex-*"):
        if cache.is_dir():
            log(f"  copying the annex cache {cache.name}")
            shutil.copytree(cache, project / ".cache" / "woo" / cache.name)
    config = yaml.safe_load((base / "mkdocs-full.yml").read_text("utf-8"))
    config["docs_dir"] = str(ROOT / "docs")
    if isinstance(config.get("theme"), dict) and config["theme"].get("custom_dir"):
        config["theme"]["custom_dir"] = str(ROOT / Path(config["theme"]["custom_dir"]).name)
    (project / "mkdocs-full.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    manifest = json.loads((base / "manifest.json").read_text())
    (project / "manifest.json").write_text(json.dumps(
        {"repeated_from": str(base), "copies": copies, "dossiers": copies * size,
         **{key: manifest[key] * copies for key in ("annexes", "pdf_pages", "pdf_bytes") if key in manifest}},
        indent=1))


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


if __name__ == "__main__":
    main()
