"""Pages as visitors download them: the theme's indentation between tags is gone, and nothing
that shows changes (minify.collapse_indentation, applied to every page the plugin writes)."""

from __future__ import annotations

import re

import pytest
from woo_dossiers.minify import collapse_indentation

CASES = [
    # (page, as served)
    ("<ul>\n    <li>een</li>\n    <li>twee</li>\n</ul>", "<ul>\n<li>een</li>\n<li>twee</li>\n</ul>"),
    ("<p>Deze tekst\n    loopt door</p>", "<p>Deze tekst\n    loopt door</p>"),  # text, not between tags
    ("<span>a</span> <span>b</span>", "<span>a</span> <span>b</span>"),  # no line break: a space kept
    ("<span>a</span>\n\n   \t<span>b</span>", "<span>a</span>\n<span>b</span>"),
    ("<pre><code>def f():\n    <b>x</b>\n</code></pre>\n  <p>", "<pre><code>def f():\n    <b>x</b>\n</code></pre>\n<p>"),
    ("<p><code>a\n   <i>b</i></code>\n   <kbd>Ctrl\n  <b>C</b></kbd></p>",
     "<p><code>a\n   <i>b</i></code>\n<kbd>Ctrl\n  <b>C</b></kbd></p>"),
    ("<textarea>\n  <p>\n  </textarea>", "<textarea>\n  <p>\n  </textarea>"),
    ("<script>\n  if (a <b) {\n  }</script>\n  <STYLE>\n  a > b {}\n  </STYLE >", "<script>\n  if (a <b) {\n  }</script>\n<STYLE>\n  a > b {}\n  </STYLE >"),
    ("<div>\n  <pre>x</pre>\n  <pre>\n  y</pre>\n</div>", "<div>\n<pre>x</pre>\n<pre>\n  y</pre>\n</div>"),
    ("<precious>\n  <p>", "<precious>\n<p>"),  # only those elements, not names that begin so
    # a key combination: the outer kbd ends at its own closing tag, not the first one (review)
    ("<kbd>\n  <kbd>Ctrl</kbd>\n  <kbd>C</kbd>\n</kbd>\n  <p>", "<kbd>\n  <kbd>Ctrl</kbd>\n  <kbd>C</kbd>\n</kbd>\n<p>"),
    ("<pre>\n  <b>x</b>\n", "<pre>\n  <b>x</b>\n"),  # left open: kept to the end
]


@pytest.mark.parametrize(("page", "served"), CASES)
def test_indentation_between_tags_goes_and_verbatim_text_stays(page: str, served: str) -> None:
    assert collapse_indentation(page) == served


def _shown(html: str) -> str:
    """What a browser shows outside verbatim elements: runs of whitespace as one space."""
    return re.sub(r"\s+", " ", html)


@pytest.mark.parametrize(("page", "served"), CASES)
def test_what_shows_is_the_same(page: str, served: str) -> None:
    assert _shown(collapse_indentation(page)) == _shown(page)


def test_every_built_page_is_served_without_the_theme_indentation(example_site) -> None:
    pages = sorted(example_site.site.rglob("*.html"))
    written = [p for p in pages if 'class="md-header' in p.read_text("utf-8")]
    assert len(written) > 40
    for page in written:
        html = page.read_text("utf-8")
        outside = re.sub(r"<(pre|code|kbd|textarea|script|style)\b.*?</\1\s*>", "", html, flags=re.S | re.I)
        assert not re.search(r">\n[ \t]+<", outside), page
        assert collapse_indentation(html) == html, page  # nothing left to collapse
