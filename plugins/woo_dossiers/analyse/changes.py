"""When a dossier last changed, and how: from its dates and its publication history.

The feed and the sitemap announce a change on the day it happened: `dates.updated`
from dossier.yml, or a later correction, annex change or withdrawal found in git
(`publication_history.site_history`). Both are fixed by the repository's content, not the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model.dossier import Dossier
from ..model.status import withdrawn_annexes
from .publication_history import HistoryEntry

# The first publication is not a change; a removal leaves nothing to announce.
NOT_A_CHANGE = {"published", "removed"}
# Title prefixes in the feed for a decision that is no longer new.
PREFIXES = {"withdrawn": "Ingetrokken", "replaced": "Vervangen"}
CHANGED = "Gewijzigd"


@dataclass(frozen=True)
class LastChange:
    day: date
    kind: str | None  # None: never changed since publication; "updated": dates.updated
    label: str | None  # Dutch, e.g. "Bijlage toegevoegd: x.pdf"

    @property
    def prefix(self) -> str | None:
        return None if self.kind is None else PREFIXES.get(self.kind, CHANGED)


def with_withdrawals(dossier: Dossier, history: tuple[HistoryEntry, ...]) -> tuple[HistoryEntry, ...]:
    """The history with each annex withdrawn on its own, on the day dossier.yml gives (so also
    without git); git's "Bijlage verwijderd" for that file says less and is left out."""
    withdrawn = withdrawn_annexes(dossier)
    if not withdrawn:
        return history
    removed = {f"Bijlage verwijderd: {annex.file}" for annex in withdrawn}
    kept = [entry for entry in history
            if not (entry.kind == "annex-removed" and entry.label in removed)]
    added = [HistoryEntry(annex.withdrawn.day, "annex-withdrawn",
                          f"Document ingetrokken: {annex.title}")
             for annex in withdrawn if annex.withdrawn is not None]
    # sorted() is stable: on one day, git's entries come first, then the withdrawals in list order.
    return tuple(sorted([*kept, *added], key=lambda entry: entry.day))


def last_modified(dossier: Dossier, history: tuple[HistoryEntry, ...] = ()) -> date:
    """The day the dossier's pages last changed (the sitemap's lastmod): its last change,
    or a later day its history records, such as the day it came on this site."""
    days = [entry.day for entry in history if entry.kind != "removed"]
    return max([last_change(dossier, history).day, *days])


def last_change(dossier: Dossier, history: tuple[HistoryEntry, ...] = ()) -> LastChange:
    best = LastChange(dossier.dates.publication, None, None)
    if dossier.dates.updated:
        best = LastChange(dossier.dates.updated, "updated", "Gewijzigd")
    for entry in history:
        if entry.kind not in NOT_A_CHANGE and entry.day >= best.day:
            best = LastChange(entry.day, entry.kind, entry.label)
    status = dossier.status
    if status and best.kind not in PREFIXES:
        # A status set without a history (no git) still says what happened.
        best = LastChange(best.day, status.kind, None)
    return best

