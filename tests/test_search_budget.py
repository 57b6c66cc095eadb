"""The tail budget (FORMAT.md "Query", step 6): a query of several very common words reads at
most TAIL_BUDGET bytes of tail segments per page to prove its page; past it (once `limit` docs
with every word are known) the page is ranked from what was read and marked approximate, in
Python and in JavaScript alike, on the search page and in the header's panel."""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import expect
from test_search_client import make_site, run_dict, write_bundle
from woo_dossiers.search import reader
from woo_dossiers.search.reader import PAGE_SIZE, TAIL_BUDGET
from woo_dossiers.search.tokens import tokens
from woo_dossiers.search.writer import CHUNK_BYTES

WORDS = ["besluit", "gemeente", "utrecht", "politie", "gegevens", "verzoek", "college", "raad",
         "minister", "brief", "kamer", "rapport", "overleg", "advies", "bezwaar", "termijn"]
QUERIES = ["besluit gegevens raad", "raad brief gemeente", "politie utrecht kamer rapport",
           "gemeente utrecht", "rapport termijn bezwaar", "college minister kamer",
           "brief overleg advies", "politie verzoek", "kamer"]
APPROXIMATE = "; de volgorde is bij benadering, omdat deze woorden heel vaak voorkomen"


def common_words(n: int, seed: int = 16) -> tuple[list[dict], list[dict]]:
    """n pages and n annexes of 16 words drawn uniformly (every word in nearly every doc), each
    doc with one of them repeated: the best docs of one word are not those of another, the
    worst case for a query of several of them (the benchmark's corpus is like this)."""
    rng = random.Random(seed)

    def text() -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 40))]
        words += [rng.choice(WORDS)] * rng.randint(0, 15)
        rng.shuffle(words)
        return " ".join(words)

    pages = [{"url": f"d{i}/", "title": f"Stuk {i}", "context": "", "sections": [("", "", text())]}
             for i in range(n)]
    annexes = [{"url": f"d{i}/b/", "title": f"Bijlage {i}", "context": "",
                "pages": [text() for _ in range(rng.randint(1, 3))]} for i in range(n)]
    return pages, annexes


def common_site(folder: Path, n: int = 4000, head_postings: int = 128) -> tuple[Path, dict[str, str]]:
    """A site of `common_words(n)` (chunks as built), and each doc's text by its url."""
    site = make_site(folder)
    pages, annexes = common_words(n)
    write_bundle(site, "paginas", pages, chunk_bytes=CHUNK_BYTES, head_postings=head_postings)
    write_bundle(site, "bijlagen", annexes, chunk_bytes=CHUNK_BYTES, head_postings=head_postings)
    texts = {d["url"]: " ".join(s[2] for s in d["sections"]) for d in pages}
    texts |= {d["url"]: " ".join(d["pages"]) for d in annexes}
    return site, texts


def bundles(site: Path) -> list[Path]:
    return [site / "zoekindex" / "paginas", site / "zoekindex" / "bijlagen"]


@pytest.fixture(scope="module")
def common(tmp_path_factory):
    return common_site(tmp_path_factory.mktemp("budget") / "site")


def tail_bytes(read: list[str]) -> int:
    """Bytes of the tail segments in the files read ("<bundle>/p/<j>.bin@offset+length")."""
    return sum(int(name.rsplit("+", 1)[1]) for name in read if "/p/" in name)


def key(hit: reader.Hit) -> tuple:
    return hit.bundle, hit.doc, hit.score, hit.part, hit.excerpt


