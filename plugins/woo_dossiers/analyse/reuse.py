"""Cross-references between dossiers: which later decisions reuse which earlier ones."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model.dossier import Dossier


@dataclass(frozen=True)
class Reuse:
    """`later` reuses `earlier`, for `items` (empty: the decision as a whole)."""

    later: str
    earlier: str
    items: tuple[int, ...]


@dataclass
class ReuseGraph:
    relations: list[Reuse] = field(default_factory=list)
    reused_by: dict[str, list[Reuse]] = field(default_factory=dict)  # earlier -> relations
    reuses: dict[str, list[Reuse]] = field(default_factory=dict)  # later -> relations


def reuse_graph(dossiers: dict[str, Dossier]) -> ReuseGraph:
    """One relation per (later, earlier) pair, gathering the item numbers concerned.

    Only dossiers that are published count: a reference to a dossier left out
    for errors stays on the page as text but is no relation.
    """
    items: dict[tuple[str, str], set[int]] = defaultdict(set)
    for dossier in dossiers.values():
        for ref in dossier.reuses:
            if ref.slug in dossiers:
                items[(dossier.slug, ref.slug)]
        for item in dossier.items:
            for ref in item.reuses:
                if ref.slug in dossiers:
                    items[(dossier.slug, ref.slug)].update(item.numbers)
    graph = ReuseGraph()
    order = {slug: (d.dates.decided, slug) for slug, d in dossiers.items()}
    for (later, earlier), numbers in sorted(items.items(), key=lambda kv: (order[kv[0][0]], kv[0])):
        relation = Reuse(later, earlier, tuple(sorted(numbers)))
        graph.relations.append(relation)
        graph.reused_by.setdefault(earlier, []).append(relation)
        graph.reuses.setdefault(later, []).append(relation)
    return graph
