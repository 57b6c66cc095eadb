"""The overview of all dossiers and the list of newest decisions for the home page."""

from __future__ import annotations

from ..model import Dossier
from .dossier_page import front_matter
from .text import esc, iso_time, outcome_summary
from .urls import dossier_url, page_url, relative

OVERVIEW_TITLE = "Alle besluiten"


def newest_first(dossiers: dict[str, Dossier]) -> list[Dossier]:
    return sorted(dossiers.values(), key=lambda d: (d.dates.decided, d.slug), reverse=True)


def overview_page(dossiers: dict[str, Dossier], src_path: str) -> str:
    url = page_url(src_path)
    rows = []
    for d in newest_first(dossiers):
        href = relative(url, dossier_url(d.slug))
        rows.append(
            f'<tr><td>{iso_time(d.dates.decided)}</td>'
            f'<th scope="row"><a href="{esc(href)}">{esc(d.title)}</a></th>'
            f"<td>{esc(d.organisation)}</td><td>{esc(d.law)}</td>"
            f"<td>{esc(outcome_summary(d.items))}</td></tr>"
        )
    return (
        front_matter(OVERVIEW_TITLE, "Alle gepubliceerde besluiten op Wob- en Woo-verzoeken")
        + f"# {OVERVIEW_TITLE}\n\n"
        + f"<p>{len(rows)} besluiten, het nieuwste eerst.</p>\n\n"
        + '<div class="woo-table-wrap" role="region" tabindex="0" aria-label="Alle besluiten">\n'
        + '<table class="woo-table woo-overview">\n'
        + "<caption>Alle besluiten, het nieuwste eerst</caption>\n"
        + '<thead><tr><th scope="col">Datum besluit</th><th scope="col">Besluit</th>'
        + '<th scope="col">Bestuursorgaan</th><th scope="col">Wet</th>'
        + '<th scope="col">Uitkomst per onderdeel</th></tr></thead>\n'
        + f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n</div>\n"
    )


def newest_list(dossiers: dict[str, Dossier], from_url: str, count: int) -> str:
    """An HTML list of the newest decisions, for a page at `from_url`."""
    entries = []
    for d in newest_first(dossiers)[:count]:
        href = relative(from_url, dossier_url(d.slug))
        summary = f"<br>{esc(d.summary)}" if d.summary else ""
        entries.append(
            f'<li><a href="{esc(href)}">{esc(d.title)}</a> '
            f"({esc(d.organisation)}, {iso_time(d.dates.decided)}){summary}</li>"
        )
    return f'<ul class="woo-newest">\n{chr(10).join(entries)}\n</ul>\n'
