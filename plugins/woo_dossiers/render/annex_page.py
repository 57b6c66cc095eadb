"""The text page of one annex: the PDF's text per page, for search and screen readers.

The site's search indexes pages, not PDFs; this page carries an annex's text
into the search, and a result leads here, to the dossier and to the PDF.
The PDF stays the official document; the page says so.
"""

from __future__ import annotations

from ..model import Annex, Dossier
from .dossier_page import escape_markdown, front_matter
from .text import esc, file_size, pages
from .urls import annex_text_page, annex_url, dossier_url, page_url, relative


def annex_page(dossier: Dossier, annex: Annex) -> str:
    url = page_url(annex_text_page(dossier.slug, annex.file))
    to_dossier = relative(url, dossier_url(dossier.slug))
    to_pdf = relative(url, annex_url(dossier.slug, annex.file))
    parts = [
        front_matter(f"{annex.title} (tekst van bijlage)",
                     f"Tekst van bijlage {annex.file} bij het besluit {dossier.title}"),
        f"# {escape_markdown(annex.title)}\n",
        f'<p class="woo-annex-intro">Bijlage bij het besluit '
        f'<a href="{esc(to_dossier)}">{esc(dossier.title)}</a>. Hieronder staat de tekst uit '
        f"de PDF, om te kunnen zoeken en voorlezen. Het officiële document is de PDF: "
        f'<a href="{esc(to_pdf)}">{esc(annex.file)} (PDF, {pages(annex.pages)}, '
        f"{file_size(annex.size)})</a>.</p>\n",
    ]
    for number, text in enumerate(annex.text, start=1):
        parts.append(f"## Pagina {number} {{#pagina-{number}}}\n")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines:
            # One HTML block without blank lines: Markdown leaves it (and the escaped text) alone.
            body = "".join(f"<p>{esc(line)}</p>" for line in lines)
        else:
            body = "<p><em>Op deze pagina is geen tekst gevonden (een scan).</em></p>"
        parts.append(f'<div class="woo-annex-text">{body}</div>\n')
    return "\n".join(parts)
