"""Search everywhere (issue 16): the theme's header search field on every page shows the first
results of our index while typing (assets/woo/kopzoek.js) and sends the query to our search
page, whose results narrow by the overview's facets and which says what it searched instead of
a word that found nothing."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import expect
from woo_dossiers.loader import load_site
from woo_dossiers.minify import minify_js
from woo_dossiers.render.index_pages import search_facets
from woo_dossiers.search import reader

ROOT = Path(__file__).resolve().parents[1]


def bundles(site):
    return [site / "zoekindex" / "paginas", site / "zoekindex" / "bijlagen"]


def test_every_page_has_the_header_search_field(example_site):
    pages = [p for p in example_site.site.rglob("index.html") if "md-header" in p.read_text("utf-8")]
    assert len(pages) > 10
    for page in pages:
        html = page.read_text("utf-8")
        form = re.search(r'<form class="md-search__form" action="([^"]*)" method="get"\s', html)
        address = "/" + page.parent.relative_to(example_site.site).as_posix() + "/"
        assert form and urljoin(address.replace("//", "/"), form.group(1)) == "/zoeken/", page
        assert 'name="q"' in html and 'aria-label="Zoeken in besluiten, brieven en bijlagen"' in html
        # The panel's script on every page; the query engine it loads when the field is used.
        code = re.search(r'data-woo-zoekcode="([^"]*)"', html)
        assert code and urljoin(address.replace("//", "/"), code.group(1)) == "/assets/zoeken.js", page
        assert re.search(r'<script src="[^"]*assets/woo/kopzoek\.js"></script>', html), page
    assert not (example_site.site / "search" / "search_index.json").exists()  # theme's plugin off


def test_header_field_searches_and_facets_narrow_the_results(example_site, browser_page):
    dossiers = load_site(example_site.project / "dossiers", root=example_site.project).dossiers
    page, base = browser_page(example_site.site)
    slug = sorted(dossiers)[0]
    page.goto(f"{base}dossiers/{slug}/")
    field = page.locator("header input#woo-kopzoek")
    field.fill("besluit")
    field.press("Enter")
    page.wait_for_url(re.compile(r".*/zoeken/\?q=besluit$"))
    message = page.locator(".woo-zoek__melding")
    expect(message).to_have_text(re.compile(r"\d+ resultaten voor ‘besluit’$"))
    assert message.get_attribute("aria-live") == "polite"
    every = reader.run(bundles(example_site.site), "besluit").total
    # Narrow by the year of one dossier: only its year's dossiers (pages and annexes) remain.
    year = str(dossiers[slug].dates.decided.year)
    page.get_by_role("button", name="Filters", exact=True).click()
    filters = page.locator("form#zoek-filters")
    expect(filters).to_be_visible()
    filters.get_by_label("Jaar").select_option(year)
    expected = reader.run(bundles(example_site.site), "besluit", limit=1000, facets=[f"year={year}"])
    assert 0 < expected.total < every
    expect(message).to_have_text(f"{expected.total} resultaten voor ‘besluit’ met de gekozen filters")
    hrefs = page.locator("[data-search-result] .woo-zoek__titel a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    years = {slug_: str(d.dates.decided.year) for slug_, d in dossiers.items()}
    assert hrefs and all(years[h.split("/")[2]] == year for h in hrefs)
    assert all(f"year={year}" in search_facets(dossiers[h.split("/")[2]]) for h in hrefs)
    filters.get_by_role("button", name="Filters wissen").click()
    expect(message).to_have_text(f"{every} resultaten voor ‘besluit’")


def test_a_typo_is_searched_as_the_word_one_edit_away_and_said(example_site, browser_page):
    typo = "convenantem"  # "convenanten" is in one letter of the example site
    result = reader.run(bundles(example_site.site), typo)
    assert result.corrections == [("convenantem", "convenanten")] and result.hits
    page, base = browser_page(example_site.site)
    page.goto(f"{base}zoeken/?q={typo}")
    note = page.locator(".woo-zoek__correctie")
    expect(note).to_have_text("Bedoelde u ‘convenanten’? Niets gevonden voor ‘convenantem’; "
                              "daarom is gezocht naar ‘convenanten’.")
    assert note.get_attribute("aria-live") == "polite"
    expect(page.locator("[data-search-result]")).to_have_count(len(result.hits))
    # A word that nothing is one edit away from stays unanswered: no flood of near hits.
    page.goto(f"{base}zoeken/?q=qqqqqzzzz")
    expect(page.locator(".woo-zoek__melding")).to_have_text("Geen resultaten voor ‘qqqqqzzzz’")
    expect(note).to_be_hidden()


def test_the_site_ships_its_scripts_minified(example_site):
    """A first search downloads the scripts (issue 16: under 100 kB): without comments and
    indentation, and still the code we test (test_search_client runs the minified copies)."""
    shipped = {
        "assets/zoeken.js": ROOT / "docs" / "assets" / "zoeken.js",
        "assets/stemmer-nl.js": ROOT / "docs" / "assets" / "stemmer-nl.js",
        "assets/woo/kopzoek.js": ROOT / "plugins" / "woo_dossiers" / "assets" / "kopzoek.js",
        "assets/woo/woo-filter.js": ROOT / "plugins" / "woo_dossiers" / "assets" / "woo-filter.js",
    }
    for path, source in shipped.items():
        text = source.read_text("utf-8")
        built = (example_site.site / path).read_text("utf-8")
        assert built == minify_js(text), path
        assert len(built) < len(text) and "\n  " not in built, path  # comments, indentation gone
    # comments gone: the search engine is about a third smaller
    zoeken = (example_site.site / "assets" / "zoeken.js").read_text("utf-8")
    assert "// " not in zoeken and len(zoeken) < 0.7 * len(shipped["assets/zoeken.js"].read_text("utf-8"))


def test_a_first_search_does_not_download_the_filters_and_a_failed_load_is_said(example_site,
                                                                                browser_page):
    """The filters are a file of their own, fetched when the visitor opens them (11 kB of a
    first search at 10,000 decisions); opened, they are the overview's facets."""
    page, base = browser_page(example_site.site)
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(f"{base}zoeken/?q=besluit")
    expect(page.locator(".woo-zoek__melding")).to_have_text(re.compile(r"resultaten voor ‘besluit’$"))
    assert not [url for url in asked if "filters" in url]
    assert page.locator("form#zoek-filters").count() == 0
    button = page.get_by_role("button", name="Filters", exact=True)
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    expect(page.locator("form#zoek-filters")).to_be_visible()
    assert button.get_attribute("aria-expanded") == "true"
    assert [url for url in asked if url.endswith("/zoeken/filters.html")] != []
    labels = page.locator("form#zoek-filters label").all_inner_texts()
    assert labels[:2] == ["Jaar", "Bestuursorgaan"] and "Weigeringsgrond" in labels
    button.click()  # closed again: hidden, and its choices kept
    expect(page.locator("#zoek-filtervak")).to_be_hidden()

    failing, failing_base = browser_page(example_site.site)
    failing.route("**/zoeken/filters.html", lambda route: route.abort())
    failing.goto(f"{failing_base}zoeken/?q=besluit")
    failing.get_by_role("button", name="Filters", exact=True).click()
    expect(failing.locator("#zoek-filtervak")).to_have_text(
        "De filters konden niet worden geladen. Probeer het later opnieuw.")


def test_the_filters_file_is_a_page_search_engines_leave_out(example_site):
    text = (example_site.site / "zoeken" / "filters.html").read_text("utf-8")
    assert '<meta name="robots" content="noindex">' in text
    assert text.count('<form class="woo-filters" id="zoek-filters"') == 1
    assert "<script" not in text
    assert "zoek-filters" not in (example_site.site / "zoeken" / "index.html").read_text("utf-8")
