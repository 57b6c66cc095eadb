"""The analyse stage: what follows from all the dossiers together, worked out once a build.

Reuse between decisions, requests decided in parts, the groups the browse pages list (topics, organisations,
grounds), the site's statistics, each decision's legal deadline and last change:
the renderers and exporters read these from one `Analysis` instead of computing
them when a page asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..model.dossier import Dossier
from ..wording import outcome_summary
from .cases import Case, cases
from .changes import LastChange, last_change, last_modified, with_withdrawals
from .facets import FacetCounts, GroundUse, Group, facet_counts, grounds_usage, organisations, topics
from .publication_history import HistoryEntry
from .reuse import ReuseGraph, reuse_graph
from .stats import SiteStats, site_stats
from .timeliness import Timeliness, assess


@dataclass(frozen=True)
class Analysis:
    dossiers: dict[str, Dossier]  # the published dossiers, by slug
    reuse: ReuseGraph
    history: dict[str, tuple[HistoryEntry, ...]]  # publication history per slug (git)
    topics: list[Group]
    organisations: list[Group]
    grounds: list[GroundUse]
    counts: FacetCounts  # what the overview's filters offer
    stats: SiteStats
    timeliness: dict[str, Timeliness]  # per slug
    changes: dict[str, LastChange]  # per slug: what the feeds announce
    modified: dict[str, date]  # per slug: its pages' last change (sitemap.xml), publication included
    # In a preview build: the dossiers built before their publication date, with that date
    # (model/embargo.py); a public build has none of them at all.
    not_yet_public: dict[str, date] = field(default_factory=dict)
    # Requests decided in parts: case id -> its published parts (analyse/cases.py).
    cases: dict[str, Case] = field(default_factory=dict)
    # Per slug: the outcome counts in words (wording.outcome_summary), which every table
    # row and feed entry of the dossier shows; made once instead of for each of them.
    outcomes: dict[str, str] = field(default_factory=dict)

    def outcome_summary(self, dossier: Dossier) -> str:
        known = self.outcomes.get(dossier.slug)
        return known if known is not None else outcome_summary(dossier.items)

    def case_of(self, dossier: Dossier) -> Case | None:
        return self.cases.get(dossier.case.case) if dossier.case else None

    def shows_preview(self, dossier: Dossier) -> bool:
        """Whether the page of `dossier` shows what is not public yet (a preview build): its
        own content, or, for a part, that of another part still waiting (its items and their
        answers, in the parts list and the answer table). Such a page is `noindex`."""
        case = self.case_of(dossier)
        return dossier.slug in self.not_yet_public or (case is not None
                                                       and self.case_shows_preview(case))

    def case_shows_preview(self, case: Case) -> bool:
        return any(d.slug in self.not_yet_public for d in case.parts)

    def history_of(self, slug: str) -> tuple[HistoryEntry, ...]:
        return self.history.get(slug, ())

    def newest(self, dossiers: Iterable[Dossier]) -> date | None:
        """When the newest of `dossiers` last changed: a page that lists them changed then."""
        return max((self.modified[d.slug] for d in dossiers), default=None)


def analyse(dossiers: dict[str, Dossier],
            history: dict[str, tuple[HistoryEntry, ...]] | None = None,
            not_yet_public: dict[str, date] | None = None) -> Analysis:
    history = {slug: with_withdrawals(d, (history or {}).get(slug, ()))
               for slug, d in dossiers.items()}
    history = {slug: entries for slug, entries in history.items() if entries}
    timeliness = {slug: assess(d) for slug, d in dossiers.items()}
    grounds = grounds_usage(dossiers)
    found = cases(dossiers)
    return Analysis(
        dossiers=dossiers,
        reuse=reuse_graph(dossiers),
        history=history,
        topics=topics(dossiers),
        organisations=organisations(dossiers),
        grounds=grounds,
        counts=facet_counts(dossiers),
        stats=site_stats(dossiers, timeliness, grounds, found),  # each worked out once, above
        timeliness=timeliness,
        changes={slug: last_change(d, history.get(slug, ())) for slug, d in dossiers.items()},
        modified={slug: last_modified(d, history.get(slug, ())) for slug, d in dossiers.items()},
        not_yet_public=not_yet_public or {},
        cases=found,
        outcomes={slug: outcome_summary(d.items) for slug, d in dossiers.items()},
    )
