"""The header's search panel (assets/woo/kopzoek.js) in chromium on the built example site:
typing in the header field of any page shows the first results of our own index under it, the
keyboard reaches them and Escape closes them, a link takes the query to the search page (and its
facets), and nothing of search is downloaded before the field is used."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from csp_watch import violations, watch
from playwright.sync_api import expect
from test_accessibility import axe_violations
from woo_dossiers.search import reader

SEED = "2021-cas-vervolgverzoek"
QUERY = "besluit"
SHOWN = 5  # results the panel shows (kopzoek.js SHOWN)
SEARCH_FILES = re.compile(r"/(assets/zoeken\.js|assets/stemmer-nl\.js|zoekindex/)")


def bundles(site):
    return [site / "zoekindex" / "paginas", site / "zoekindex" / "bijlagen"]


def panel(page):
    return page.locator("header .woo-kopzoek__uitvoer")


def results(page):
    return page.locator("header .woo-kopzoek__resultaat")


def expected_links(site, query: str, prefix: str = "/") -> list[str]:
    """The panel's links as the Python reference reader ranks the hits."""
    found = reader.run(bundles(site), query, limit=SHOWN)
    return [prefix + h.url + (f"#{h.anchor}" if h.anchor else "") for h in found.hits]


def test_typing_on_a_dossier_page_shows_our_first_results(example_site, browser_page):
    page, base = browser_page(example_site.site)
    errors = watch(page, example_site.site)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.goto(f"{base}dossiers/{SEED}/")
    page.wait_for_load_state("networkidle")
    # Opening a page downloads the small panel script, but no search code and no index.
    assert "/assets/woo/kopzoek.js" in fetched
    assert not [p for p in fetched if SEARCH_FILES.search(p)], fetched
    field = page.locator("header input#woo-kopzoek")
    # Focus loads the query engine (the search page's script); the index waits for a query.
    # (Waited for as a request: "networkidle" holds already before the focus starts it.)
    with page.expect_request(lambda request: urlsplit(request.url).path == "/assets/zoeken.js"):
        field.focus()
    page.wait_for_load_state("networkidle")
    assert "/assets/zoeken.js" in fetched
    assert not [p for p in fetched if "/zoekindex/" in p]
    field.press_sequentially(QUERY)
    expected = reader.run(bundles(example_site.site), QUERY)
    assert expected.total > SHOWN
    status = page.locator("header .woo-kopzoek__melding")
    expect(status).to_have_text(f"{expected.total} resultaten voor ‘{QUERY}’")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    expect(results(page)).to_have_count(SHOWN)
    links = results(page).locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert links == expected_links(example_site.site, QUERY)
    first = results(page).first
    expect(first.locator(".woo-kopzoek__link")).to_have_text(expected.hits[0].title)
    marked = [text for text, mark in expected.hits[0].excerpt if mark]
    assert marked and first.locator("mark").all_inner_texts() == marked
    # The whole search (pages and annexes, with the facets) is one link away, query kept.
    more = page.get_by_role("link", name="Alle resultaten en filters")
    expect(more).to_have_attribute("href", f"/zoeken/?q={QUERY}")
    more.click()
    page.wait_for_url(re.compile(rf".*/zoeken/\?q={QUERY}$"))
    expect(page.locator(".woo-zoek__melding")).to_have_text(f"{expected.total} resultaten voor ‘{QUERY}’")
    page.get_by_role("button", name="Filters", exact=True).click()  # fetched when opened
    expect(page.locator("form#zoek-filters")).to_be_visible()
    assert not errors and not violations(page), (errors, violations(page))


