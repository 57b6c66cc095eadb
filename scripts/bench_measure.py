"""Measurements for the benchmark: a build as a subprocess, the PDF floor, search download, profile.

Every build runs as `python -m mkdocs build` in its own process, as a user or
CI runs it, so that start-up, imports and worker processes count.
"""

from __future__ import annotations

import os
import pstats
import random
import resource
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parent.parent


def build_env() -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    # This checkout's plugin, whatever is installed in the venv.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "plugins"), env.get("PYTHONPATH")]))
    return env


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the build and every process it started
    peak_rss: int  # bytes: the most the build's process tree held at once (sampled)
    max_rss: int  # bytes: the largest single process (getrusage)
    peak_main: int  # bytes: the most the `mkdocs build` process itself held (sampled)
    peak_children: dict[str, int]  # bytes: per program it started (annex readers, index writer)
    load: float  # 1-minute load average when the build ended: other work on the machine
    ok: bool
    log: str = ""


def build(project: Path, extra: list[str] | None = None, config: str = "mkdocs.yml",
          quiet: bool = True) -> Run:
    """`mkdocs build` of `project`; wall and CPU time, peak memory of its process tree.
    (A quiet build keeps no pages for a differential build: mkdocs_adapter/reuse.py.)"""
    command = [sys.executable, *(extra or []), "-m", "mkdocs", "build", *(["-q"] if quiet else []),
               "-f", str(project / config)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=project, env=build_env(), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    sampler = _TreeMemory(process.pid)
    sampler.start()
    sink: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(process, sink), daemon=True)
    reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    reader.join()
    sampler.stop()
    output = b"".join(sink)
    return Run(wall=wall, cpu=usage.ru_utime + usage.ru_stime,
               peak_rss=max(sampler.peak, usage.ru_maxrss * 1024), max_rss=usage.ru_maxrss * 1024,
               peak_main=sampler.peak_main, peak_children=sampler.peak_children,
               load=os.getloadavg()[0], ok=process.returncode == 0,
               log=output.decode("utf-8", "replace")[-4000:])


def _drain(process: subprocess.Popen, sink: list[bytes]) -> None:
    assert process.stdout is not None
    for chunk in iter(lambda: process.stdout.read(65536), b""):
        sink.append(chunk)


class _TreeMemory(threading.Thread):
    """Samples the summed resident memory of a process and its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.peak_main = 0
        self.peak_children: dict[str, int] = {}  # by program name
        self._done = threading.Event()

    def stop(self) -> None:
        self._done.set()
        self.join()

    def run(self) -> None:
        while not self._done.wait(0.1):
            sizes = {pid: _rss(pid) for pid in _tree(self.pid)}
            self.peak = max(self.peak, sum(sizes.values()))
            self.peak_main = max(self.peak_main, sizes.get(self.pid, 0))
            for pid, size in sizes.items():
                if pid != self.pid:
                    name = _program(pid)
                    self.peak_children[name] = max(self.peak_children.get(name, 0), size)


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo += [int(child) for child in handle.read().split()]
        except OSError:
            pass
    return found


def _program(pid: int) -> str:
    """A short name for a child process: the Python module it runs, or its program."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            args = handle.read().decode("utf-8", "replace").split("\0")
    except OSError:
        return "?"
    if "-m" in args[:-1]:
        return args[args.index("-m") + 1]
    return Path(args[0]).name if args and args[0] else "?"


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * resource.getpagesize()
    except (OSError, IndexError, ValueError):
        return 0


# --- the floor: pypdf reading the annex text -------------------------------------------------

def _read_text(path: str) -> tuple[int, float]:
    from pypdf import PdfReader

    started = time.process_time()
    reader = PdfReader(path)
    pages = 0
    for page in reader.pages:
        page.extract_text()
        pages += 1
    return pages, time.process_time() - started


@dataclass
class Floor:
    pages_read: int
    ms_per_page: float  # CPU milliseconds per page, one core
    wall_per_page: float  # wall milliseconds per page with every core reading
    total_pages: int
    cores: int

    @property
    def seconds(self) -> float:
        """All annex text read once, spread over every core (CPU-based: steady on a busy machine)."""
        return self.total_pages * self.ms_per_page / 1000 / self.cores

    @property
    def wall_seconds(self) -> float:
        return self.total_pages * self.wall_per_page / 1000


def pdf_floor(pdfs: list[Path], total_pages: int, sample_pages: int) -> Floor:
    """pypdf reading of a random sample of the annexes (all of them if sample_pages is 0)."""
    chosen = list(pdfs)
    random.Random(1).shuffle(chosen)
    cores = os.cpu_count() or 1
    started = time.perf_counter()
    pages = cpu = 0.0
    with ProcessPoolExecutor(cores) as pool:
        futures = []
        estimate = 0
        for path in chosen:
            futures.append(pool.submit(_read_text, str(path)))
            estimate += total_pages / max(1, len(pdfs))
            if sample_pages and estimate >= sample_pages:
                break
        for future in futures:
            n, seconds = future.result()
            pages += n
            cpu += seconds
    wall = time.perf_counter() - started
    return Floor(int(pages), cpu / pages * 1000, wall / pages * 1000, total_pages, cores)


