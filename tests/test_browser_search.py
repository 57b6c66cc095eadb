"""The site's search, in a real browser, finds a decision by a word that only its letter holds."""

from __future__ import annotations

import re

from woo_dossiers.loader import load_site

SEED = "2021-cas-vervolgverzoek"
# From the letter's answer on items 8 and 9; nowhere in any dossier.yml, other letter or annex.
WORD = "convenanten"


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def test_the_word_is_only_in_the_seed_letter(example_site):
    # The search test below proves something only if this holds.
    dossiers = load_site(example_site.project / "dossiers", root=example_site.project).dossiers
    for slug, d in dossiers.items():
        in_letter = WORD in _words(d.letter)
        assert in_letter == (slug == SEED), slug
        yml = (d.folder / "dossier.yml").read_text("utf-8")
        annexes = " ".join(" ".join(a.text) for a in d.annexes)
        assert WORD not in _words(yml + " " + annexes), slug


def test_search_finds_a_dossier_by_a_word_from_its_letter(example_site, browser_page):
    # Search is our own index (zoekindex/) on the page "Zoeken" (docs/search.md says why).
    page, base = browser_page(example_site.site)
    page.goto(f"{base}zoeken/")
    field = page.locator("input#zoekterm")
    field.click()
    field.press_sequentially(WORD)
    # Results are redrawn while typing; the message names the whole word once they are final.
    page.locator(".woo-zoek__melding", has_text=WORD).wait_for()
    results = page.locator("[data-search-result]")
    results.first.wait_for()
    links = results.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert {re.split(r"[?#]", href)[0] for href in links} == {f"{base}dossiers/{SEED}/"}
    # The link to the section goes to the answer that holds the word.
    [section] = [href for href in links if "#" in href]
    results.first.locator(".woo-zoek__titel a").click()
    page.wait_for_url(re.compile(re.escape(f"{base}dossiers/{SEED}/")))
    assert WORD in page.locator("article").inner_text().lower()
    anchor = section.split("#", 1)[1]
    assert WORD in page.locator(f"[id='{anchor}']").evaluate(
        "h => { let t = ''; for (let n = h.nextElementSibling; n && n.tagName !== h.tagName;"
        " n = n.nextElementSibling) t += n.textContent; return t.toLowerCase(); }")


def test_the_search_box_stands_below_the_heading_not_inside_it(example_site, browser_page):
    # The page's heading gets the anchor "zoeken" from its text; the box needs an id of its own,
    # or the script draws the whole search inside the <h1> (what a screen reader then reads as
    # the heading).
    page, base = browser_page(example_site.site)
    page.goto(f"{base}zoeken/")
    page.locator("input#zoekterm").wait_for()
    assert page.locator("h1").inner_text().strip() == "Zoeken"
    assert page.locator("h1 input").count() == 0
    ids = page.locator("[id]").evaluate_all("nodes => nodes.map(n => n.id)")
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []
