"""The search page's client (docs/assets/zoeken.js) in chromium, on bundles the Python writer wrote.

Each test assembles a small site in tmp_path: a search page at zoeken/ that loads the real
script (and woo.css) from assets/ under a strict Content-Security-Policy, and bundles
under zoekindex/ written by `IndexWriter`. The client must cut the same tokens as the
Python `tokens()` and give the same hits, in the same order, as the reference reader.
"""

from __future__ import annotations

import json
import random
import shutil
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import expect
from woo_dossiers.minify import minify_js
from woo_dossiers.search import reader
from woo_dossiers.search.tokens import STOP_WORDS, query_tokens, tokens
from woo_dossiers.search.writer import IndexWriter, Section

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "docs" / "assets" / "zoeken.js"
STEMMER = ROOT / "docs" / "assets" / "stemmer-nl.js"
CSS = ROOT / "plugins" / "woo_dossiers" / "assets" / "woo.css"

POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'"
PAGE = f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zoeken</title><link rel="stylesheet" href="../assets/woo.css"></head>
<body><main><h1 id="zoeken">Zoeken</h1>
<div id="zoekvak" class="woo-zoek"></div>
<script src="../assets/zoeken.js"></script></main></body></html>
"""

TRICKY = [
    "Besluit op het Wob-verzoek van 12 maart 2021 (kenmerk 2021/0017)",
    "Café Zürich, naïef, coördinatie, ÉÉN, Ångström, façade, Øresund, Łódź, İstanbul",
    "Straße STRASSE ẞ Maß ﬁnanciële ﬂexibele ﬀ Ⅻ ½ ² ３４５ ｆｕｌｌ",
    "snake_case_woord __init__ a_b 10_000 x_1",
    "emoji 🙂tussen🙂woorden 👍🏽 𝐁𝐨𝐥𝐝 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 😀a😀 ab😀cd",
    "a b c ab abc " + "x" * 40 + " " + "y" * 41 + " " + "z" * 39,
    "ΣΊΣΥΦΟΣ ΟΔΥΣΣΕΥΣ σοφός Ελλάδα; Москва ЁЖ; العربية; עברית; 日本語のテキスト; 한국어",
    "tab\there\nnew\u00a0line\u2003em\u200bzero\ufeffbom",
    "Ad 6. Artikel 5.1, tweede lid, onder e, Woo; art. 10 lid 2 sub e Wob",
    "e-mail: info@example.org https://example.org/woo/?q=besluit#ad-6 3,5% €12,50",
    "dĳk ĲSSEL ǅemal ǈjubljana ŉ ǰ ẛ Ǆ",
    "\u0301\u0301combining\u0301 ohm Ω kelvin K ångström Å micro µ",
    "१२३ ٤٥٦ ໑໒ ൧൨ 𝟙𝟚 Ⅳ ⑫ ⒓ ㈠",
]


def random_strings(count: int) -> list[str]:
    """Strings of random code points, BMP and beyond: whatever Unicode oddity they hold."""
    rng = random.Random(20261129)
    ranges = [(0x20, 0x7F), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x52F), (0x1E00, 0x1FFF),
              (0x2000, 0x33FF), (0xF900, 0xFFEF), (0x0, 0xFFFF), (0x10000, 0x10FFFF)]
    out = []
    for _ in range(count):
        chars = []
        for _ in range(rng.randint(1, 40)):
            low, high = rng.choice(ranges)
            cp = rng.randint(low, high)
            if not 0xD800 <= cp <= 0xDFFF:
                chars.append(chr(cp))
            if rng.random() < 0.2:
                chars.append(" ")
        out.append("".join(chars))
    return out


# -- a small site -------------------------------------------------------------------------


def make_site(folder: Path) -> Path:
    """The search page at zoeken/ with the real scripts (minified) and style sheet beside it."""
    (folder / "zoeken").mkdir(parents=True)
    (folder / "zoeken" / "index.html").write_text(PAGE, "utf-8")
    (folder / "assets").mkdir()
    # As the site ships them (minify.py): the results below are those of the code that runs.
    for source in (SCRIPT, STEMMER):
        (folder / "assets" / source.name).write_text(minify_js(source.read_text("utf-8")), "utf-8")
    shutil.copy(CSS, folder / "assets" / "woo.css")
    return folder


def write_bundle(site: Path, name: str, docs: list[dict], chunk_bytes: int = 16384,
                 head_postings: int = 128) -> Path:
    """docs: {"url", "title", "context"} with "sections" (anchor, heading, text) or "pages"."""
    out = site / "zoekindex" / name
    writer = IndexWriter(out, work_dir=site.parent / "work", chunk_bytes=chunk_bytes,
                         head_postings=head_postings)
    for doc in docs:
        if "pages" in doc:
            writer.add_paged(doc["url"], doc["title"], doc["context"], doc["pages"],
                             doc.get("facets", ()))
        else:
            writer.add_page(doc["url"], doc["title"], doc["context"],
                            [Section(*s) for s in doc["sections"]], doc.get("facets", ()))
    writer.finish()
    return out


def corpus(seed: int = 7) -> tuple[list[dict], list[dict]]:
    """Page and annex docs with shared prefixes, diacritics, numbers and repeated words."""
    rng = random.Random(seed)
    # More than 64 terms start with "ver", spread over many small chunks: the limits bite.
    # Stems, compounds and codes for the issue 16 queries.
    extra = ["beslissingen", "zwaluwstaartverbinding", "artikel 151c", "documenten", "gemeentes"]
    ver = sorted({"ver" + "".join(rng.choice("abcdeklmnorstu") for _ in range(rng.randint(1, 6)))
                  for _ in range(120)})
    common = ["besluit", "besluiten", "besluitvorming", "beslissing", "verzoek", "woo", "wob",
              "openbaarmaking", "documenten", "café", "Zürich", "coördinatie", "2021", "10.2.e",
              "persoonsgegevens", "bedrijfsgegevens", "de", "het", "een", "van", "politie",
              "gemeente", "inventaris", "ad", "xx"]
    rare = ["zwaluwstaart", "convenanten", "anticipatie", "ŉ", "straße", "ﬁnanciën"] + extra

    def text(n: int) -> str:
        words = [rng.choice(common if rng.random() < 0.7 else ver) for _ in range(n)]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), rng.choice(rare))
        return " ".join(words)

    pages = []
    for i in range(40):
        sections = [("", "", text(rng.randint(0, 30)))]
        for s in range(rng.randint(0, 4)):
            sections.append((f"ad-{s + 1}", f"Ad {s + 1}", text(rng.randint(5, 200))))
        if i == 3:  # words no doc shares: a query of both falls back to docs with either
            sections.append(("ad-9", "Ad 9", "eenhoorn " + text(10)))
        pages.append({"url": f"dossiers/d{i:02d}/", "title": f"Besluit {i}", "context": "",
                      "sections": sections, "facets": [f"year={2020 + i % 3}", f"law={'woo' if i % 2 else 'wob'}"]})
    annexes = []
    for i in range(30):
        annexes.append({"url": f"dossiers/d{i % 7:02d}/bijlagen/b{i}/", "title": f"Bijlage {i}",
                        "context": f"Bijlage bij Besluit {i % 7}",
                        "pages": [text(rng.randint(0, 400)) for _ in range(rng.randint(1, 6))],
                        "facets": [f"year={2020 + (i % 7) % 3}"]})
    annexes[5]["pages"].append("draak " + text(20))
    # 70 terms that start with "vis", each in one doc of its own: "vis" finds 64 of them.
    for i in range(70):
        annexes.append({"url": f"dossiers/vis/b{i}/", "title": f"Bijlage {i}", "context": "",
                        "pages": ["", f"vis{i:02d} zwemt"]})
    return pages, annexes


QUERIES = [
    "besluit", "bes", "besl", "BESLUITEN", "ve", "ver", "verz", "verzoek woo", "café", "CAFE",
    "zurich coordinatie", "2021", "10", "10.2.e", "de het een", "besluit besluit", "zwaluwstaart",
    "zwaluwstaart convenanten", "zwaluwstaart politie", "straße", "strasse", "financien",
    "00", "aaa", "zzzz", "xx", "x", "gegevens", "persoonsgegevens bedrijfsgegevens", "inventaris ad",
    "ad", "anticipatie gemeente wob", "nergens", "", "eenhoorn draak", "draak eenhoorn besluit", "vis",
    "vis zwemt",
    # stems, compound parts, corrections, codes (issue 16)
    "besluiten", "beslissingen", "gegevens", "gegeven", "verbinding", "zwaluwstart", "zwaluwstaartt",
    "convenanen", "politei gemeente", "coördinatie", "10.2.e", "10.2", "artikel 151c", "documnten",
    "xxxxy",
]
FACETED = [("besluit", ["year=2021"]), ("besluit", ["year=2021", "law=woo"]), ("zwaluwstaart", ["year=2022"]),
           ("besluit", ["year=1999"]), ("gegevens", ["law=wob"])]


def corpus_site(folder: Path, chunk_bytes: int, head_postings: int = 128) -> Path:
    site = make_site(folder)
    pages, annexes = corpus()
    write_bundle(site, "paginas", pages, chunk_bytes=chunk_bytes, head_postings=head_postings)
    write_bundle(site, "bijlagen", annexes, chunk_bytes=chunk_bytes, head_postings=head_postings)
    return site


@pytest.fixture
def index_site(tmp_path):
    """A site with both bundles of `corpus()`, in chunks small enough to need many files."""
    return corpus_site(tmp_path / "site", chunk_bytes=300)


def open_search(browser_page, site: Path, query: str | None = None, width: int = 1280):
    page, base = browser_page(site, width=width)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(f"{base}zoeken/" + (f"?q={quote(query)}" if query is not None else ""))
    page.locator("input#zoekterm").wait_for()
    return page, base, errors


def hit_dict(hit: reader.Hit) -> dict:
    return {"bundle": hit.bundle, "doc": hit.doc, "score": hit.score, "section": hit.section,
            "part": hit.part,
            "url": hit.url, "title": hit.title, "context": hit.context, "anchor": hit.anchor,
            "heading": hit.heading, "excerpt": [[text, mark] for text, mark in hit.excerpt]}


# -- (1) tokens ---------------------------------------------------------------------------


def test_tokens_are_the_same_in_javascript_and_python(tmp_path, browser_page):
    strings = TRICKY + random_strings(300)
    # The cases above hold what they are meant to: a check that the checks can fail.
    assert any(unicodedata.category(c).startswith("M") for c in "".join(strings))
    assert any(ord(c) > 0xFFFF for c in "".join(strings))
    page, _, errors = open_search(browser_page, make_site(tmp_path / "site"))
    got = page.evaluate("strings => strings.map(s => window.wooZoeken.tokens(s))", strings)
    mismatches = [(s, js, tokens(s)) for s, js in zip(strings, got, strict=True) if js != tokens(s)]
    assert mismatches == []
    got = page.evaluate("strings => strings.map(s => window.wooZoeken.queryTokens(s))", strings)
    assert [(s, q) for s, q in zip(strings, got, strict=True) if q != query_tokens(s)] == []
    assert {"straße", "strasse", "financiele", "flexibele"} <= set(tokens(TRICKY[2]))
    assert "x" * 40 in tokens(TRICKY[5]) and "y" * 41 not in "".join(tokens(TRICKY[5]))
    assert tokens("ab😀cd") == ["ab", "cd"] and tokens("snake_case") == ["snake", "case"]
    assert errors == []


def test_javascript_drops_the_stop_words_of_meta_json(index_site, browser_page):
    meta = json.loads((index_site / "zoekindex" / "paginas" / "meta.json").read_text("utf-8"))
    assert set(meta["stopwords"]) == STOP_WORDS
    page, _, _ = open_search(browser_page, index_site)
    got = page.evaluate("([s, stop]) => window.wooZoeken.tokens(s, stop)",
                        ["De besluiten van het CAS en de Wob", meta["stopwords"]])
    assert got == ["besluiten", "cas", "wob"]


# -- (2) hits -------------------------------------------------------------------------------


def test_the_corpus_makes_the_limits_matter(tmp_path):
    small = corpus_site(tmp_path / "small", chunk_bytes=300) / "zoekindex" / "bijlagen"
    firsts = json.loads((small / "meta.json").read_text("utf-8"))["chunks"]
    assert sum(1 for t in firsts if t.startswith("ver")) > reader.PREFIX_CHUNKS  # "ver" spans more chunks
    large = corpus_site(tmp_path / "large", chunk_bytes=16384) / "zoekindex" / "bijlagen"
    terms = [t for t, _ in reader.parse_chunk((large / "t" / "0.bin").read_bytes())]
    assert sum(1 for t in terms if t.startswith("ver")) > 64  # more than 64 in one chunk
    assert len(reader.search([large], "vis", limit=1000)) == 64
    # No doc has both words: the query falls back to docs with either.
    hits = reader.search([small.parent / "paginas", small], "eenhoorn draak")
    assert {h.bundle for h in hits} == {"paginas", "bijlagen"}


@pytest.mark.parametrize(("chunk_bytes", "head"), [(300, 128), (16384, 128), (300, 3)])
def test_javascript_hits_equal_the_python_reference(tmp_path, browser_page, chunk_bytes, head):
    index_site = corpus_site(tmp_path / "site", chunk_bytes, head)
    page, _, errors = open_search(browser_page, index_site)
    bundles = [index_site / "zoekindex" / "paginas", index_site / "zoekindex" / "bijlagen"]
    got = page.evaluate("queries => Promise.all(queries.map(q => window.wooZoeken.search(q, 1000)))",
                        QUERIES)
    seen_kinds = set()
    for query, js in zip(QUERIES, got, strict=True):
        expected = [hit_dict(h) for h in reader.search(bundles, query, limit=1000)]
        js = [{k: hit[k] for k in expected[0]} for hit in js] if expected else js
        assert js == expected, query
        seen_kinds |= {h["bundle"] for h in expected}
        if len(expected) > 1:
            seen_kinds.add("several")
    assert seen_kinds == {"paginas", "bijlagen", "several"}
    assert errors == []


def run_dict(result: reader.Results) -> dict:
    return {"hits": [hit_dict(h) for h in result.hits], "total": result.total, "exact": result.exact,
            "approximate": result.approximate, "corrections": [list(c) for c in result.corrections]}


@pytest.mark.parametrize(("head", "ranges"), [(128, True), (3, True), (3, False)],
                         ids=["whole-lists", "heads", "heads-no-ranges"])
def test_javascript_runs_equal_the_python_reference_with_facets_and_corrections(
        tmp_path, browser_page, head, ranges):
    """With heads of 3 postings most first pages come from the heads, some need the tails; a
    server that ignores ranges (200, the whole file) gives the same results."""
    index_site = corpus_site(tmp_path / "site", 300, head)
    page, base = browser_page(index_site)
    if not ranges:
        page.route("**/zoekindex/**", lambda route: route.continue_(headers={
            k: v for k, v in route.request.headers.items() if k.lower() != "range"}))
    statuses: list[int] = []
    page.on("response", lambda r: statuses.append(r.status))
    page.goto(f"{base}zoeken/")
    bundles = [index_site / "zoekindex" / "paginas", index_site / "zoekindex" / "bijlagen"]
    cases = [(q, [], limit) for q in QUERIES for limit in (5, 20)] + [(q, f, 20) for q, f in FACETED]
    got = page.evaluate("cases => Promise.all(cases.map(([q, f, n]) => window.wooZoeken.run(q, n, f)))",
                        cases)
    corrected = inexact = 0
    for (query, facets, limit), js in zip(cases, got, strict=True):
        expected = run_dict(reader.run(bundles, query, limit, facets))
        keys = expected["hits"][0].keys() if expected["hits"] else []
        js["hits"] = [{k: hit[k] for k in keys} for hit in js["hits"]]
        assert js == expected, (query, facets, limit)
        corrected += bool(expected["corrections"])
        inexact += not expected["exact"]
    assert corrected >= 3  # the typos were corrected
    assert (inexact >= 5) == (head == 3)  # small heads answer first pages alone
    assert (206 in statuses) == ranges


def test_token_cases_are_cut_the_same_in_javascript(tmp_path, browser_page):
    cases = json.loads((ROOT / "tests" / "search_index_token_cases.json").read_text("utf-8"))
    page, _, errors = open_search(browser_page, make_site(tmp_path / "site"))
    got = page.evaluate("cases => cases.map(c => [window.wooZoeken.tokens(c.text),"
                        " window.wooZoeken.queryTokens(c.text)])", cases)
    assert [[c["tokens"], c["query"]] for c in cases] == got
    assert any("10.2.e" in c["query"] for c in cases)
    assert errors == []


def test_each_index_file_is_fetched_once(index_site, browser_page):
    page, base = browser_page(index_site)
    fetched: list[str] = []  # each file, with the range asked for (excerpt parts, tails)
    page.on("request", lambda r: fetched.append(
        r.url.removeprefix(base) + " " + (r.headers.get("range") or "")))
    page.goto(f"{base}zoeken/")
    page.evaluate("async () => { for (const q of ['ver', 'verz', 'besluit', 'ver besluit'])"
                  " { await window.wooZoeken.search(q, 1000); } }")
    index_files = [u for u in fetched if u.startswith("zoekindex/")]
    assert index_files and sorted(index_files) == sorted(set(index_files))
    assert any("/t/" in u for u in index_files) and any("/x/" in u for u in index_files)
    assert all(u.endswith("bytes=") is False for u in index_files)
    assert {u.split(" ")[1] != "" for u in index_files if "/x/" in u} == {True}  # parts by range


# -- (3) the page -----------------------------------------------------------------------------


def test_q_in_the_address_fills_the_box_and_shows_ten_results_at_a_time(index_site, browser_page):
    bundles = [index_site / "zoekindex" / "paginas", index_site / "zoekindex" / "bijlagen"]
    expected = reader.search(bundles, "besluit", limit=1000)
    assert len(expected) > 20
    page, base, errors = open_search(browser_page, index_site, "besluit")
    assert page.locator("input#zoekterm").input_value() == "besluit"
    message = page.locator(".woo-zoek__melding")
    assert message.get_attribute("role") == "status" and message.get_attribute("aria-live") == "polite"
    page.locator(".woo-zoek__melding", has_text="resultaten").wait_for()
    assert message.inner_text() == f"{len(expected)} resultaten voor ‘besluit’"
    results = page.locator("li.woo-zoek__resultaat[data-search-result]")
    assert results.count() == 10
    assert page.locator("ol.woo-zoek__resultaten > li").count() == 10
    titles = results.locator(".woo-zoek__titel a")
    assert titles.evaluate_all("links => links.map(a => a.getAttribute('href'))") == [
        "/" + h.url for h in expected[:10]]
    more = page.get_by_role("button", name="Meer resultaten")
    more.dblclick()  # an impatient second click does not add the same ten again
    expect(results).to_have_count(20)
    assert titles.evaluate_all("links => links.map(a => a.getAttribute('href'))") == [
        "/" + h.url for h in expected[:20]]
    # Keyboard users continue at the first result that was added.
    assert page.evaluate("document.activeElement.getAttribute('href')") == "/" + expected[10].url
    shown = 20
    while shown < len(expected):
        more.click()
        shown = min(shown + 10, len(expected))
        expect(results).to_have_count(shown)
    assert more.is_hidden()
    assert errors == []


def test_more_results_read_the_tails_when_the_heads_run_out(tmp_path, browser_page):
    """Heads of 12 postings: the first ten come from the heads ("Ten minste"), and "Meer
    resultaten" reads the tails; every result is where the whole lists put it."""
    site = corpus_site(tmp_path / "site", 300, head_postings=12)  # "politie": in 67 docs
    bundles = [site / "zoekindex" / "paginas", site / "zoekindex" / "bijlagen"]
    expected = reader.search(bundles, "politie", limit=1000)
    first = reader.run(bundles, "politie", 10)
    assert not first.exact and 10 <= first.total <= len(expected) and len(expected) > 20
    page, base = browser_page(site)
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(f"{base}zoeken/?q=politie")
    message = page.locator(".woo-zoek__melding")
    page.locator(".woo-zoek__melding", has_text="resultaten").wait_for()
    assert message.inner_text() == f"Ten minste {first.total} resultaten voor ‘politie’"
    assert not any("/p/" in u for u in fetched)  # no tail read for the first page
    results = page.locator("li.woo-zoek__resultaat[data-search-result]")
    titles = results.locator(".woo-zoek__titel a")
    more = page.get_by_role("button", name="Meer resultaten")
    shown = 10
    while shown < len(expected):
        expect(results).to_have_count(shown)
        more.click()
        shown = min(shown + 10, len(expected))
    expect(results).to_have_count(len(expected))
    assert titles.evaluate_all("links => links.map(a => a.getAttribute('href'))") == [
        "/" + h.url for h in expected]
    assert message.inner_text() == f"{len(expected)} resultaten voor ‘politie’"
    assert more.is_hidden() and any("/p/" in u for u in fetched)


