"""The page listing every reuse relation: which later decision builds on which earlier one."""

from __future__ import annotations

from ..addresses import dossier_url, page_url, relative
from ..analyse import Analysis
from .markdown import front_matter
from .text import esc, items_label

TITLE = "Hergebruik van eerdere besluiten"


def reuse_page(analysis: Analysis, src_path: str) -> str:
    dossiers, graph = analysis.dossiers, analysis.reuse
    url = page_url(src_path)

    def link(slug: str) -> str:
        return f'<a href="{esc(relative(url, dossier_url(slug)))}">{esc(dossiers[slug].title)}</a>'

    rows = [
        f'<tr><th scope="row">{link(r.later)}</th><td>{link(r.earlier)}</td>'
        f"<td>{esc(items_label(r.items)) if r.items else 'het besluit als geheel'}</td></tr>"
        for r in graph.relations
    ]
    intro = ("<p>Als gevraagde informatie al openbaar is door een eerder besluit, verwijst een "
             "later besluit daarnaar (&lsquo;reeds openbaar&rsquo;). Hier staan al die "
             f"verwijzingen: {len(rows)} in totaal.</p>\n\n")
    return (
        front_matter(TITLE, "Welke besluiten verwijzen naar eerder openbaar gemaakte informatie")
        + f"# {TITLE}\n\n" + intro
        + '<div class="woo-table-wrap" role="region" tabindex="0" aria-label="Hergebruik">\n'
        + '<table class="woo-table woo-reuse-table">\n'
        + "<caption>Latere besluiten en de eerdere besluiten die zij hergebruiken</caption>\n"
        + '<thead><tr><th scope="col">Later besluit</th><th scope="col">Hergebruikt besluit</th>'
        + '<th scope="col">Voor</th></tr></thead>\n'
        + f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n</div>\n"
    )
