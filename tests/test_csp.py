"""The Content-Security-Policy: on every page, strict, and the site still works in a browser.

The browser tests listen for `securitypolicyviolation` events and console
errors: the policy must not block anything the site needs (the theme's
scripts, the search page's script and its index files, the
filters), and it must block a script that reached the page content anyway.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from csp_watch import first_violations, violations, watch
from sitebuild import build_site, edit, make_project
from woo_dossiers.render.csp import add_policy, inline_script_hashes, site_origin

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"

def csp_of(html: str) -> str:
    from bs4 import BeautifulSoup

    tag = BeautifulSoup(html, "html.parser").find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert tag is not None
    return tag["content"]


def test_every_html_file_carries_the_policy_first_in_head(example_site):
    pages = sorted(example_site.site.rglob("*.html"))
    assert any(p.name == "404.html" for p in pages)
    for path in pages:
        html = path.read_text("utf-8")
        policy = csp_of(html)
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
        assert "default-src 'self'" in policy and "object-src 'none'" in policy
        head = html[html.index("<head>"):]
        # Only the charset may come before the policy: a meta policy covers what follows it.
        for element in ("<script", "<link"):  # (the search filters' file has neither)
            if element in head:
                assert head.index("Content-Security-Policy") < head.index(element), path


def test_no_third_party_origin_is_loaded(example_site):
    for path in example_site.site.rglob("*.html"):
        html = path.read_text("utf-8")
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html


def test_scripts_inside_the_content_are_not_allowed_by_hash():
    page = ('<html><head><meta charset="utf-8"><script>theme()</script></head><body>'
            '<article class="md-content__inner md-typeset"><script>evil()</script>'
            '</article><script>theme2()</script>'
            '<script id="__config" type="application/json">{}</script></body></html>')
    hashes = inline_script_hashes(page)
    assert len(hashes) == 2  # theme() and theme2(); not evil(), not the JSON data block
    assert inline_script_hashes(page.replace("evil()", "other()")) == hashes
    assert inline_script_hashes(page.replace("theme()", "changed()")) != hashes
    assert add_policy(add_policy(page)).count("Content-Security-Policy") == 1


def test_search_works_under_the_policy(example_site, browser_page):
    """The search page's script and every index file it fetches, all under the policy."""
    page, base = browser_page(example_site.site)
    errors = watch(page, example_site.site)
    page.goto(f"{base}zoeken/")
    field = page.locator("input#zoekterm")
    field.click()
    field.press_sequentially("Anticipatie")
    page.locator(".woo-zoek__melding", has_text="Anticipatie").wait_for()
    results = page.locator("[data-search-result] a")
    results.first.wait_for()
    # Every result, so every file those need is fetched under the policy too.
    more = page.get_by_role("button", name="Meer resultaten")
    while more.is_visible():
        shown = page.locator("[data-search-result]").count()
        more.click()
        page.locator(f"[data-search-result]:nth-child({shown + 1})").wait_for()
    assert any(f"dossiers/{CAS}/" in href for href in
               results.evaluate_all("links => links.map(a => a.href)"))
    assert violations(page) == []
    assert errors == []


def test_a_script_that_reaches_the_content_is_blocked(tmp_path, browser_page):
    """Defence in depth: even if a script slipped past the checks, the policy stops it."""
    project = make_project(tmp_path, [CAS])
    built = build_site(project)
    assert built.ok, built.warnings()
    site = tmp_path / "site"
    shutil.copytree(built.site, site)
    page_file = Path(site, "dossiers", CAS, "index.html")
    edit(page_file, "<h2 id=\"antwoorden\"", "<script>window.__ran = true</script><h2 id=\"antwoorden\"")
    page, base = browser_page(site)
    watch(page, site)
    page.goto(f"{base}dossiers/{CAS}/")
    assert any(v.startswith("script-src") for v in first_violations(page))
    assert page.evaluate("window.__ran === undefined")


def test_no_page_reports_a_violation(example_site, browser_page):
    """Every page of the example site, on a desktop and with the phone menu open."""
    urls = sorted(str(p.parent.relative_to(example_site.site)) + "/"
                  for p in example_site.site.rglob("index.html"))
    for width in (1280, 375):
        page, base = browser_page(example_site.site, width=width)
        errors = watch(page, example_site.site)
        for url in urls:
            page.goto(base + url.removeprefix("./"))
            page.mouse.wheel(0, 2000)  # the theme adjusts the sidebars on scroll
            if width < 1000:
                page.locator("label.md-header__button[for='__drawer']").click()
            assert violations(page) == [], url
        assert errors == []


def test_the_canonical_origin_may_be_read(example_site):
    """The theme reads sitemap.xml beside the (absolute) feed link: the site's own origin."""
    assert site_origin("https://example.org/woo/") == ("https://example.org",)
    assert site_origin("http://localhost:8000/") == ("http://localhost:8000",)
    assert site_origin(None) == () and site_origin("") == ()
    policy = csp_of((example_site.site / "index.html").read_text("utf-8"))
    assert "connect-src 'self' https://example.org;" in policy


def test_filters_work_under_the_policy(example_site, browser_page):
    page, base = browser_page(example_site.site)
    errors = watch(page, example_site.site)
    page.goto(f"{base}dossiers/")
    page.locator("#woo-filters").wait_for(state="visible")
    rows = page.locator("#woo-overview tbody tr:visible")
    before = rows.count()
    page.get_by_label("Jaar", exact=True).select_option("2021")
    # Wait on the locator: a string predicate would be evaluated with eval(), which the policy blocks.
    page.locator("#woo-overview tbody tr[hidden]").first.wait_for(state="attached")
    assert 0 < rows.count() < before
    assert violations(page) == []
    assert errors == []