def test_typing_searches_and_the_address_follows(index_site, browser_page):
    page, base, errors = open_search(browser_page, index_site)
    field = page.locator("input#zoekterm")
    field.press_sequentially("zwaluwstaart")
    page.locator(".woo-zoek__melding", has_text="zwaluwstaart’").wait_for()
    assert "?q=zwaluwstaart" in page.url
    field.fill("nergensnietteVinden")
    field.press("Enter")
    page.locator(".woo-zoek__melding", has_text="Geen resultaten voor ‘nergensnietteVinden’").wait_for()
    assert page.locator("[data-search-result]").count() == 0
    field.fill("")
    field.press("Enter")
    page.wait_for_url(f"{base}zoeken/")
    assert page.locator(".woo-zoek__melding").inner_text() == ""
    assert errors == []


def test_a_site_without_annexes_searches_its_pages(tmp_path, browser_page):
    site = make_site(tmp_path / "site")
    pages, _ = corpus()
    write_bundle(site, "paginas", pages)
    page, _, errors = open_search(browser_page, site, "besluit")
    page.locator(".woo-zoek__melding", has_text="resultaten voor").wait_for()
    expected = reader.search([site / "zoekindex" / "paginas", site / "zoekindex" / "bijlagen"],
                             "besluit", limit=1000)
    assert page.locator(".woo-zoek__melding").inner_text() == f"{len(expected)} resultaten voor ‘besluit’"
    assert page.locator("[data-search-result]").count() == 10
    assert errors == []


