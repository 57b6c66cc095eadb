"""The dossier page's facts about the legal term: the deadline and whether it was met."""

from __future__ import annotations

from ..addresses import STATS_PAGE, dossier_url, page_url, relative
from ..analyse.timeliness import TERMS, Timeliness
from ..model.dossier import Dossier
from .text import esc, iso_time


def late_text(days_late: int) -> str:
    if days_late == 0:
        return "op tijd"
    return "1 dag te laat" if days_late == 1 else f"{days_late} dagen te laat"


def deadline_facts(dossier: Dossier, t: Timeliness) -> list[tuple[str, str]]:
    """(label, HTML value) rows for the facts list of the dossier page."""
    term = TERMS[dossier.law]
    if t.adjournment_counted:
        weeks = f"{t.weeks} weken ({term.weeks} weken, verdaagd met {term.adjournment_weeks} weken)"
    else:
        weeks = f"{t.weeks} weken"
    note = ("; de verdaging kwam na afloop van de eerste termijn en telt niet mee"
            if t.adjourned and not t.adjournment_counted else "")
    rule = relative(dossier_url(dossier.slug), page_url(STATS_PAGE)) + "#op-tijd"
    status = "woo-on-time" if t.on_time else "woo-late"
    return [
        ("Wettelijke termijn", f"{weeks}: uiterlijk {iso_time(t.deadline)}{note} "
                               f'(<a href="{esc(rule)}">zo rekenen wij</a>)'),
        ("Tijdigheid", f'<span class="{status}">{late_text(t.days_late)}</span> '
                       f"(behandeltijd {t.handling_days} dagen)"),
    ]