def test_the_budget_stops_the_proof_and_only_then_the_order_is_approximate(common):
    site, texts = common
    approximate = exact = 0
    for query in QUERIES:
        for limit in (5, 10, 20, 30):
            read: list[str] = []
            got = reader.run(bundles(site), query, limit, read=read)
            unbounded = reader.run(bundles(site), query, limit, budget=10**9)
            allowance = TAIL_BUDGET * -(-limit // PAGE_SIZE)
            assert got.tail_bytes == tail_bytes(read)  # counted as fetched
            assert got.tail_bytes <= allowance, (query, limit)  # bounded
            if got.approximate:  # the budget stopped what would have read on
                approximate += 1
                assert unbounded.tail_bytes > allowance and not got.exact
                assert len(got.hits) == limit and limit <= got.total <= unbounded.total
            else:  # the proof ended within the budget: the page is that of the proof
                exact += 1
                assert [key(h) for h in got.hits] == [key(h) for h in unbounded.hits]
                assert got.total == unbounded.total and got.exact == unbounded.exact
            # every hit truly has every word (none comes from a bound)
            words = reader.query_words(query)
            assert all(set(words) <= set(tokens(texts[h.url])) for h in got.hits), query
            scores = [h.score for h in got.hits]
            assert scores == sorted(scores, reverse=True)
    assert approximate >= 6 and exact >= 20, (approximate, exact)


def test_single_words_and_codes_are_proven_from_the_heads(common):
    site, _ = common
    for query in WORDS:
        got = reader.run(bundles(site), query, 10)
        assert not got.approximate and got.tail_bytes == 0, query


@pytest.mark.parametrize(("budget", "marked_least", "proven_least"), [(0, 20, 1), (500, 15, 3), (4000, 1, 20)])
def test_a_page_within_a_budget_equals_the_whole_lists_page(tmp_path, budget, marked_least, proven_least):
    """Small heads (16 postings) and small budgets: a page whose proof ends within the budget is
    the page of the whole lists; one the budget stopped is marked approximate."""
    site, texts = common_site(tmp_path / "kop", n=300, head_postings=16)
    whole, _ = common_site(tmp_path / "heel", n=300, head_postings=10**9)
    marked = proven = 0
    for query in QUERIES:
        for limit in (1, 10, 20):
            got = reader.run(bundles(site), query, limit, budget=budget)
            full = reader.run(bundles(whole), query, limit)
            words = reader.query_words(query)
            assert all(set(words) <= set(tokens(texts[h.url])) for h in got.hits)
            if got.approximate:
                marked += 1
                assert len(got.hits) == limit
            else:
                proven += 1
                assert [key(h) for h in got.hits] == [key(h) for h in full.hits[:limit]], (query, limit)
    assert marked >= marked_least and proven >= proven_least, (marked, proven)


# -- JavaScript ---------------------------------------------------------------------------


def test_javascript_stops_where_python_does(common, browser_page):
    site, _ = common
    page, base = browser_page(site)
    page.goto(f"{base}zoeken/")
    cases = [(q, limit) for q in QUERIES for limit in (5, 10, 20, 30)]
    got = page.evaluate("cases => Promise.all(cases.map(([q, n]) => window.wooZoeken.run(q, n)))", cases)
    approximate = 0
    for (query, limit), js in zip(cases, got, strict=True):
        found = reader.run(bundles(site), query, limit)
        expected = run_dict(found)
        keys = expected["hits"][0].keys()
        js["hits"] = [{k: hit[k] for k in keys} for hit in js["hits"]]
        assert js == expected, (query, limit)
        approximate += found.approximate
    assert approximate >= 3


def test_the_search_page_says_the_order_is_approximate(common, browser_page):
    site, _ = common
    query = "besluit gegevens raad"
    first = reader.run(bundles(site), query, 10)
    assert first.approximate
    page, base = browser_page(site)
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url + " " + (r.headers.get("range") or "")))
    page.goto(f"{base}zoeken/?q={quote(query)}")
    message = page.locator(".woo-zoek__melding")
    expect(message).to_have_text(f"Ten minste {first.total:,} resultaten voor ‘{query}’".replace(",", ".")
                                 + APPROXIMATE)
    results = page.locator("li.woo-zoek__resultaat[data-search-result]")
    expect(results).to_have_count(10)
    hrefs = results.locator(".woo-zoek__titel a")
    shown = hrefs.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert shown == ["/" + h.url for h in first.hits]
    # "Meer resultaten" reads on with a new budget; the next ten are the best not yet shown
    second = reader.run(bundles(site), query, 20)
    page.get_by_role("button", name="Meer resultaten").click()
    expect(results).to_have_count(20)
    links = hrefs.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert links[:10] == shown and len(set(links)) == 20
    assert links[10:] == ["/" + h.url for h in second.hits if "/" + h.url not in shown][:10]
    # each segment fetched once; within the budget of the two pages
    segments = [u for u in fetched if "/p/" in u]
    assert segments and len(segments) == len(set(segments))
    spans = [u.rsplit("=", 1)[1].split("-") for u in segments]
    assert sum(int(b) - int(a) + 1 for a, b in spans) <= 2 * TAIL_BUDGET


def test_the_header_panel_says_it_too(example_site, tmp_path, browser_page):
    site = tmp_path / "site"
    shutil.copytree(example_site.site, site, ignore=shutil.ignore_patterns("zoekindex"))
    pages, annexes = common_words(4000)
    write_bundle(site, "paginas", pages, chunk_bytes=CHUNK_BYTES)
    write_bundle(site, "bijlagen", annexes, chunk_bytes=CHUNK_BYTES)
    query = "besluit gegevens raad"
    found = reader.run(bundles(site), query, 5)
    assert found.approximate
    page, base = browser_page(site)
    page.goto(f"{base}dossiers/")
    page.locator("header input#woo-kopzoek").focus()
    page.locator("header input#woo-kopzoek").press_sequentially(query)
    status = page.locator("header .woo-kopzoek__melding")
    expect(status).to_have_text(f"Ten minste {found.total:,} resultaten voor ‘{query}’".replace(",", ".")
                                + APPROXIMATE)
    links = page.locator("header .woo-kopzoek__resultaat a").evaluate_all(
        "as => as.map(a => a.getAttribute('href'))")
    assert links == ["/" + h.url + (f"#{h.anchor}" if h.anchor else "") for h in found.hits]