def break_nothing(site: Path) -> None:
    shutil.rmtree(site / "zoekindex")


def break_meta(site: Path) -> None:
    (site / "zoekindex" / "paginas" / "meta.json").write_text("{not json", "utf-8")


def break_chunk(site: Path) -> None:
    for chunk in (site / "zoekindex").glob("*/t/*.bin"):
        chunk.unlink()


@pytest.mark.parametrize("damage", [break_nothing, break_meta, break_chunk],
                         ids=["no-index", "bad-meta", "missing-chunks"])
def test_an_index_that_cannot_be_loaded_is_said_in_the_live_region(index_site, browser_page, damage):
    damage(index_site)
    page, _, errors = open_search(browser_page, index_site, "besluit")
    page.locator(".woo-zoek__melding", has_text="De zoekindex kon niet worden geladen").wait_for()
    assert page.locator("[data-search-result]").count() == 0
    assert errors == []


def test_a_site_in_a_sub_folder_links_inside_it(tmp_path, browser_page):
    served = tmp_path / "served"
    site = make_site(served / "woo")
    pages, _ = corpus()
    write_bundle(site, "paginas", pages)
    page, base = browser_page(served)
    for address in ("woo/zoeken/", "woo/zoeken/index.html"):
        page.goto(f"{base}{address}?q=zwaluwstaart")
        page.locator("[data-search-result]").first.wait_for()
        hrefs = page.locator("[data-search-result] a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))")
        assert hrefs and all(h.startswith("/woo/dossiers/") for h in hrefs), address


