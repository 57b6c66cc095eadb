"""The dossier page's facts about the legal term: the deadline and whether it was met."""

from __future__ import annotations

from ..addresses import STATS_PAGE, dossier_url, page_url, relative
from ..analyse.timeliness import TERMS, Timeliness
from ..model.dossier import Dossier, Suspension
from .text import esc, iso_time


def late_text(days_late: int) -> str:
    if days_late == 0:
        return "op tijd"
    return "1 dag te laat" if days_late == 1 else f"{days_late} dagen te laat"


def suspension_text(s: Suspension, counted: bool) -> str:
    """'opgeschort van ... tot ...' with its days and reason (the rule: analyse/timeliness.py)."""
    days = "1 dag" if s.days == 1 else f"{s.days} dagen"
    note = (f"de termijn is {days} verlengd" if counted
            else "telt niet mee: de termijn was al verlopen")
    return (f"opgeschort van {iso_time(s.start)} tot {iso_time(s.end)} ({note}): "
            f"{esc(s.reason)}")


def deadline_facts(dossier: Dossier, t: Timeliness) -> list[tuple[str, str]]:
    """(label, HTML value) rows for the facts list of the dossier page."""
    term = TERMS[dossier.law]
    if t.adjournment_counted:
        weeks = f"{t.weeks} weken ({term.weeks} weken, verdaagd met {term.adjournment_weeks} weken)"
    else:
        weeks = f"{t.weeks} weken"
    if t.suspended_days:
        weeks += f" en {t.suspended_days} dagen opschorting"
    note = ("; de verdaging kwam na afloop van de eerste termijn en telt niet mee"
            if t.adjourned and not t.adjournment_counted else "")
    suspended = [("Opgeschort", suspension_text(s, s in t.suspended)) for s in dossier.suspensions]
    rule = relative(dossier_url(dossier.slug), page_url(STATS_PAGE)) + "#op-tijd"
    status = "woo-on-time" if t.on_time else "woo-late"
    return [
        *suspended,
        ("Wettelijke termijn", f"{weeks}: uiterlijk {iso_time(t.deadline)}{note} "
                               f'(<a href="{esc(rule)}">zo rekenen wij</a>)'),
        ("Tijdigheid", f'<span class="{status}">{late_text(t.days_late)}</span> '
                       f"(behandeltijd {t.handling_days} dagen)"),
    ]
