"""The browser's Snowball Dutch stemmer (docs/assets/stemmer-nl.js) and Python's agree on every
word of the example site, and the stems do what the search needs of them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from woo_dossiers.search.page_text import page_sections
from woo_dossiers.search.stemming import stem, stemmable
from woo_dossiers.search.tokens import tokens

ROOT = Path(__file__).resolve().parents[1]


def site_words(site: Path) -> list[str]:
    words: set[str] = set()
    for html in site.rglob("*.html"):
        found = page_sections(html.read_text("utf-8"))
        if found is not None:
            title, sections = found
            for text in [title] + [s.text for s in sections]:
                words.update(t for t in tokens(text) if stemmable(t))
    return sorted(words)


def test_python_and_javascript_stem_every_word_of_the_example_site_alike(example_site, browser_page,
                                                                       tmp_path):
    words = site_words(example_site.site)
    assert len(words) > 1000  # the annex text pages are part of it
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    shutil.copy(example_site.site / "assets" / "stemmer-nl.js", site / "assets")  # as shipped
    (site / "index.html").write_text("<!doctype html><title>t</title>", "utf-8")
    page, base = browser_page(site)
    page.goto(base)
    got = page.evaluate("async words => { const m = await import('./assets/stemmer-nl.js');"
                        " return words.map(w => m.stemmer(w)); }", words)
    assert [(w, js) for w, js in zip(words, got, strict=True) if js != stem(w)] == []
    assert sum(1 for w in words if stem(w) != w) > len(words) // 4  # it does stem


def test_inflections_share_a_stem_and_codes_are_left_alone():
    assert stem("vergunningen") == stem("vergunning")
    assert stem("besluiten") == stem("besluit")
    assert stem("documenten") == stem("document")
    assert stem("10.2.e") == "10.2.e" and stem("art.151c") == "art.151c" and stem("ab") == "ab"
    assert re.fullmatch("[a-z]+", stem("gemeenteraad"))
