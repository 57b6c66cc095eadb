#!/usr/bin/env python3
"""Measure what search costs a visitor: the built-in index against Pagefind.

Builds a site from the example dossiers (--examples) or from N synthetic
dossiers with annexes full of text (--dossiers N), with both MkDocs' built-in
search and Pagefind switched on, and prints:

- built-in: the size of search/search_index.json, which a visitor downloads
  whole before the first result (raw and gzip);
- Pagefind: the size of the whole bundle on disk, and (with --browser) the
  bytes a real browser fetches for one query, measured with Playwright.

The numbers and the decision are in docs/search.md.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

_SYLLABLE_TEXT = ("be ver ge ont aan over on in uit door wet sluit raad ge meen te bes tuur re "
             "ling ing heid schap baar lijk isch ne ter ka mer mi nis ter ie po li tie ver "
             "zoek doc ment ad vies no ta mail over leg af spraak pro ject plan data al go "
             "rit me stel sel toe zicht ca me ra pri va cy ri si co")
SYLLABLES = _SYLLABLE_TEXT.split()


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def page_text(rng: random.Random, words: list[str], weights: list[float], count: int) -> list[str]:
    chosen = rng.choices(words, cum_weights=weights, k=count)
    return [" ".join(chosen[i:i + 12]) for i in range(0, count, 12)]


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A plain PDF with one content stream per page (fast to write, real to read)."""
    count = len(pages)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (4 + 2 * n) for n in range(count)), count),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>"]
    for n, lines in enumerate(pages):
        content = b"\n".join(b"BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (800 - 14 * i, line.encode())
                             for i, line in enumerate(lines))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * n))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def synthetic_dossiers(folder: Path, count: int, annexes: int, pages: int,
                       words: int) -> list[str]:
    """Write the dossiers; return a common and a rare word of their text, to search for."""
    rng = random.Random(2024)
    vocab = vocabulary(40_000, rng)
    weights, total = [], 0.0
    for rank in range(1, len(vocab) + 1):  # Zipf: a few common words, a long tail
        total += 1 / rank ** 1.1
        weights.append(total)
    for n in range(count):
        slug = f"2024-synthetisch-{n:04d}"
        d = folder / slug
        d.mkdir(parents=True)
        files = [f"bijlage-{a + 1}.pdf" for a in range(annexes)]
        annex_lines = "".join(f"  - {{file: {f}, title: Documenten deel {i + 1}}}\n"
                              for i, f in enumerate(files))
        (d / "dossier.yml").write_text(
            f"title: Besluit op Woo-verzoek {n} over {rng.choice(vocab)}\n"
            "organisation: Gemeente Voorbeeld\nlaw: Woo\n"
            "dates: {received: 2024-01-02, decided: 2024-02-01}\n"
            "items:\n  - item: 1\n    request: Alle documenten over het onderwerp\n"
            f"    outcome: disclosed\n    documents: [{', '.join(files)}]\n"
            f"annexes:\n{annex_lines}", "utf-8")
        letter = "\n".join(page_text(rng, vocab, weights, 250))
        (d / "decision.md").write_text(
            f"Geachte heer, mevrouw,\n\n{letter}\n\n## Ad 1\n\nDe documenten zijn openbaar.\n",
            "utf-8")
        for f in files:
            (d / f).write_bytes(pdf_bytes(
                [page_text(rng, vocab, weights, words) for _ in range(pages)]))
    return [vocab[0], vocab[5_000]]


def make_project(target: Path, examples: Path | None, count: int, annexes: int, pages: int,
                 words: int) -> tuple[Path, list[str]]:
    shutil.copytree(ROOT / "docs", target / "docs")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    # Switch the built-in search on beside Pagefind, to measure both on one build.
    config = config.replace("plugins:\n", "plugins:\n  - search:\n      lang: nl\n", 1)
    (target / "mkdocs.yml").write_text(config, "utf-8")
    if examples:
        shutil.copytree(examples, target / "dossiers")
        return target, ["pilotgemeenten"]
    return target, synthetic_dossiers(target / "dossiers", count, annexes, pages, words)


def build(project: Path) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    mkdocs_build(load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site")))


def browser_bytes(site: Path, query: str) -> tuple[int, int, int]:
    """Bytes a browser fetches from pagefind/ to show results for `query` (raw, and as a
    gzip-serving web server would send them), and the number of results."""
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    bodies: dict[str, bytes] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"])
            page = browser.new_page()
            page.on("response", lambda r: bodies.__setitem__(r.url, r.body())
                    if "/pagefind/" in r.url else None)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/zoeken/?q={query}")
            page.wait_for_selector(".pagefind-ui__result-link", timeout=60_000)
            results = page.locator(".pagefind-ui__result").count()
            browser.close()
    finally:
        server.shutdown()
    raw = sum(len(body) for body in bodies.values())
    # Index and fragment files are gzip already; a server compresses the scripts.
    sent = sum(min(len(body), len(gzip.compress(body))) for body in bodies.values())
    return raw, sent, results


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, nargs="?", const=ROOT / "dossiers",
                        metavar="FOLDER", help="the example dossiers (default: dossiers/)")
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--annexes", type=int, default=2, help="annexes per dossier")
    parser.add_argument("--pages", type=int, default=5, help="pages per annex")
    parser.add_argument("--words", type=int, default=300, help="words per page")
    parser.add_argument("--browser", nargs="*", metavar="QUERY",
                        help="measure a real browser's downloads for these queries "
                        "(default: a common and a rare word of the text)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project, queries = make_project(Path(tmp), args.examples, args.dossiers, args.annexes,
                               args.pages, args.words)
        started = time.monotonic()
        build(project)
        seconds = time.monotonic() - started
        site = project / "site"
        index = (site / "search" / "search_index.json").read_bytes()
        pages = sum(1 for _ in site.rglob("index.html"))
        print(f"pages: {pages}; build: {seconds:.0f} s")
        print(f"built-in search_index.json: {len(index):,} bytes "
              f"({len(gzip.compress(index)):,} gzip), all downloaded by every searcher")
        bundle = site / "pagefind"
        files = sum(1 for p in bundle.rglob("*") if p.is_file())
        print(f"Pagefind bundle on disk: {size_of(bundle):,} bytes in {files} files")
        for query in (args.browser or queries) if args.browser is not None else []:
            raw, sent, results = browser_bytes(site, query)
            print(f"Pagefind, query {query!r}: {raw:,} bytes fetched ({sent:,} gzip), "
                  f"{results} results")


if __name__ == "__main__":
    main()
