"""The example site in a real browser: reuse links work, and phones get a usable page."""

from __future__ import annotations

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"


def test_item_links_to_the_earlier_decision(example_site, browser_page):
    page, base = browser_page(example_site.site)
    page.goto(f"{base}dossiers/{SEED}/")
    page.locator(f"#onderdeel-1 a[href='../{CAS}/']").click()
    page.wait_for_url(f"{base}dossiers/{CAS}/")
    assert "Later hergebruikt" in page.locator("h2").all_inner_texts()


def test_dossier_page_fits_a_phone(example_site, browser_page):
    page, base = browser_page(example_site.site, width=375, height=740)
    page.goto(f"{base}dossiers/{SEED}/")
    # The page itself does not scroll sideways; wide tables scroll inside their own region.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert page.locator("table.woo-items caption").is_visible()
