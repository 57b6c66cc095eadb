"""How well the site's search finds what is on the example site: recall@10 and MRR per kind of query.

    .venv/bin/python scripts/search_quality.py            # builds the example site into a temp folder
    .venv/bin/python scripts/search_quality.py --site site  # or measures a site built already
    .venv/bin/python scripts/search_quality.py --pagefind "pagefind"  # and Pagefind on the same pages

Each query carries its judgement: what a relevant page holds, written as regular expressions
over the page's text (every one must match), from reading the example site's texts and not
from any engine's answers. A page is every page and annex text page the index holds. recall@10
is the share of the relevant pages (at most 10) among the first 10 results; MRR the mean of
1 / the rank of the first relevant result (0 when none is in the first 10).
tests/test_search_quality.py holds the index to a floor per kind with the same queries.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from woo_dossiers.search import reader  # noqa: E402
from woo_dossiers.search.page_text import page_sections  # noqa: E402

TOP = 10


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    judged: tuple[str, ...]  # a relevant page's text matches every one (case-insensitive)


def q(kind: str, text: str, *judged: str) -> Query:
    return Query(kind, text, judged or (re.escape(text),))


QUERIES = [
    # exact: a word as the text writes it
    q("exact", "driehoeksoverleg"),
    q("exact", "auditrapport"),
    q("exact", "gezichtsherkenning"),
    q("exact", "risicoscore"),
    q("exact", "convenanten"),
    # inflection: another form than (some of) the text's
    q("inflection", "klacht", r"\bklacht(en)?\b"),
    q("inflection", "meldingen", r"\bmelding(en)?\b"),
    q("inflection", "verslagen", r"\bverslag(en)?\b"),
    q("inflection", "rapporten", r"\brapport(en)?\b"),
    q("inflection", "gesprek", r"\bgesprek(ken)?\b"),
    q("inflection", "evaluaties", r"\bevaluaties?\b"),
    q("inflection", "bespreken", r"\bbesp(reken|reekt|rak|raken|roken)\b"),
    # compound: the last (or first) part of a longer word
    q("compound", "toezicht", r"toezicht"),
    q("compound", "herkenning", r"herkenning"),
    q("compound", "register", r"register\b"),
    q("compound", "overleg", r"overleg\b"),
    q("compound", "camera", r"\bcamera"),
    # diacritics: typed without them
    q("diacritics", "financiele", r"financi[eë]le"),
    q("diacritics", "beeindigen", r"be[eë]indig"),
    q("diacritics", "geevalueerd", r"ge[eë]valueerd"),
    q("diacritics", "officiële", r"\boffici[eë]le\b"),
    # several words: a page with all of them
    q("several", "camera binnenstad zwolle", "camera", "binnenstad", "zwolle"),
    q("several", "privacy impact assessment", "privacy", "impact", "assessment"),
    q("several", "landelijke invoering cas", "landelijke", "invoering", r"\bcas\b"),
    q("several", "algoritmeregister pilotgemeenten", "algoritmeregister", "pilotgemeenten"),
    # legal ground: a dotted code, or an article
    q("ground", "5.1.2.e", r"5\.1\.2\.e"),
    q("ground", "10.2.e", r"10\.2\.e"),
    q("ground", "5.1.1.e", r"5\.1\.1\.e"),
    q("ground", "10.2.d", r"10\.2\.d"),
    q("ground", "artikel 151c", r"(artikel|art\.)\s*151c"),
    # reference number: case numbers with slashes and dashes
    q("reference", "2021/0017"),
    q("reference", "Z23-004512"),
    q("reference", "2022-0000412871"),
    q("reference", "2021/0123"),
    q("reference", "2023/0212"),
    # typo: one letter wrong, missing or swapped
    q("typo", "driehoeksoverlg", "driehoeksoverleg"),
    q("typo", "gezichtsherkening", "gezichtsherkenning"),
    q("typo", "auditrapprt", "auditrapport"),
    q("typo", "risicoscroe", "risicoscore"),
    q("typo", "convenantem", "convenanten"),
]
KINDS = list(dict.fromkeys(query.kind for query in QUERIES))


def site_texts(site: Path) -> dict[str, str]:
    """Site-relative URL -> the text the index takes from that page (title and sections)."""
    texts = {}
    for page in sorted(site.rglob("index.html")):
        found = page_sections(page.read_text("utf-8"))
        if found is None:
            continue
        url = page.parent.relative_to(site).as_posix()
        url = "" if url == "." else url + "/"
        title, sections = found
        if "/bijlagen/" in url:  # an annex: its PDF's pages, not the page's note about the PDF
            sections = [s for s in sections if s.anchor.startswith("pagina-")]
        texts[url] = "\n".join([title] + [f"{s.heading}\n{s.text}" for s in sections])
    texts.pop("zoeken/", None)  # the search page is not indexed
    return texts


def relevant(query: Query, texts: dict[str, str]) -> set[str]:
    patterns = [re.compile(p, re.I) for p in query.judged]
    return {url for url, text in texts.items() if all(p.search(text) for p in patterns)}


@dataclass(frozen=True)
class Score:
    recall: float
    reciprocal_rank: float


def score(urls: list[str], wanted: set[str]) -> Score:
    top = urls[:TOP]
    recall = len(wanted & set(top)) / min(len(wanted), TOP)
    rank = next((i for i, url in enumerate(top, 1) if url in wanted), None)
    return Score(recall, 1 / rank if rank else 0.0)


def measure(site: Path, queries: Iterable[Query] = QUERIES,
            engine: Callable[[list[str]], list[list[str]]] | None = None,
            ) -> dict[str, list[tuple[Query, Score]]]:
    """Scores per kind; `engine` (queries -> the URLs of the first results of each) is our
    index's reference query unless given."""
    texts = site_texts(site)
    bundles = [site / "zoekindex" / "paginas", site / "zoekindex" / "bijlagen"]
    queries = list(queries)
    if engine is None:
        def engine(texts_: list[str]) -> list[list[str]]:
            return [[hit.url for hit in reader.search(bundles, t, limit=TOP)] for t in texts_]
    answers = engine([query.text for query in queries])
    per_kind: dict[str, list[tuple[Query, Score]]] = {}
    for query, urls in zip(queries, answers, strict=True):
        wanted = relevant(query, texts)
        if not wanted:
            raise SystemExit(f"no page of the site is relevant to {query.text!r}: fix its judgement")
        per_kind.setdefault(query.kind, []).append((query, score(urls, wanted)))
    return per_kind


