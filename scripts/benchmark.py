"""Benchmark: how much our plugin adds to MkDocs, at 100, 1,000 and 10,000 dossiers.

    .venv/bin/python scripts/benchmark.py                # N = 100 and 1,000
    .venv/bin/python scripts/benchmark.py --n 10000      # any sizes
    .venv/bin/python scripts/benchmark.py --n 100 --profile

For each N, in one run on this machine: generate (once, kept in .cache/bench/)
N synthetic dossiers; build the same pages with plain MkDocs (same theme and
search, no plugin of ours: the baseline); build our site cold (no cache),
warm (nothing changed) and after editing one dossier; time pypdf reading the
annex text (the floor of a cold build); and measure peak memory, output size
and what a visitor downloads before the first search result. Prints the
ratios and writes BENCHMARK.md (results of every N measured so far are kept in
.cache/bench/results.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import GENERATOR_VERSION, folder_of, make_corpus, slug_of  # noqa: E402
from bench_measure import ROOT, Floor, Run, build, pdf_floor, search_download, summarise_profile  # noqa: E402
from bench_report import REPORT, TARGETS, write_report  # noqa: E402

WORK = ROOT / ".cache" / "bench"
RESULTS_JSON = WORK / "results.json"
QUERY = "cameratoezicht"
EDIT_MARK = "Deze alinea is toegevoegd door de benchmark."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000], help="numbers of dossiers")
    parser.add_argument("--floor-pages", type=int, default=4000,
                        help="PDF pages to time for the floor (0: every page)")
    parser.add_argument("--profile", action="store_true", help="profile a warm build of the smallest N")
    parser.add_argument("--search-only", action="store_true",
                        help="only measure the search download of sites already built")
    parser.add_argument("--profile-only", action="store_true", help="only profile, measure nothing")
    parser.add_argument("--no-search", action="store_true", help="skip the browser search measurement")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "plugins"))
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.is_file() else {}
    if args.search_only:
        for n in sorted(args.n):
            log(f"search at N = {n}")
            results[str(n)]["search"] = asdict(search_download(WORK / f"n{n}" / "ours" / "site", QUERY))
            RESULTS_JSON.write_text(json.dumps(results, indent=1))
            write_report(results)
    for n in [] if args.profile_only or args.search_only else sorted(args.n):
        results[str(n)] = measure(n, args)
        WORK.mkdir(parents=True, exist_ok=True)
        RESULTS_JSON.write_text(json.dumps(results, indent=1))
        write_report(results)
    if args.profile or args.profile_only:
        results["profile"] = run_profile(min(args.n))
        RESULTS_JSON.write_text(json.dumps(results, indent=1))
        write_report(results)
    print(f"\nwritten: {REPORT.relative_to(ROOT)}")


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


# --- the two projects ---------------------------------------------------------------------

def corpus(n: int) -> tuple[Path, dict]:
    """Our project with n generated dossiers, made once per n and generator version."""
    project = WORK / f"n{n}" / "ours"
    manifest = project / "manifest.json"
    if manifest.is_file() and json.loads(manifest.read_text()).get("version") == GENERATOR_VERSION:
        return project, json.loads(manifest.read_text())
    shutil.rmtree(project, ignore_errors=True)
    log(f"generating {n} dossiers in {project.relative_to(ROOT)}")
    started = time.perf_counter()
    made = make_corpus(project, n, workers=os.cpu_count() or 1)
    log(f"  {made.annexes} annexes, {made.pdf_pages} PDF pages in {time.perf_counter() - started:.0f} s")
    return project, json.loads(manifest.read_text())


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml's `!ENV [NAME, default]` read as its default: the benchmark builds the public site."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def site_config() -> dict:
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=_ConfigLoader)  # noqa: S506
    config["docs_dir"] = str(ROOT / config.get("docs_dir", "docs"))
    theme = config.get("theme", {})
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = str(ROOT / theme["custom_dir"])
    return config


def write_ours_config(project: Path) -> None:
    (project / "mkdocs.yml").write_text(yaml.safe_dump(site_config(), allow_unicode=True), "utf-8")


def plain_project(n: int, ours: Path) -> Path:
    """Every page and file our plugin adds, written out as plain files; no plugin of ours.

    Our plugin's own `on_files` makes the pages (in this process, with the caches
    that our cold build filled), so the baseline has exactly the pages our site
    has, whatever they are: MkDocs renders the same Markdown in both builds.
    """
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files
    from woo_dossiers.mkdocs_adapter.plugin import NEWEST_MARKER
    from woo_dossiers.render.annex_page import annex_page
    from woo_dossiers.render.held import whole
    from woo_dossiers.render.index_pages import newest_list

    project = WORK / f"n{n}" / "plain"
    shutil.rmtree(project, ignore_errors=True)
    _quick_default_reader()
    config = load_config(str(ours / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    own = get_files(config)
    files = config.plugins.on_files(get_files(config), config=config)
    woo = next(p for name, p in config.plugins.items() if name in {"woo", "woo_dossiers"})
    if woo.site.problems:
        raise SystemExit("the generated dossiers have problems:\n"
                         + "\n".join(str(p) for p in woo.site.problems[:20]))
    plain = site_config()
    docs = project / "docs"
    shutil.copytree(plain["docs_dir"], docs)
    plain["docs_dir"] = "docs"
    plain["plugins"] = [p for p in plain.get("plugins", [])
                        if not (p == "woo" or (isinstance(p, dict) and "woo" in p))]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(plain, allow_unicode=True), "utf-8")
    for file in files:
        if not file.generated_by and own.get_file_from_path(file.src_uri) is not None:
            continue  # a page of docs/, copied above
        target = docs / file.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        if file.src_uri in woo.annex_pages:
            # Our build fills the text into the rendered outline (render/annex_page.py);
            # without our plugin MkDocs renders the whole page, text included, as Markdown.
            target.write_text(annex_page(*woo.annex_pages[file.src_uri]), "utf-8")
        elif file.src_uri.endswith(".md"):
            # Our HTML blocks written out in the Markdown, as MkDocs without our plugin must
            # get them (our build holds them back from Markdown: render/held.py).
            target.write_text(whole(file.content_string), "utf-8")
        elif file.abs_src_path is None:
            target.write_bytes(file.content_bytes)
        else:
            os.link(file.abs_src_path, target)  # same bytes to copy, no extra disk
    index = docs / "index.md"
    if index.is_file():
        index.write_text(index.read_text("utf-8").replace(
            NEWEST_MARKER, newest_list(woo.site.dossiers, "", 10)), "utf-8")
    return project


def _quick_default_reader() -> None:
    """Where the plugin leaves PDF reading to load_site's default (no cache), count pages only.

    Such a plugin shows no annex text on any page, only page counts and sizes, so the
    pages are the same; it saves reading every PDF once more. A plugin that hands
    load_site a reader of its own (with a cache) is not affected.
    """
    from woo_dossiers import loader
    from woo_dossiers.annex import PdfFacts

    def page_counts(paths: list[Path]) -> dict:
        found = {}
        for path in paths:
            count = re.search(rb"/Type /Pages /Count (\d+)", path.read_bytes())
            found[path] = PdfFacts(pages=int(count.group(1)) if count else 0,
                                   size=path.stat().st_size, title=None, text=())
        return found

    defaults = loader.load_site.__defaults__ or ()
    loader.load_site.__defaults__ = tuple(page_counts if d is loader.read_pdfs else d for d in defaults)


# --- one N ------------------------------------------------------------------------------

def measure(n: int, args: argparse.Namespace) -> dict:
    log(f"N = {n}")
    ours, manifest = corpus(n)
    write_ours_config(ours)
    result: dict = {"n": n, "date": f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC", "machine": machine(),
                    "corpus": {k: manifest[k] for k in ("dossiers", "annexes", "pdf_pages", "pdf_bytes")}}

    log("our build, cold (no cache)")
    shutil.rmtree(ours / ".cache", ignore_errors=True)
    shutil.rmtree(ours / "site", ignore_errors=True)
    result["cold"] = checked(build(ours), ours, n)
    log(f"  {result['cold']['wall']:.1f} s")

    log("our build, warm (nothing changed)")
    result["warm"] = checked(build(ours), ours, n)
    log(f"  {result['warm']['wall']:.1f} s")

    log("our build after editing one dossier")
    letter = folder_of(ours / "dossiers", n // 2) / "decision.md"
    original = letter.read_text("utf-8")
    try:
        letter.write_text(original + f"\n{EDIT_MARK}\n", "utf-8")
        result["edit"] = checked(build(ours), ours, n)
        html = (ours / "site" / "dossiers" / slug_of(n // 2) / "index.html").read_text("utf-8")
        result["edit"]["shown"] = EDIT_MARK in html
    finally:
        letter.write_text(original, "utf-8")
    log(f"  {result['edit']['wall']:.1f} s, edit shown: {result['edit']['shown']}")

    log("plain MkDocs build of the same pages (the baseline)")
    plain = plain_project(n, ours)
    result["plain"] = checked(build(plain), plain, n)
    log(f"  {result['plain']['wall']:.1f} s")

    log("pypdf reading the annex text (the floor)")
    pdfs = sorted((ours / "dossiers").glob("*/*/*.pdf"))
    floor = pdf_floor(pdfs, manifest["pdf_pages"], args.floor_pages)
    result["floor"] = asdict(floor) | {"seconds": floor.seconds, "wall_seconds": floor.wall_seconds}
    log(f"  {floor.ms_per_page:.1f} ms a page on one core; all pages over {floor.cores} cores: "
        f"{floor.seconds:.1f} s")

    result["output"] = output_size(ours / "site")
    result["plain_output"] = output_size(plain / "site")
    if not args.no_search:
        log("search: what a visitor downloads before the first result")
        result["search"] = asdict(search_download(ours / "site", QUERY))
        log(f"  {result['search']['total'] / 1e6:.2f} MB ({result['search']['method']})")
    result["ratios"] = ratios(result)
    print_summary(result)
    return result


def checked(run: Run, project: Path, n: int) -> dict:
    pages = sum(1 for _ in (project / "site" / "dossiers").glob("*/index.html"))
    if not run.ok or pages < n:
        raise SystemExit(f"the build of {project} failed or is incomplete ({pages} of {n} "
                         f"dossier pages):\n{run.log}")
    return asdict(run) | {"log": run.log[-500:]}


def output_size(site: Path) -> dict:
    total = pdf = search = 0
    for path in site.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            total += size
            pdf += size if path.suffix.lower() == ".pdf" else 0
            search += size if path.parts[len(site.parts)] in {"search", "zoekindex"} else 0
    return {"total": total, "pdf": pdf, "search_files": search}


def machine() -> dict:
    model = ""
    if Path("/proc/cpuinfo").is_file():
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        model = found.group(1) if found else ""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {"cores": os.cpu_count(), "cpu": model, "memory": memory, "python": platform.python_version(),
            "load_before": os.getloadavg()[0]}


def ratios(r: dict) -> dict:
    floor = Floor(**{k: r["floor"][k] for k in ("pages_read", "ms_per_page", "wall_per_page",
                                                "total_pages", "cores")})
    plain, cold, warm, edit = (r[k] for k in ("plain", "cold", "warm", "edit"))
    return {
        "cold": cold["wall"] / (plain["wall"] + floor.seconds),
        "warm": warm["wall"] / plain["wall"],
        "edit": edit["wall"] / plain["wall"],
        # CPU seconds do not depend on what else the machine is doing: a steadier view.
        "cold_cpu": cold["cpu"] / (plain["cpu"] + floor.seconds * floor.cores),
        "warm_cpu": warm["cpu"] / plain["cpu"],
        "edit_cpu": edit["cpu"] / plain["cpu"],
        "per_dossier_cold": cold["wall"] / r["n"],
        "per_dossier_warm": warm["wall"] / r["n"],
    }


def print_summary(r: dict) -> None:
    q = r["ratios"]
    print(f"\nN = {r['n']}: plain {r['plain']['wall']:.1f} s, floor {r['floor']['seconds']:.1f} s; "
          f"ours cold {r['cold']['wall']:.1f} s ({q['cold']:.2f}x, target <= {TARGETS['cold']}), "
          f"warm {r['warm']['wall']:.1f} s ({q['warm']:.2f}x, <= {TARGETS['warm']}), "
          f"one edit {r['edit']['wall']:.1f} s ({q['edit']:.2f}x, <= {TARGETS['edit']}); "
          f"CPU ratios {q['cold_cpu']:.2f} / {q['warm_cpu']:.2f} / {q['edit_cpu']:.2f}; "
          f"peak memory {max(r[k]['peak_rss'] for k in ('cold', 'warm', 'edit')) / 2**20:.0f} MiB"
          + (f"; search download {r['search']['total'] / 1e6:.2f} MB" if "search" in r else ""))


def run_profile(n: int) -> dict:
    """A warm build under cProfile, in this process: where the time goes when no PDF is read.

    PDF facts come from the plugin's cache; where the plugin has none yet, pages are
    counted without reading (see _quick_default_reader), as a cache would answer.
    A cold build is not profiled: its extra time is pypdf's, which the floor measures.
    """
    import cProfile
    import logging

    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    ours, _ = corpus(n)
    write_ours_config(ours)
    log(f"profiling a warm build at N = {n} (cProfile)")
    build(ours)  # fill the caches
    _quick_default_reader()
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    out = WORK / f"profile-warm-{n}.out"
    cProfile.runctx("mkdocs_build(load_config(config_file))", globals(),
                    {"mkdocs_build": mkdocs_build, "load_config": load_config,
                     "config_file": str(ours / "mkdocs.yml")}, str(out))
    groups, top, total = summarise_profile(out)
    return {"warm": {"n": n, "groups": groups, "ours_top": top, "total": total}}

if __name__ == "__main__":
    main()
