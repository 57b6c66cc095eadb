"""Pages of data on a laptop and a phone (issue 17): tables take the width they need and
never break a word, and on phones every table either fits or scrolls in its region with
its first column kept; the annex's download links are in view; no label without a value."""

from __future__ import annotations

import pytest

SEED = "2021-cas-vervolgverzoek"
ZWOLLE = "2023-zwolle-cameratoezicht-binnenstad"
# Every page kind with a table.
TABLE_PAGES = [f"dossiers/{SEED}/", "dossiers/", f"dossiers/{ZWOLLE}/inventaris/",
               "onderwerpen/cameratoezicht/", "organisaties/gemeente-zwolle-burgemeester/",
               "gronden/", "statistieken/", "hergebruik/"]

# Words (split at spaces, hyphens and slashes, where a line may break) that the browser
# laid out on more than one line. File names may break anywhere (.woo-file).
BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.querySelector("article"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const cell = node.parentElement.closest("td, th");
    if (!cell || node.parentElement.closest(".woo-file, .md-visually-hidden")) continue;
    for (const match of node.data.matchAll(/[^\\s\\-\\/]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}"""

# Each table: fits its column, or scrolls inside a region whose first column stays.
TABLE_LAYOUT = """() => [...document.querySelectorAll("article table")].map((table) => {
  const wrap = table.closest(".woo-table-wrap");
  const first = table.querySelector("tbody tr > :first-child");
  return {
    caption: table.caption ? table.caption.textContent : "",
    fits: table.getBoundingClientRect().width <= table.parentElement.clientWidth + 1,
    scrolls: !!wrap && getComputedStyle(wrap).overflowX === "auto",
    sticky: !!first && getComputedStyle(first).position === "sticky",
    display: getComputedStyle(table).display,
  };
})"""


@pytest.mark.parametrize("width", [1280, 375, 320])
def test_no_word_in_a_table_is_broken(example_site, browser_page, width):
    page, base = browser_page(example_site.site, width=width)
    found = {}
    for url in TABLE_PAGES:
        page.goto(base + url)
        assert page.locator("article table").count(), url  # a page without tables checks nothing
        if broken := page.evaluate(BROKEN_WORDS):
            found[url] = broken
    assert not found, found


@pytest.mark.parametrize("width", [375, 320])
def test_every_table_fits_or_scrolls_with_its_first_column_kept(example_site, browser_page, width):
    page, base = browser_page(example_site.site, width=width)
    for url in TABLE_PAGES:
        page.goto(base + url)
        # The page itself never scrolls sideways: only a table's region does.
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), url
        for table in page.evaluate(TABLE_LAYOUT):
            assert table["display"] == "table", (url, table)  # a table to screen readers too
            assert table["fits"] or (table["scrolls"] and table["sticky"]), (url, table)


@pytest.mark.parametrize("width", [375, 320])
def test_annex_downloads_are_in_view_on_a_phone(example_site, browser_page, width):
    page, base = browser_page(example_site.site, width=width)
    page.goto(f"{base}dossiers/{SEED}/")
    links = page.locator("table.woo-annexes a[download]")
    assert links.count() == 2
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, box


def test_no_cell_of_the_answer_table_carries_a_label_of_its_own(example_site, browser_page):
    # The cards of before said "Antwoord:" above an empty cell; a table's header says it.
    page, base = browser_page(example_site.site, width=375)
    page.goto(f"{base}dossiers/{SEED}/")
    labels = page.evaluate("""() => [...document.querySelectorAll('.woo-items td, .woo-items th')]
        .map((cell) => getComputedStyle(cell, '::before').content)
        .filter((content) => content !== 'none' && content !== 'normal')""")
    assert labels == []
    assert page.locator(".woo-items [data-label]").count() == 0


def test_the_word_check_sees_a_broken_word(example_site, browser_page):
    # The same check finds words split as the theme splits links (word-break).
    page, base = browser_page(example_site.site, width=320, bypass_csp=True)  # the inline style
    page.goto(f"{base}dossiers/")
    page.add_style_tag(content=".woo-table a { word-break: break-all !important; }")
    assert page.evaluate(BROKEN_WORDS)
