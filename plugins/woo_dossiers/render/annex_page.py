"""The text page of one annex: the PDF's text per page, for search and screen readers.

The site's search indexes pages, not PDFs; this page carries an annex's text
into the search, and a result leads here, to the dossier and to the PDF.
The PDF stays the official document; the page says so.

Two ways to the same HTML. `annex_page` is the whole page as Markdown. The
build uses `annex_page_outline` instead: the same page with a marker where
each PDF page's text goes, and `fill_annex_text` puts the text in after the
Markdown has been rendered. The text is HTML already (escaped paragraphs),
which Python-Markdown would only parse tag by tag and hand back unchanged;
an annex of 40 pages made that the largest cost of a build. And the text is
read from the annex cache only while its page is written, instead of being
held for the whole build (see StoredText).
"""

from __future__ import annotations

import re

from ..model import Annex, Dossier
from .dossier_page import escape_markdown, front_matter
from .templating import Markup, Templates, default_templates
from .text import esc, file_size, pages
from .urls import annex_text_page, annex_url, dossier_url, page_url, relative

_MARKER = "<!-- woo:annex-text {number} -->"
_MARKERS = re.compile(r"<!-- woo:annex-text (\d+) -->")
# Control characters (pypdf passes on what a PDF's fonts map to) are not allowed in
# HTML, and Python-Markdown uses two of them as its own placeholders. Tabs become
# spaces (a browser shows them alike; Markdown would expand them to tab stops).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def annex_page(dossier: Dossier, annex: Annex, templates: Templates | None = None) -> str:
    """The whole page as Markdown, text included (templates/woo/annex.html)."""
    return _page(dossier, annex, [page_text_html(text) for text in annex.text], templates)


def annex_page_outline(dossier: Dossier, annex: Annex, templates: Templates | None = None) -> str:
    """The page as Markdown with a marker for each PDF page's text (see fill_annex_text)."""
    return _page(dossier, annex, [_MARKER.format(number=n) for n in range(1, len(annex.text) + 1)],
                 templates)


def fill_annex_text(html: str, annex: Annex) -> str:
    """The rendered outline with every marker replaced by that PDF page's text."""
    texts = tuple(annex.text)  # read once (from the cache), dropped after this page

    def text_of(match: re.Match[str]) -> str:
        return page_text_html(texts[int(match.group(1)) - 1])

    return _MARKERS.sub(text_of, html)


def page_text_html(text: str) -> str:
    """One PDF page's text as escaped paragraphs, one per line."""
    # Escaped once for the whole page, not line by line: 40 lines a page, 40 pages an annex.
    text = esc(_CONTROL.sub("", text).replace("\t", " "))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines:
        # One HTML block without blank lines: Markdown leaves it (and the escaped text) alone.
        body = "<p>" + "</p><p>".join(lines) + "</p>"
    else:
        body = "<p><em>Op deze pagina is geen tekst gevonden (een scan).</em></p>"
    return f'<div class="woo-annex-text">{body}</div>'


def _page(dossier: Dossier, annex: Annex, bodies: list[str],
          templates: Templates | None = None) -> str:
    url = page_url(annex_text_page(dossier.slug, annex.file))
    return (templates or default_templates()).render(
        "annex",
        front_matter=Markup(front_matter(f"{annex.title} (tekst van bijlage)",
                                         f"Tekst van bijlage {annex.file} bij het besluit "
                                         f"{dossier.title}")),
        title=Markup(escape_markdown(annex.title)),
        dossier_title=dossier.title,
        dossier_href=relative(url, dossier_url(dossier.slug)),
        pdf_href=relative(url, annex_url(dossier.slug, annex.file)),
        file=annex.file,
        pages=Markup(pages(annex.pages)),
        size=Markup(file_size(annex.size)),
        bodies=[Markup(body) for body in bodies],
    )
