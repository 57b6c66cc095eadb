"""The dossier page's publication parts: the withdrawn/replaced notice, the notice of each
annex withdrawn on its own, and the history."""

from __future__ import annotations

from datetime import date

from ..addresses import dossier_url, relative
from ..analyse.publication_history import HistoryEntry
from ..model.dossier import Annex, Dossier, Status
from ..model.status import withdrawal_reason
from ..wording import dutch_date
from .text import esc, iso_time


def status_notice(status: Status | None, dossiers: dict[str, Dossier], page_url: str) -> str:
    """A notice at the top of the page, read out first by screen readers (role=note)."""
    if status is None:
        return ""
    if status.kind == "withdrawn":
        title = "Dit besluit is ingetrokken"
        extra = ("<p>De besluitbrief en de bijlagen zijn daarom niet meer op deze site te "
                 "vinden.</p>")
    else:
        title = "Dit besluit is vervangen"
        newer = dossiers.get(status.replaced_by or "")
        if newer is not None:
            href = relative(page_url, dossier_url(newer.slug))
            extra = (f'<p>Lees het nieuwe besluit: <a href="{esc(href)}">{esc(newer.title)}</a> '
                     f"({dutch_date(newer.dates.decided)}).</p>")
        else:
            extra = ""
    return (f'<div class="admonition warning woo-status woo-status--{esc(status.kind)}" '
            f'role="note">\n<p class="admonition-title">{title}</p>\n'
            f"<p>{esc(status.reason)}</p>\n{extra}\n</div>\n")


def annex_withdrawn_notice(annex: Annex) -> str:
    """The notice of one withdrawn annex: on the dossier page, and at its text page's address."""
    if annex.withdrawn is None:
        return ""
    return ('<div class="admonition warning woo-annex-withdrawn" role="note">\n'
            '<p class="admonition-title">Document ingetrokken</p>\n'
            f'<p>Het document <q>{esc(annex.title)}</q> ({esc(annex.file)}) is op '
            f"{iso_time(annex.withdrawn.day)} van deze site gehaald, omdat "
            f"{esc(withdrawal_reason(annex.withdrawn))}. De rest van het besluit blijft "
            "openbaar.</p>\n</div>\n")


def not_yet_public_notice(day: date | None) -> str:
    """The preview's notice on a decision shown before its publication date (model/embargo.py)."""
    if day is None:
        return ""
    return ('<div class="admonition danger woo-not-yet-public" role="note">\n'
            '<p class="admonition-title">Nog niet openbaar</p>\n'
            f"<p>Dit besluit wordt op {iso_time(day)} gepubliceerd. Tot die dag staat het alleen "
            "in dit voorbeeld; zoekmachines nemen de pagina niet op.</p>\n</div>\n")


def history_section(entries: tuple[HistoryEntry, ...], made_public: date | None = None) -> str:
    """When this page was put on this site and changed (git), named apart from the day the
    decision was made public, which may lie before the site existed: not a conflict."""
    if not entries:
        return ""
    rows = "".join(f'<li class="woo-history--{esc(e.kind)}">{iso_time(e.day)}: {esc(e.label)}'
                   "</li>" for e in entries)
    made = (f"Het besluit is openbaar gemaakt op {iso_time(made_public)}. "
            if made_public else "")
    return ("\n## Geschiedenis van deze pagina {#geschiedenis}\n\n"
            f'<p class="woo-history-intro">{made}Hieronder staat wanneer deze pagina op deze '
            "site is geplaatst en gewijzigd.</p>\n"
            '<ol class="woo-history">' + rows + "</ol>\n")
