"""The searchable text of one built page (mkdocs-material theme), split into sections.

Regex-based on purpose: it runs over ~10,000 pages of ~50 KB after the build, and the
theme's HTML is regular (one <article class="md-content__inner md-typeset"> per page).
"""

from __future__ import annotations

import html
import re

from .writer import Section

_ARTICLE = re.compile(r'<article\b[^>]*\bclass="md-content__inner md-typeset"[^>]*>', re.I)
_ARTICLE_END = "</article>"
_IGNORED = re.compile(r"<!--\s*zoek:negeer\s*-->.*?<!--\s*/zoek:negeer\s*-->", re.S)
_DROPPED = re.compile(
    r"<(script|style|template)\b[^>]*>.*?</\1\s*>"  # code, not text
    r"|<!--.*?-->"
    # the theme's permalink (toc permalink: true) and edit/view buttons
    r'|<a\b[^>]*\bclass="(?:headerlink|md-content__button\b[^"]*)"[^>]*>.*?</a>',
    re.S | re.I,
)
_HEADING = re.compile(r"<h([1-3])\b([^>]*)>(.*?)</h\1\s*>", re.S | re.I)
_ID = re.compile(r'\bid="([^"]*)"')
# Tags that separate words; any other tag (em, a, span, ...) may sit inside a word.
_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|"
    r"footer|h[1-6]|header|hr|img|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|"
    r"thead|tr|ul|"
    r"svg|text|title|desc|rect|"  # an SVG chart's labels are words apart
    r"form|label|select|optgroup|option|button|input|textarea)\b[^>]*>",  # and a form's
    re.I,
)
_TAG = re.compile(r"<[^>]*>")


def _text(fragment: str) -> str:
    fragment = _TAG.sub("", _BLOCK_TAG.sub(" ", fragment))
    return " ".join(html.unescape(fragment).split())


def page_sections(page_html: str) -> tuple[str, list[Section]] | None:
    """(title, sections) of a built page, or None when it has no article (e.g. a redirect)."""
    match = _ARTICLE.search(page_html)
    if match is None:
        return None
    end = page_html.rfind(_ARTICLE_END)
    body = page_html[match.end(): end if end > match.end() else len(page_html)]
    body = _DROPPED.sub(" ", _IGNORED.sub(" ", body))
    title = ""
    sections: list[Section] = []
    anchor = heading = ""
    start = 0
    for h in _HEADING.finditer(body):
        level = h.group(1)
        if level == "1":
            if not title:
                title = _text(h.group(3))
            continue
        ident = _ID.search(h.group(2))
        if ident is None:
            continue  # a heading without an id cannot be linked to: it stays in its section
        sections.append(Section(anchor, heading, _text(body[start:h.start()])))
        anchor, heading = html.unescape(ident.group(1)), _text(h.group(3))
        start = h.start()  # the heading's own text belongs to its section
    sections.append(Section(anchor, heading, _text(body[start:])))
    return title, sections
