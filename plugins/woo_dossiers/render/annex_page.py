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

import hashlib
import re
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ..addresses import annex_text_page, annex_url, dossier_url, page_url, relative
from ..annex.facts import StoredText
from ..minify import collapse_indentation
from ..model.dossier import Annex, Dossier
from . import annex_text
from .annex_text import page_html
from .markdown import escape_markdown, front_matter
from .publication import annex_withdrawn_notice
from .templating import Markup, Templates, default_templates
from .text import esc, file_size, pages

_MARKER = "<!-- woo:annex-text {number} -->"
# Above the text of a page that was a scan without text: the build recognised it (annex/ocr.py).
OCR_NOTE = ('<p class="woo-annex-ocr"><em>Automatisch herkende tekst: deze pagina is een scan '
            "en de tekst is door tekstherkenning (OCR) gelezen. Er kunnen fouten in staan; "
            "de PDF laat zien wat er echt staat.</em></p>")
_MARKERS = re.compile(r"<!-- woo:annex-text (\d+) -->")


def annex_page(dossier: Dossier, annex: Annex, templates: Templates | None = None,
               noindex: bool = False) -> str:
    """The whole page as Markdown, text included (templates/woo/annex.html); `noindex` for a
    preview's decision that is not yet public (model/embargo.py)."""
    return _page(dossier, annex, [page_text_html(text, number)
                                  for number, text in enumerate(annex.text, start=1)],
                 templates, noindex)


def annex_page_outline(dossier: Dossier, annex: Annex, templates: Templates | None = None,
                       noindex: bool = False) -> str:
    """The page as Markdown with a marker for each PDF page's text (see fill_annex_text)."""
    markers = [_MARKER.format(number=n) for n in range(1, len(annex.text) + 1)]
    return _page(dossier, annex, markers, templates, noindex)


def fill_annex_text(html: str, annex: Annex) -> str:
    """The rendered outline with every marker replaced by that PDF page's text."""
    bodies = _bodies(annex.text)  # read once (from the cache), dropped after this page
    return _MARKERS.sub(lambda match: bodies[int(match.group(1)) - 1], html)


def _bodies(text: Sequence[str]) -> Sequence[str]:
    """Each PDF page's text as HTML; for text in the annex cache, the HTML is kept there
    too (made once per annex, not on every build; StoredText.derived)."""
    def make(texts: Sequence[str]) -> list[str]:
        return [page_text_html(page, number) for number, page in enumerate(texts, start=1)]

    if isinstance(text, StoredText):
        return text.derived("html", _code_version(), make)
    return make(text)


@cache
def _code_version() -> str:
    """The code that makes the HTML of a page's text: kept HTML made by other code is made anew."""
    digest = hashlib.blake2b(digest_size=16)
    for module in (annex_text, sys.modules[__name__]):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


def page_text_html(text: str, number: int) -> str:
    """PDF page `number`'s text as escaped paragraphs and tables (render/annex_text.py)."""
    body = page_html(text, number)
    if not body:
        body = "<p><em>Op deze pagina is geen tekst gevonden (een scan).</em></p>"
    # As the finished page has it (minify.py): the build fills the text in after the page's
    # indentation is collapsed, and a body collapsed alone is collapsed as it is there
    # (escaped text: no verbatim element, and tags at both ends).
    return collapse_indentation(f'<div class="woo-annex-text">{body}</div>')


def _page(dossier: Dossier, annex: Annex, bodies: list[str],
          templates: Templates | None = None, noindex: bool = False) -> str:
    url = page_url(annex_text_page(dossier.slug, annex.file))
    return (templates or default_templates()).render(
        "annex",
        front_matter=Markup(front_matter(f"{annex.title} (tekst van bijlage)",
                                         f"Tekst van bijlage {annex.file} bij het besluit "
                                         f"{dossier.title}", noindex=noindex)),
        title=Markup(escape_markdown(annex.title)),
        dossier_title=dossier.title,
        dossier_href=relative(url, dossier_url(dossier.slug)),
        pdf_href=relative(url, annex_url(dossier.slug, annex.file)),
        file=annex.file,
        pages=Markup(pages(annex.pages)),
        size=Markup(file_size(annex.size)),
        bodies=[Markup(body) for body in bodies],
        ocr_pages=set(annex.ocr_pages),
        ocr_note=Markup(OCR_NOTE),
    )


def withdrawn_annex_page(dossier: Dossier, annex: Annex) -> str:
    """What the text page's address shows once the annex is withdrawn: when and why, and the way
    back to the decision; none of its text. Search engines are asked to drop the address."""
    url = page_url(annex_text_page(dossier.slug, annex.file))
    back = relative(url, dossier_url(dossier.slug))
    return (front_matter(f"{annex.title} (ingetrokken)",
                         f"Bijlage {annex.file} bij het besluit {dossier.title} is ingetrokken",
                         noindex=True)
            + f"# {escape_markdown(annex.title)}\n\n" + annex_withdrawn_notice(annex)
            + f'\n<p>Het besluit <a href="{esc(back)}">{esc(dossier.title)}</a> en zijn andere '
            "bijlagen staan nog op deze site.</p>\n")