# --- what a visitor downloads before the first search result ---------------------------------

@dataclass
class SearchDownload:
    method: str  # "browser" or "files"
    total: int  # bytes, everything from opening the home page to the first result
    search: int  # bytes fetched for search after the page itself had loaded
    files: list[tuple[str, int]] = field(default_factory=list)
    seconds: float = 0.0  # from typing the query to the first result
    note: str = ""


SEARCH_INPUTS = "input.md-search__input, input#zoekterm, input[type=search]"
SEARCH_LINKS = 'a[href$="zoeken/"], a[href$="search/"], a[href$="zoeken.html"]'
RESULT_SELECTORS = ".md-search-result__item, [data-search-result]"


def search_download(site: Path, query: str) -> SearchDownload:
    try:
        return _search_in_browser(site, query)
    except Exception as error:  # no chromium or playwright: count the files search needs
        found = _search_files(site)
        found.note = f"browser not used ({type(error).__name__}: {str(error)[:120]})"
        return found


def _search_in_browser(site: Path, query: str) -> SearchDownload:
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import CHROMIUM, CHROMIUM_ARGS, serve
    from playwright.sync_api import sync_playwright

    fetched: list[tuple[str, int, bool]] = []
    loaded = threading.Event()

    def on_finished(request) -> None:
        sizes = request.sizes()
        fetched.append((request.url, sizes.get("responseBodySize", 0)
                        + sizes.get("responseHeadersSize", 0), loaded.is_set()))

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.on("requestfinished", on_finished)
            page = context.new_page()
            page.goto(base, wait_until="load")
            page.wait_for_timeout(500)
            loaded.set()
            started = time.perf_counter()
            search = page.locator(SEARCH_INPUTS).first
            if search.count() == 0:  # no search box on the home page: follow the link to search
                # The link may sit in a collapsed menu: go where it points, as a click would.
                href = page.locator(SEARCH_LINKS).first.get_attribute("href") or ""
                page.goto(urljoin(page.url, href), wait_until="load")
                search = page.locator(SEARCH_INPUTS).first
                search.wait_for(timeout=60_000)
            search.click()
            search.fill(query)
            # The header's field (our search on every page) goes to the search page on Enter;
            # the search page's own field searches while typing and on Enter alike.
            search.press("Enter")
            page.wait_for_selector(RESULT_SELECTORS, timeout=300_000)
            seconds = time.perf_counter() - started
            page.wait_for_timeout(200)
        finally:
            browser.close()
    names = [(url.removeprefix(base), size) for url, size, _ in fetched]
    return SearchDownload("browser", sum(s for _, s, _ in fetched),
                          sum(s for _, s, after in fetched if after),
                          sorted(names, key=lambda f: -f[1])[:8], seconds)


def _search_files(site: Path) -> SearchDownload:
    """Without a browser: the files MkDocs' built-in search fetches (index, worker, Dutch stemmer)."""
    wanted = [site / "search" / "search_index.json"]
    wanted += sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    wanted += sorted((site / "assets" / "javascripts" / "lunr" / "min").glob("lunr.nl.min.js"))
    wanted += sorted((site / "assets" / "javascripts" / "lunr" / "min").glob("lunr.stemmer.*.js"))
    files = [(str(p.relative_to(site)), p.stat().st_size) for p in wanted if p.is_file()]
    size = sum(s for _, s in files)
    return SearchDownload("files", size, size, files)


# --- profile -------------------------------------------------------------------------------

GROUPS = (
    ("ours (woo_dossiers)", "woo_dossiers"),
    ("pypdf", "/pypdf/"),
    ("MkDocs core", "/mkdocs/"),
    ("Material theme", "/material/"),
    ("Python-Markdown and extensions", "/markdown/"),
    ("Jinja2 templates", "/jinja2/"),
    ("YAML", "yaml"),
    ("jsonschema", "jsonschema"),
)


def summarise_profile(out: Path) -> tuple[list[tuple[str, float]], list[tuple[str, float]], float]:
    """Own time per library, our functions with the most time, and the total of a cProfile file."""
    stats = pstats.Stats(str(out))
    groups: dict[str, float] = {}
    ours: list[tuple[str, float]] = []
    total = 0.0
    for (file, line, name), (_, _, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        total += own
        group = next((label for label, needle in GROUPS if needle in file), "other (stdlib, ...)")
        groups[group] = groups.get(group, 0.0) + own
        if "woo_dossiers" in file:
            short = file.split("woo_dossiers/")[-1]
            ours.append((f"{short}:{line} {name}", cumulative))
    ours.sort(key=lambda entry: -entry[1])
    return sorted(groups.items(), key=lambda kv: -kv[1]), ours[:12], total