# -- (4) excerpts and hostile text ------------------------------------------------------------


def test_excerpts_mark_the_words_and_index_text_stays_text(tmp_path, browser_page):
    site = make_site(tmp_path / "site")
    hostile = '<script>alert("titel")</script> <img src=x onerror=alert(1)>'
    write_bundle(site, "paginas", [
        {"url": "dossiers/a/", "title": f"Besluit {hostile}", "context": f"Context {hostile}",
         "sections": [("", "", "Inleiding zonder het woord."),
                      ("ad-6", "Ad 6 <b>vet</b>",
                       "Eerst veel andere woorden: " + "vulling " * 40
                       + f"dan {hostile} het Zwaluwstaartverbinding, en zwaluwstaart weer. "
                       + "staart " * 40)]},
    ])
    write_bundle(site, "bijlagen", [
        {"url": "dossiers/a/bijlagen/b/", "title": "Bijlage", "context": "Bijlage bij Besluit",
         "pages": ["Pagina een.", "Pagina twee.", "Hier staat Zwaluwstaart op pagina drie."]},
    ])
    page, base, errors = open_search(browser_page, site, "zwaluwstaart")
    results = page.locator("[data-search-result]")
    results.nth(1).wait_for()
    first = results.filter(has_text="Context")
    assert first.locator(".woo-zoek__titel").inner_text() == f"Besluit {hostile}"
    assert first.locator(".woo-zoek__context").inner_text() == f"Context {hostile}"
    assert first.locator(".woo-zoek__sectie a").inner_text() == "Ad 6 <b>vet</b>"
    assert first.locator(".woo-zoek__sectie a").get_attribute("href") == "/dossiers/a/#ad-6"
    excerpt = first.locator(".woo-zoek__uittreksel")
    assert excerpt.locator("mark").all_inner_texts() == ["Zwaluwstaartverbinding,", "zwaluwstaart"]
    text = excerpt.inner_text()
    assert text.startswith("… ") and text.endswith(" …") and hostile in text
    assert len(text.split()) <= 32
    assert page.locator("#zoekvak script, #zoekvak img, #zoekvak b").count() == 0
    annex = results.filter(has_text="Bijlage bij Besluit")
    assert annex.locator(".woo-zoek__sectie a").inner_text() == "Pagina 3"
    assert annex.locator(".woo-zoek__sectie a").get_attribute("href") == (
        "/dossiers/a/bijlagen/b/#pagina-3")
    assert annex.locator("mark").all_inner_texts() == ["Zwaluwstaart"]
    assert errors == []


