"""Benchmark of differential builds (issue 20): what one change costs beside a full build.

    .venv/bin/python scripts/bench_differential.py               # N = 1,000
    .venv/bin/python scripts/bench_differential.py --n 100 1000

On the benchmark's corpus (scripts/benchmark.py keeps it in .cache/bench/n<N>/ours),
in one run per N, each build its own `mkdocs build` process with the annex cache warm:

- **first differential**: the first build that keeps pages (renders every page and
  keeps a copy: a full build and then some);
- **unchanged**: a differential build with nothing changed;
- **one letter**: after one dossier's letter changed (checked in the output);
- **new dossier**: after one dossier was added (the overviews, feeds and open data change);
- **serve**: `mkdocs serve`, from saving one letter until the rebuild is done and the
  browser told to reload (the page alone shows earlier: serve writes into the folder it
  serves); the CPU time of the serve process (and its children) over that time; the first
  save right after serve started, then two more, each 5 s after the last reload;
- **full**: every page rendered (`woo: differential: false`), of the input as it then
  stands, into an empty folder, its site compared file by file with the differential
  build's; then again into the site it made (**warm**: what the target compares);
- **plain**: plain MkDocs on the same pages (scripts/benchmark.py's baseline), into an
  empty folder and then again into its previous site (warm), unless `--no-plain`.

Writes the table into BENCHMARK.md (between the markers below, in the part
scripts/benchmark.py keeps) and the numbers into .cache/bench/differential.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import folder_of, slug_of, write_dossier  # noqa: E402
from bench_measure import ROOT, Run, build, build_env  # noqa: E402
from benchmark import EDIT_MARK, WORK, corpus, log, machine, plain_project, write_ours_config  # noqa: E402

RESULTS = WORK / "differential.json"
REPORT = ROOT / "BENCHMARK.md"
START, END = "<!-- differential:start -->", "<!-- differential:end -->"
FULL_CONFIG = "mkdocs-full.yml"
PORT = 8765
TARGETS = {"letter": 30.0, "dossier": 60.0, "serve": 2.0}  # seconds (letter, dossier: N = 10,000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[1000])
    parser.add_argument("--no-plain", action="store_true", help="skip the plain MkDocs baseline")
    parser.add_argument("--no-serve", action="store_true",
                        help="skip the serve reload (its target is at N = 1,000)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "plugins"))
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    for n in sorted(args.n):
        results[str(n)] = {}

        def save(result: dict, n: int = n) -> None:  # after every step: a slow run keeps what it has
            results[str(n)] = result
            RESULTS.write_text(json.dumps(results, indent=1))
            write_report({str(n): result})  # only this run's row: the others keep their notes

        measure(n, not args.no_plain, not args.no_serve, save)
    print(f"\nwritten: {REPORT.relative_to(ROOT)}")


def measure(n: int, plain: bool, serve: bool, save: Callable[[dict], None]) -> None:
    log(f"N = {n}")
    ours, _ = corpus(n)
    write_ours_config(ours)
    config = yaml.safe_load((ours / "mkdocs.yml").read_text("utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "woo" in plugin:
            plugin["woo"]["differential"] = False
    (ours / FULL_CONFIG).write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    result: dict = {"n": n, "date": f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC", "machine": machine(),
                    "commit": _commit()}
    if not (ours / ".cache").is_dir():
        log("cold build first (the annex cache)")
        result["cold"] = timed(build(ours), "cold")
    # The first differential build renders every page and keeps it: a full build and then some.
    shutil.rmtree(ours / ".cache" / "woo" / "pages", ignore_errors=True)
    result["first"] = timed(build(ours, quiet=False), "first differential (renders and keeps every page)")
    save(result)
    result["unchanged"] = timed(build(ours, quiet=False), "differential, nothing changed")
    save(result)
    letter = folder_of(ours / "dossiers", n // 2) / "decision.md"
    original = letter.read_text("utf-8")
    edited = original + f"\n{EDIT_MARK}\n"
    added = folder_of(ours / "dossiers", n)
    try:
        letter.write_text(edited, "utf-8")
        result["letter"] = timed(build(ours, quiet=False), "one letter edited")
        page = ours / "site" / "dossiers" / slug_of(n // 2) / "index.html"
        result["letter"]["shown"] = EDIT_MARK in page.read_text("utf-8")
        save(result)
        write_dossier(str(ours / "dossiers"), n)
        result["dossier"] = timed(build(ours, quiet=False), "one dossier added")
        result["dossier"]["shown"] = (ours / "site" / "dossiers" / slug_of(n) / "index.html").is_file()
        save(result)
        if serve:
            (result["serve"], result["serve_cpu"]), *later = serve_reload(ours, letter, edited)
            result["serve_next"] = later
            log(f"serve: {result['serve']:.1f} s ({result['serve_cpu']:.1f} s CPU) from saving "
                "to the browser's reload, the first save; the next: "
                + ", ".join(f"{wall:.1f} s ({cpu:.1f} s CPU)" for wall, cpu in later))
            save(result)
        # The site as it stands (letter edited, dossier added) built both ways, compared.
        letter.write_text(edited, "utf-8")
        timed(build(ours, quiet=False), "differential after serve (to compare)")
        result["full"], result["full_warm"], result["same_as_full"] = same_as_full(ours)
        log(f"same bytes as the full build: {result['same_as_full']}")
        save(result)
    finally:
        letter.write_text(original, "utf-8")
        shutil.rmtree(added, ignore_errors=True)
    if plain:
        log("plain MkDocs build of the same pages (the baseline)")
        project = plain_project(n, ours)
        result["plain"] = timed(build(project), "plain (into an empty folder)")
        save(result)
        # MkDocs empties its site folder first: a warm build pays for removing the last one.
        result["plain_warm"] = timed(build(project), "plain again, into its previous site (warm)")
        save(result)


def timed(run: Run, what: str) -> dict:
    if not run.ok:
        raise SystemExit(f"{what}: the build failed:\n{run.log}")
    log(f"{what}: {run.wall:.1f} s ({run.cpu:.1f} s CPU, load {run.load:.1f})")
    return {"wall": run.wall, "cpu": run.cpu, "load": run.load}


def same_as_full(ours: Path) -> tuple[dict, dict, bool]:
    """A full build of the same input into an empty folder, whether the differential build's
    site has the same files with the same bytes, and the full build again into the site it
    just made (warm: as a build that does not keep pages runs every time after the first; the
    target compares this one with plain MkDocs building into its previous site)."""
    kept = ours / "site-differential"
    shutil.rmtree(kept, ignore_errors=True)
    (ours / "site").rename(kept)
    try:
        full = timed(build(ours, config=FULL_CONFIG), "full build (every page rendered, into an "
                     "empty folder)")
        same = _files(kept) == _files(ours / "site")
    finally:
        shutil.rmtree(kept, ignore_errors=True)
    warm = timed(build(ours, config=FULL_CONFIG), "full build again, into its previous site (warm)")
    return full, warm, same


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def serve_reload(ours: Path, letter: Path, original: str, saves: int = 3) -> list[tuple[float, float]]:
    """For each of `saves` saves of a letter, the first right after `mkdocs serve` started,
    each next one 5 s after the last reload (a person reading the page): seconds from
    saving until serve has rebuilt the site with it and tells the browser to reload, and
    the CPU seconds the serve process spent meanwhile (not what it does after the reload:
    the pages' search bundle and the garbage collector's pass, served.AfterRebuild)."""
    log_file = WORK / "serve.log"
    output = log_file.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{PORT}",
         "-f", str(ours / "mkdocs.yml")], cwd=ours, env=build_env(), stdout=output,
        stderr=subprocess.STDOUT)
    mark = f"Opgeslagen in de editor {time.time_ns()}."
    url = f"http://127.0.0.1:{PORT}/woo/dossiers/{letter.parent.name}/"
    try:
        _wait_for(url, "</html>", timeout=1800)
        measured = []
        for save in range(saves):
            time.sleep(5)  # the last build's end: its last lines, the server settled
            reloads = _reloads(log_file)
            cpu = _cpu(process.pid)
            letter.write_text(original + f"\n{mark} ({save})\n", "utf-8")
            saved = time.perf_counter()
            # As a browser waits: for serve to tell it to reload (its log says so), without
            # asking for the page every 50 ms meanwhile as this did before (which made no
            # measurable difference); then the page must show the save, or the wait goes on
            # for the next reload.
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                while _reloads(log_file) == reloads and time.monotonic() < deadline:
                    time.sleep(0.02)
                reloaded, spent = time.perf_counter() - saved, _cpu(process.pid) - cpu
                reloads = _reloads(log_file)
                if _shows(url, f"{mark} ({save})"):
                    break
            else:
                raise SystemExit(f"{url} did not show the save within 600 s (see {log_file})")
            measured.append((reloaded, spent))
        return measured
    finally:
        process.terminate()
        process.wait(timeout=60)
        output.close()


def _reloads(log_file: Path) -> int:
    """How often serve has told the browsers to reload (once per finished rebuild)."""
    return log_file.read_bytes().count(b"Reloading browsers")


def _cpu(pid: int) -> float:
    """CPU seconds of a process and its waited-for children (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _shows(url: str, text: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (our own server)
            return text in response.read().decode("utf-8", "replace")
    except OSError:
        return False


def _wait_for(url: str, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (our own server)
                if text in response.read().decode("utf-8", "replace"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} did not show {text!r} within {timeout:.0f} s (see {WORK / 'serve.log'})")


def write_report(results: dict) -> None:
    """The table in BENCHMARK.md: a row for each N in `results` (this run's), labelled with the
    commit it measured, beside the rows already there (kept as they are, with what was added
    to them by hand: earlier runs and other machines), and a sentence for each saying when
    and how loaded."""
    text = REPORT.read_text("utf-8")
    block = text[text.index(START):text.index(END)] if START in text and END in text else ""
    rows = [line for line in block.splitlines()
            if line.startswith("| ") and not line.startswith(("| N |", "| --- |"))]
    notes = [line for line in block.splitlines() if line.startswith("Measured ")]
    note = notes[0] if notes else "Measured by the script:"
    for key in sorted(results, key=int):
        r = results[key]
        label = f"{int(key):,} ({r.get('commit', 'unknown')})"
        cells = [label] + [_cell(r.get(k)) + (f"; warm {_cell(r[f'{k}_warm'])}" if f"{k}_warm" in r else "")
                           for k in ("plain", "full")]
        cells += [_cell(r.get(k)) for k in ("first", "unchanged", "letter", "dossier")]
        cells.append("-" if "serve" not in r else f"{r['serve']:.1f} s" + (
            f" ({r['serve_cpu']:.1f} s)" if "serve_cpu" in r else "") + (
            "; next: " + ", ".join(f"{wall:.1f} s ({cpu:.1f} s)" for wall, cpu in r["serve_next"])
            if r.get("serve_next") else ""))
        cells.append({True: "yes", False: "NO"}.get(r.get("same_as_full"), "-"))
        row = "| " + " | ".join(cells) + " |"
        rows = [line for line in rows if not line.startswith(f"| {label} |")] + [row]
        sentence = (f" The {label} row (the script's): {r['date']}, load at the end of the "
                    f"one-letter build {r.get('letter', {}).get('load', 0):.1f}.")
        # A step saved again: the sentence its last save wrote goes.
        note = re.sub(rf" The {re.escape(label)} row \(the script's\): .*? build \d+\.\d\.", "",
                      note).rstrip() + sentence
    lines = [START, "## Differential builds", "",
             "Written by `scripts/bench_differential.py` (one run per N, each build its own",
             "`mkdocs build` process, annex cache warm; wall time, CPU time in brackets).",
             "Targets (issue 20): one letter at N = 10,000 under 30 s, one new dossier under 60 s,",
             "a `mkdocs serve` reload after one edit at N = 1,000 under 2 s, the full warm build at",
             "or below plain MkDocs. Plain and full: into an empty folder; \"warm\": built again into",
             "the site the first one made.", "",
             "| N | plain | full | first differential | unchanged | one letter | new dossier "
             "| serve reload | same bytes as full |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |", *rows, "", note, ""]
    if block:
        text = text[:text.index(START)] + "\n".join(lines) + text[text.index(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines) + END + "\n"
    REPORT.write_text(text, "utf-8")


def _commit() -> str:
    """The commit measured (with "+" when the working tree differs from it)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return (git("rev-parse", "--short", "HEAD") or "unknown") + ("+" if git("status", "--porcelain",
                                                                          "plugins") else "")


def _cell(run: dict | None) -> str:
    return "-" if run is None else f"{run['wall']:.1f} s ({run['cpu']:.0f} s)"


if __name__ == "__main__":
    main()
