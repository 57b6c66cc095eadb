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

from ..addresses import annex_text_page, annex_url, dossier_url, page_url, relative
from ..model.dossier import Annex, Dossier
from .markdown import escape_markdown, front_matter
from .text import esc, file_size, pages

_MARKER = "<!-- woo:annex-text {number} -->"
_MARKERS = re.compile(r"<!-- woo:annex-text (\d+) -->")
# Control characters (pypdf passes on what a PDF's fonts map to) are not allowed in
# HTML, and Python-Markdown uses two of them as its own placeholders. Tabs become
# spaces (a browser shows them alike; Markdown would expand them to tab stops).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def annex_page(dossier: Dossier, annex: Annex, noindex: bool = False) -> str:
    """The whole page as Markdown, text included; `noindex` for a preview's decision that is
    not yet public (model/embargo.py)."""
    return _page(dossier, annex, [page_text_html(text) for text in annex.text], noindex)


def annex_page_outline(dossier: Dossier, annex: Annex, noindex: bool = False) -> str:
    """The page as Markdown with a marker for each PDF page's text (see fill_annex_text)."""
    markers = [_MARKER.format(number=n) for n in range(1, len(annex.text) + 1)]
    return _page(dossier, annex, markers, noindex)


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


def _page(dossier: Dossier, annex: Annex, bodies: list[str], noindex: bool) -> str:
    url = page_url(annex_text_page(dossier.slug, annex.file))
    to_dossier = relative(url, dossier_url(dossier.slug))
    to_pdf = relative(url, annex_url(dossier.slug, annex.file))
    parts = [
        front_matter(f"{annex.title} (tekst van bijlage)",
                     f"Tekst van bijlage {annex.file} bij het besluit {dossier.title}", noindex),
        f"# {escape_markdown(annex.title)}\n",
        f'<p class="woo-annex-intro">Bijlage bij het besluit '
        f'<a href="{esc(to_dossier)}">{esc(dossier.title)}</a>. Hieronder staat de tekst uit '
        f"de PDF, om te kunnen zoeken en voorlezen. Het officiële document is de PDF: "
        f'<a href="{esc(to_pdf)}">{esc(annex.file)} (PDF, {pages(annex.pages)}, '
        f"{file_size(annex.size)})</a>.</p>\n",
    ]
    for number, body in enumerate(bodies, start=1):
        parts.append(f"## Pagina {number} {{#pagina-{number}}}\n")
        parts.append(f"{body}\n")
    return "\n".join(parts)
