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
