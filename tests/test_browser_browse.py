"""The overview's filters, and the browse pages at phone width, in real headless chromium."""

from __future__ import annotations

import pytest
from browser import serve
from playwright.sync_api import expect

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"
ZWOLLE = "2023-zwolle-cameratoezicht-binnenstad"
POLITIE = "2023-politie-voorspellend-politiewerk"
BZK = "2022-bzk-algoritmeregister"


def visible_slugs(page) -> list[str]:
    links = page.locator("#woo-overview tbody tr:visible th a")
    return [href.rstrip("/").split("/")[-1] for href in links.evaluate_all("ls => ls.map(l => l.getAttribute('href'))")]


def open_overview(browser_page, site, query: str = "", width: int = 1280):
    page, base = browser_page(site, width=width)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}dossiers/{query}")
    page.locator("#woo-filters").wait_for(state="visible")
    return page, errors


def test_filters_narrow_the_overview(example_site, browser_page):
    page, errors = open_overview(browser_page, example_site.site)
    count = page.locator("#woo-count")
    assert visible_slugs(page) == [POLITIE, ZWOLLE, BZK, SEED, CAS]

    page.get_by_label("Jaar", exact=True).select_option("2021")
    assert visible_slugs(page) == [SEED, CAS]
    assert count.inner_text() == "2 van de 5 besluiten, het nieuwste eerst."
    assert "jaar=2021" in page.url

    page.get_by_label("Weigeringsgrond", exact=True).select_option("wob-10-2-d")
    assert visible_slugs(page) == [CAS]
    assert count.inner_text() == "1 van de 5 besluiten, het nieuwste eerst."

    page.get_by_label("Jaar", exact=True).select_option("2023")
    assert visible_slugs(page) == []
    assert count.inner_text() == "Geen van de 5 besluiten past bij deze filters."
    assert page.locator("#woo-empty").is_visible()

    page.get_by_role("button", name="Filters wissen").click()
    # A locator wait, not wait_for_function: Playwright evaluates a string predicate with eval(),
    # which the site's Content-Security-Policy rightly blocks.
    expect(page.locator("#woo-overview tbody tr:not([hidden])")).to_have_count(5)
    assert count.inner_text() == "5 besluiten, het nieuwste eerst."
    assert not page.locator("#woo-empty").is_visible()
    assert errors == []


@pytest.mark.parametrize(("label", "value", "expected"), [
    ("Bestuursorgaan", "politie-korpsstaf", [POLITIE, SEED, CAS]),
    ("Wet", "woo", [POLITIE, ZWOLLE, BZK]),
    ("Uitkomst van een onderdeel", "forwarded", [POLITIE, BZK]),
    ("Onderwerp", "privacy", [ZWOLLE, CAS]),
    ("Weigeringsgrond", "woo-5-2", [POLITIE, ZWOLLE, BZK]),
])
def test_each_filter_narrows(example_site, browser_page, label, value, expected):
    page, errors = open_overview(browser_page, example_site.site)
    page.get_by_label(label, exact=True).select_option(value)
    assert visible_slugs(page) == expected
    assert errors == []


def test_sorting_by_date(example_site, browser_page):
    page, _ = open_overview(browser_page, example_site.site)
    page.get_by_label("Volgorde", exact=True).select_option("oudste")
    assert visible_slugs(page) == [CAS, SEED, BZK, ZWOLLE, POLITIE]
    assert page.locator("#woo-count").inner_text() == "5 besluiten, het oudste eerst."
    page.get_by_label("Onderwerp", exact=True).select_option("cas")
    assert visible_slugs(page) == [CAS, SEED, POLITIE]
    page.get_by_label("Volgorde", exact=True).select_option("nieuwste")
    assert visible_slugs(page) == [POLITIE, SEED, CAS]


def test_a_shared_address_opens_with_its_filters(example_site, browser_page):
    page, _ = open_overview(browser_page, example_site.site, "?onderwerp=cameratoezicht&volgorde=oudste")
    assert page.get_by_label("Onderwerp", exact=True).input_value() == "cameratoezicht"
    assert visible_slugs(page) == [ZWOLLE]
    # Unknown values are ignored rather than hiding everything.
    page2, _ = open_overview(browser_page, example_site.site, "?jaar=1999")
    assert len(visible_slugs(page2)) == 5


def test_without_javascript_the_overview_shows_every_decision(example_site, chromium):
    with serve(example_site.site) as base:
        context = chromium.new_context(java_script_enabled=False)
        try:
            page = context.new_page()
            page.goto(f"{base}dossiers/?jaar=2021")
            assert page.locator("#woo-overview tbody tr").count() == 5
            assert page.locator("#woo-overview tbody tr:visible").count() == 5
            assert not page.locator("#woo-filters").is_visible()
            assert page.locator("#woo-count").inner_text() == "5 besluiten, het nieuwste eerst."
            # The other ways to browse work without a script.
            page.get_by_role("link", name="per onderwerp").click()
            page.get_by_role("link", name="cameratoezicht").click()
            assert page.locator("table.woo-overview tbody tr").count() == 1
        finally:
            context.close()


@pytest.mark.parametrize("url", ["dossiers/", "statistieken/", "gronden/", "onderwerpen/cas/",
                                 f"dossiers/{SEED}/"])
def test_pages_fit_a_phone(example_site, browser_page, url):
    page, base = browser_page(example_site.site, width=375, height=740)
    page.goto(f"{base}{url}")
    # The page itself does not scroll sideways; wide tables scroll inside their own region.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert page.locator("h1").is_visible()


def test_filters_work_at_phone_width(example_site, browser_page):
    page, errors = open_overview(browser_page, example_site.site, width=375)
    selects = page.locator("#woo-filters select").all()
    assert selects  # a selector that finds nothing would check nothing
    for select in selects:
        box = select.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    page.get_by_label("Wet", exact=True).select_option("wob")
    assert visible_slugs(page) == [SEED, CAS]
    assert errors == []


def test_charts_fit_a_phone(example_site, browser_page):
    page, base = browser_page(example_site.site, width=375, height=740)
    page.goto(f"{base}statistieken/")
    charts = page.locator("svg.woo-chart").all()
    assert len(charts) == 5  # every chart of the page (test_browse_pages names them)
    for chart in charts:
        box = chart.bounding_box()
        assert box is not None and box["width"] <= 375 and box["height"] > 0