def pagefind(site: Path, command: str, scratch: Path) -> Callable[[list[str]], list[list[str]]]:
    """Pagefind (its own Dutch stemming) indexing the same article text, queried in chromium."""
    copy = scratch / "pagefind-site"
    shutil.copytree(site, copy)
    for page in copy.rglob("*.html"):  # index what our index takes: the article
        html = page.read_text("utf-8")
        page.write_text(html.replace('<article class="md-content__inner md-typeset"',
                                     '<article data-pagefind-body class="md-content__inner md-typeset"'),
                        "utf-8")
    subprocess.run([*shlex.split(command), "--site", str(copy)], check=True, capture_output=True)

    def engine(texts: list[str]) -> list[list[str]]:
        sys.path.insert(0, str(ROOT / "tests"))
        from browser import CHROMIUM, CHROMIUM_ARGS, serve
        from playwright.sync_api import sync_playwright

        with serve(copy) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_context(bypass_csp=True).new_page()  # its WebAssembly
            page.goto(base + "dossiers/")
            found = page.evaluate("""async ([queries, top]) => {
                const pf = await import('/pagefind/pagefind.js');
                await pf.init();
                const out = [];
                for (const q of queries) {
                    const r = await pf.search(q);
                    const data = await Promise.all(r.results.slice(0, top).map((x) => x.data()));
                    out.push(data.map((d) => d.url));
                }
                return out;
            }""", [texts, TOP])
            browser.close()
        # Its URLs are absolute paths; ours are site-relative.
        return [[url.lstrip("/").removesuffix("index.html") for url in urls] for urls in found]

    return engine


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def table(per_kind: dict[str, list[tuple[Query, Score]]]) -> str:
    lines = ["| kind | queries | recall@10 | MRR |", "| --- | --- | --- | --- |"]
    every: list[Score] = []
    for kind, scores in per_kind.items():
        every += [s for _, s in scores]
        lines.append(f"| {kind} | {len(scores)} | {mean(s.recall for _, s in scores):.2f} | "
                     f"{mean(s.reciprocal_rank for _, s in scores):.2f} |")
    lines.append(f"| all | {len(every)} | {mean(s.recall for s in every):.2f} | "
                 f"{mean(s.reciprocal_rank for s in every):.2f} |")
    return "\n".join(lines)


def build_example_site(out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(out)],
                   cwd=ROOT, check=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the example site)")
    parser.add_argument("--each", action="store_true", help="also print every query's scores")
    parser.add_argument("--pagefind", metavar="COMMAND",
                        help="also measure Pagefind, run as COMMAND (e.g. 'python -m pagefind')")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site or build_example_site(Path(scratch) / "site")
        per_kind = measure(site)
        if args.pagefind:
            theirs = measure(site, engine=pagefind(site, args.pagefind, Path(scratch)))
    print(table(per_kind))
    if args.pagefind:
        print("\nPagefind, the same queries and judgements:\n")
        print(table(theirs))
    if args.each:
        for scores in per_kind.values():
            for query, s in scores:
                print(f"{query.kind:11} {query.text:35} recall {s.recall:.2f}  rr {s.reciprocal_rank:.2f}")


if __name__ == "__main__":
    main()