def test_keyboard_reaches_the_results_and_escape_closes_them(example_site, browser_page):
    page, base = browser_page(example_site.site)
    page.goto(f"{base}dossiers/{SEED}/")
    field = page.locator("header input#woo-kopzoek")
    field.fill(QUERY)
    expect(results(page)).to_have_count(SHOWN)
    links = results(page).locator("a.woo-kopzoek__link")
    focused = "document.activeElement.getAttribute('href')"
    # Arrow keys: down into the list and along it, up back into the field.
    field.press("ArrowDown")
    expect(links.nth(0)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(links.nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(field).to_be_focused()
    # Tab goes the same way, and on to the link to the search page.
    page.keyboard.press("Tab")
    expect(links.nth(0)).to_be_focused()
    for _ in range(SHOWN):
        page.keyboard.press("Tab")
    assert page.evaluate(focused) == f"/zoeken/?q={QUERY}"
    # The focused result is marked by more than colour: an outline.
    page.keyboard.press("Shift+Tab")
    item = results(page).nth(SHOWN - 1)
    assert item.evaluate("li => getComputedStyle(li).outlineStyle") == "solid"
    # Escape closes the panel and puts focus back in the field, with the query kept.
    page.keyboard.press("Escape")
    expect(panel(page)).to_be_hidden()
    expect(field).to_be_focused()
    expect(field).to_have_value(QUERY)
    # Typing opens it again; a second Escape from the field closes the search altogether.
    field.press("ArrowDown")
    expect(panel(page)).to_be_visible()
    field.press("Escape")
    expect(panel(page)).to_be_hidden()
    field.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    expect(field).to_have_value(QUERY)
    # Tab past the last link closes the panel too.
    field.focus()
    field.press("ArrowDown")
    page.get_by_role("link", name="Alle resultaten en filters").focus()
    page.keyboard.press("Tab")
    expect(panel(page)).to_be_hidden()
    # Enter still opens the search page with the query (as without JavaScript).
    field.focus()
    field.press("Enter")
    page.wait_for_url(re.compile(rf".*/zoeken/\?q={QUERY}$"))


def test_the_panel_works_on_nested_pages_and_the_404_page(example_site, browser_page):
    # An annex text page: the deepest pages of the site.
    annex_page = sorted((example_site.site / "dossiers").glob("*/bijlagen/*/index.html"))[0]
    nested = annex_page.parent.relative_to(example_site.site).as_posix() + "/"
    # Served at site_url's path, as the 404 page's absolute links expect.
    page, base = browser_page(example_site.site, prefix="/woo/")
    expected = expected_links(example_site.site, "cameratoezicht", prefix="/woo/")
    assert expected
    for url in (nested, "bestaat-niet/", ""):
        page.goto(base + url)
        page.locator("header input#woo-kopzoek").fill("cameratoezicht")
        expect(results(page)).to_have_count(len(expected))
        hrefs = results(page).locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert hrefs == expected, url
        for href in hrefs:  # every link is a page of the site
            path = example_site.site / href.removeprefix("/woo/").split("#")[0] / "index.html"
            assert path.is_file(), href
        expect(page.get_by_role("link", name="Alle resultaten en filters")).to_have_attribute(
            "href", "/woo/zoeken/?q=cameratoezicht")


def test_on_a_phone_the_search_button_opens_the_field_and_the_results(example_site, browser_page):
    page, base = browser_page(example_site.site, width=375, height=740)
    page.goto(f"{base}dossiers/{SEED}/")
    field = page.locator("header input#woo-kopzoek")
    page.locator("label.md-header__button[for='__search']").click()
    expect(field).to_be_focused()
    expect(field).to_be_visible()
    page.keyboard.type(QUERY)
    expect(results(page)).to_have_count(SHOWN)
    box = panel(page).bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375
    for item in results(page).all()[:2]:
        item_box = item.bounding_box()
        assert item_box and item_box["x"] + item_box["width"] <= 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # A tap on a result follows its link (the whole item is the link's).
    target = results(page).first.locator("a").get_attribute("href")
    excerpt = results(page).first.locator(".woo-kopzoek__uittreksel").bounding_box()
    assert excerpt
    page.mouse.click(excerpt["x"] + excerpt["width"] / 2, excerpt["y"] + excerpt["height"] / 2)
    # The whole address, fragment and all: the first result may be the home page, whose path
    # ("/") a pattern would find in the address of the page the tap leaves, and the test
    # would end with the navigation under way (closing the browser then hung in CI).
    page.wait_for_url(base + target.removeprefix("/"))


def test_on_the_search_page_the_header_searches_with_the_page_box(example_site, browser_page):
    page, base = browser_page(example_site.site)
    page.goto(f"{base}zoeken/?q=woo")
    message = page.locator(".woo-zoek__melding")
    expect(message).to_contain_text("voor ‘woo’")
    page.get_by_role("button", name="Filters", exact=True).click()
    filters = page.locator("form#zoek-filters")
    year = filters.get_by_label("Jaar").locator("option").nth(1).get_attribute("value")
    filters.get_by_label("Jaar").select_option(year)
    expect(message).to_contain_text("met de gekozen filters")
    field = page.locator("header input#woo-kopzoek")
    field.fill(QUERY)
    field.press("Enter")
    expected = reader.run(bundles(example_site.site), QUERY, facets=[f"year={year}"])
    expect(message).to_have_text(f"{expected.total} resultaten voor ‘{QUERY}’ met de gekozen filters")
    expect(panel(page)).to_have_count(0)  # the header opened no panel over the page's results
    expect(page.locator("#zoekterm")).to_have_value(QUERY)
    expect(page.locator("#zoekterm")).to_be_focused()
    assert page.url.endswith(f"/zoeken/?q={QUERY}")


def test_an_index_that_cannot_be_loaded_is_said_and_enter_still_works(example_site, browser_page):
    page, base = browser_page(example_site.site)
    page.route("**/zoekindex/**", lambda route: route.abort())
    page.goto(f"{base}dossiers/{SEED}/")
    field = page.locator("header input#woo-kopzoek")
    field.fill(QUERY)
    expect(page.locator("header .woo-kopzoek__melding")).to_have_text(
        "De zoekfunctie kon niet worden geladen. Druk op Enter om op de zoekpagina te zoeken.")
    expect(results(page)).to_have_count(0)
    field.press("Enter")
    page.wait_for_url(re.compile(rf".*/zoeken/\?q={QUERY}$"))


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_open_panel_passes_axe(example_site, browser_page, width, scheme):
    page, base = browser_page(example_site.site, width=width, bypass_csp=True, color_scheme=scheme)
    page.goto(f"{base}dossiers/{SEED}/")
    page.locator("header input#woo-kopzoek").focus()
    page.locator("header input#woo-kopzoek").fill(QUERY)
    expect(results(page)).to_have_count(SHOWN)
    # The theme fades the panel in: measure its colours as they are once shown.
    page.wait_for_function("getComputedStyle(document.querySelector('.woo-kopzoek__uitvoer'))"
                           ".opacity === '1'")
    assert not axe_violations(page)
