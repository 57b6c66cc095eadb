"""The analyse stage: what follows from all the dossiers together, worked out once a build.

Reuse between decisions, the groups the browse pages list (topics, organisations,
grounds), the site's statistics, each decision's legal deadline and last change:
the renderers and exporters read these from one `Analysis` instead of computing
them when a page asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model.dossier import Dossier
from .changes import LastChange, last_change
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
    changes: dict[str, LastChange]  # per slug
    # In a preview build: the dossiers built before their publication date, with that date
    # (model/embargo.py); a public build has none of them at all.
    not_yet_public: dict[str, date] = field(default_factory=dict)

    def history_of(self, slug: str) -> tuple[HistoryEntry, ...]:
        return self.history.get(slug, ())


def analyse(dossiers: dict[str, Dossier],
            history: dict[str, tuple[HistoryEntry, ...]] | None = None,
            not_yet_public: dict[str, date] | None = None) -> Analysis:
    history = history or {}
    return Analysis(
        dossiers=dossiers,
        reuse=reuse_graph(dossiers),
        history=history,
        topics=topics(dossiers),
        organisations=organisations(dossiers),
        grounds=grounds_usage(dossiers),
        counts=facet_counts(dossiers),
        stats=site_stats(dossiers),
        timeliness={slug: assess(d) for slug, d in dossiers.items()},
        changes={slug: last_change(d, history.get(slug, ())) for slug, d in dossiers.items()},
        not_yet_public=not_yet_public or {},
    )