# -- the page in the site's theme ----------------------------------------------------------------


@pytest.fixture
def themed_site(example_site, tmp_path):
    """The example site's own search page and theme, with a bundle of long, unbreakable text."""
    site = tmp_path / "site"
    shutil.copytree(example_site.site, site, ignore=shutil.ignore_patterns("zoekindex"))
    long_word = "Woo-" + "x" * 36 + "/" + "y" * 150
    write_bundle(site, "paginas", [
        {"url": "dossiers/", "title": f"Besluit {i} over de openbaarmaking van {long_word}",
         "context": f"Bijlage bij het besluit {long_word}",
         "sections": [("", "", f"Inleiding {long_word}"),
                      ("ad-1", f"Ad 1 {long_word}", f"Het besluit {i} {long_word} " * 8)]}
        for i in range(15)])
    return site


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_results_in_the_theme_pass_axe_at_320_pixels(themed_site, browser_page, scheme):
    from test_accessibility import axe_violations

    page, base = browser_page(themed_site, width=320, bypass_csp=True)
    page.goto(f"{base}zoeken/?q=besluit")
    page.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
    results = page.locator("[data-search-result]")
    expect(results).to_have_count(10)
    page.get_by_role("button", name="Meer resultaten").click()
    expect(results).to_have_count(15)
    expect(page.get_by_role("button", name="Meer resultaten")).to_be_hidden()
    # Nothing sticks out: not the page, not a result (the theme clips its content box).
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.locator("#zoekvak, #zoekvak *").evaluate_all(
        "nodes => nodes.filter(n => n.scrollWidth > n.clientWidth + 1).map(n => n.outerHTML)") == []
    assert axe_violations(page) == []


