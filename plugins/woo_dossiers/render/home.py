"""The home page's figures: decisions this year and the share decided on time.

Rendered where docs/index.md says `<!-- woo:cijfers -->` (the adapter fills it in,
like the list of newest decisions). "This year" is the build's year: the fixed build
date (SOURCE_DATE_EPOCH, see mkdocs_adapter/publish.py), so two builds agree.
"""

from __future__ import annotations

from ..addresses import STATS_PAGE, page_url, relative
from ..analyse import Analysis
from .text import esc


def home_figures(analysis: Analysis, year: int, from_url: str) -> str:
    dossiers = analysis.dossiers
    this_year = [d for d in dossiers.values() if d.dates.decided.year == year]
    counted = this_year or list(dossiers.values())
    on_time = sum(analysis.timeliness[d.slug].on_time for d in counted)
    share = round(100 * on_time / len(counted)) if counted else 0
    scope = f"in {year}" if this_year else "in totaal"
    figures = [
        (f"Besluiten in {year}", str(len(this_year))),
        (f"Op tijd beslist ({scope})", f"{share}%" if counted else "–"),
        ("Besluiten op deze site", str(len(dossiers))),
    ]
    items = "".join(f'<div class="woo-figure-card"><dt>{esc(label)}</dt><dd>{esc(value)}</dd></div>'
                    for label, value in figures)
    stats = relative(from_url, page_url(STATS_PAGE))
    return (f'<dl class="woo-figures">{items}</dl>\n'
            f'<p><a href="{esc(stats)}">Meer cijfers: doorlooptijden, uitkomsten en '
            "weigeringsgronden</a></p>\n")
