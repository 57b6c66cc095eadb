"""WCAG 2.1 AA: axe-core in Debian's headless chromium over one page of every kind.

Kinds are discovered from the built site, not listed here: a page's kind is its
first path segment and its depth (home, `dossiers/`, `dossiers/<slug>/`,
`hergebruik/`, ...), so pages of a kind added later are checked without
touching this file. Of each kind the largest page is taken: it has the most
elements to get wrong.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

# axe-core as bundled by the PyPI package axe-playwright-python: no download at test time.
# It is injected as an inline script, which the site's CSP blocks: contexts bypass it.
AXE_SCRIPT = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text("utf-8")
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Kinds every site has; discovery finding fewer means it is broken, not that all is well.
REQUIRED_KINDS = {("", 0), ("dossiers", 1), ("dossiers", 2), ("hergebruik", 1)}
SEED = "2021-cas-vervolgverzoek"


def page_kinds(site: Path) -> dict[tuple[str, int], str]:
    """(first segment, depth) -> URL of the largest page of that kind."""
    best: dict[tuple[str, int], tuple[int, str]] = {}
    for html in site.glob("**/index.html"):
        url = html.parent.relative_to(site).as_posix()
        url = "" if url == "." else url + "/"
        if url.startswith(("search/", "assets/")):
            continue
        segments = url.strip("/").split("/") if url else []
        kind = (segments[0] if segments else "", len(segments))
        size = html.stat().st_size
        if kind not in best or size > best[kind][0]:
            best[kind] = (size, url)
    return {kind: url for kind, (_, url) in sorted(best.items())}


def axe_violations(page) -> list[str]:
    """One line per violation and element: rule, impact, element, and what to fix."""
    page.add_script_tag(content=AXE_SCRIPT)
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                           WCAG_21_AA)
    return [f"{v['id']} ({v['impact']}) {node['target']}: {node['failureSummary']}"
            for v in result["violations"] for node in v["nodes"]]


def test_discovery_finds_every_kind_of_page(example_site):
    kinds = page_kinds(example_site.site)
    assert set(kinds) >= REQUIRED_KINDS, kinds
    assert kinds[("dossiers", 2)] == f"dossiers/{SEED}/"  # the largest dossier page
    # The statements every Dutch government site has, linked from the footer.
    assert {("toegankelijkheid", 1), ("privacy", 1), ("over-deze-site", 1)} <= set(kinds)


WIDTHS = pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
# The site follows the visitor's system: light or dark (mkdocs.yml, theme.palette).
SCHEMES = pytest.mark.parametrize("scheme", ["light", "dark"])


@WIDTHS
@SCHEMES
def test_every_kind_of_page_passes_axe(example_site, browser_page, width, scheme):
    # Served where site_url puts it (/woo/): the 404 page links its styles from there.
    page, base = browser_page(example_site.site, width=width, bypass_csp=True,
                              color_scheme=scheme, prefix="/woo/")
    found = {}
    # Every kind of page, the page a wrong address gets, and the search page with results
    # (search is our own index on the page "Zoeken"; ?q= starts a search).
    for url in [*page_kinds(example_site.site).values(), "bestaat-niet/", "zoeken/?q=auditrapport"]:
        page.goto(base + url)
        if "?q=" in url:
            page.locator("[data-search-result]").first.wait_for()
        assert page.evaluate("document.body.dataset.mdColorScheme") == (
            "slate" if scheme == "dark" else "default"), url
        if violations := axe_violations(page):
            found[url] = violations
    assert not found, "\n".join(f"{url}\n  " + "\n  ".join(v) for url, v in found.items())


def test_axe_reports_a_real_violation(example_site, browser_page):
    # The checks above can fail: the same setup reports a badge drawn in pale grey.
    page, base = browser_page(example_site.site, bypass_csp=True)
    page.goto(f"{base}dossiers/{SEED}/")
    page.add_style_tag(content=".woo-badge { color: #bbbbbb !important; }")
    assert any(v.startswith("color-contrast") for v in axe_violations(page))


def test_every_table_has_a_caption_and_header_cells(example_site):
    tables = [(url, table) for url in page_kinds(example_site.site).values()
              for table in example_site.page(url).select("article table")]
    assert tables  # a selector that finds nothing would check nothing
    for url, table in tables:
        assert table.caption and table.caption.get_text(strip=True), f"{url}: table without caption"
        assert table.select("th"), f"{url}: table without header cells"


def test_badges_say_their_outcome_in_words(example_site):
    badges = example_site.page(f"dossiers/{SEED}/").select(".woo-badge")
    assert badges
    for badge in badges:
        assert badge.get_text(strip=True), badge


def test_pages_say_they_are_dutch(example_site):
    for url in page_kinds(example_site.site).values():
        assert example_site.page(url).html["lang"] == "nl", url