def test_the_search_works_by_keyboard_with_visible_focus(themed_site, browser_page):
    page, base = browser_page(themed_site)
    page.goto(f"{base}zoeken/")
    assert page.locator("h1").inner_text().strip() == "Zoeken"
    page.locator("input#zoekterm").focus()
    page.keyboard.type("besluit")
    page.keyboard.press("Enter")
    expect(page.locator(".woo-zoek__melding")).to_have_text("15 resultaten voor ‘besluit’")
    page.keyboard.press("Tab")  # the button "Zoeken"
    page.keyboard.press("Tab")  # the button "Filters", which opens them
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    page.keyboard.press("Enter")
    expect(page.locator("form#zoek-filters")).to_be_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    page.keyboard.press("Tab")  # the filters: the first is the year
    assert page.evaluate("document.activeElement.id") == "zoek-f-jaar"
    for _ in range(10):  # past the other filters and their reset button, to the first result
        if page.evaluate("document.activeElement.closest('[data-search-result]') !== null"):
            break
        page.keyboard.press("Tab")
    focused = page.evaluate("(() => { const a = document.activeElement; const s = getComputedStyle(a);"
                            " return [a.closest('[data-search-result]') !== null, s.outlineStyle,"
                            " s.outlineWidth]; })()")
    assert focused[0] and focused[1] != "none" and focused[2] != "0px"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}dossiers/")
