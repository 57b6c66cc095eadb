"""Figures across all published decisions, for the statistics page.

Items are counted by their numbers: an item answering [8, 9] is two parts of
the request, as in the decision letter. Decisions are counted by request: the parts
of a request decided in parts (analyse/cases.py) count once, as one decision taken
on the day of the last part, once all parts are there. Every figure is about the same
decisions: a request with parts still to come is left out of the outcomes and grounds
too, and a part a new decision replaced is counted through its replacement.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from ..model.dossier import Dossier
from ..model.laws import LAWS
from ..model.outcomes import OUTCOMES
from .cases import Case, cases, request_figures
from .facets import GroundUse, grounds_usage
from .timeliness import Timeliness, assess

# Upper bounds (days, inclusive) of the handling-time bands; None: no bound.
# 28 and 42 days are the Woo's term without and with adjournment, 56 the Wob's with.
HANDLING_BANDS: tuple[int | None, ...] = (28, 42, 56, 84, None)


@dataclass(frozen=True)
class YearFigures:
    year: int
    decisions: int
    on_time: int

    @property
    def late(self) -> int:
        return self.decisions - self.on_time


@dataclass(frozen=True)
class Spread:
    """Handling time in calendar days: median, quartiles and extremes."""

    count: int
    median: float
    lower_quartile: float
    upper_quartile: float
    shortest: int
    longest: int


@dataclass
class SiteStats:
    decisions: int = 0
    on_time: int = 0
    suspended: int = 0  # decisions whose term a suspension extended
    suspended_days: int = 0  # the days those suspensions added, together
    per_year: list[YearFigures] = field(default_factory=list)
    handling: dict[str, Spread] = field(default_factory=dict)  # "" (all), "Wob", "Woo"
    handling_bands: list[tuple[int | None, int]] = field(default_factory=list)  # (upper bound, count)
    outcomes: list[tuple[str, int]] = field(default_factory=list)  # (outcome key, items)
    grounds: list[GroundUse] = field(default_factory=list)  # only grounds that were used
    published: int = 0  # decisions on the site, each part of a request included
    parts: int = 0  # decisions that are parts of a request decided in parts, counted once
    waiting: int = 0  # requests decided in parts with parts still to come: not in the figures

    @property
    def items(self) -> int:
        return sum(count for _, count in self.outcomes)


def spread(days: list[int]) -> Spread:
    if len(days) == 1:
        q1 = q3 = float(days[0])
    else:
        q1, _, q3 = statistics.quantiles(days, n=4, method="inclusive")
    return Spread(len(days), float(statistics.median(days)), q1, q3, min(days), max(days))


def band_of(days: int) -> int | None:
    return next(bound for bound in HANDLING_BANDS if bound is None or days <= bound)


def site_stats(dossiers: dict[str, Dossier], timeliness: dict[str, Timeliness] | None = None,
               grounds: list[GroundUse] | None = None,
               found: dict[str, Case] | None = None) -> SiteStats:
    """The figures; `timeliness`, `grounds` and the cases as analyse() has them, else worked
    out here."""
    if timeliness is None:
        timeliness = {slug: assess(d) for slug, d in dossiers.items()}
    found = cases(dossiers) if found is None else found
    requests, waiting = request_figures(dossiers, timeliness, found)
    result = SiteStats(decisions=len(requests), waiting=len(waiting), published=len(dossiers),
                       parts=sum(1 for d in dossiers.values() if d.case is not None))
    if not dossiers:
        return result
    result.on_time = sum(r.on_time for r in requests)
    result.suspended = sum(1 for r in requests if r.suspended_days)
    result.suspended_days = sum(r.suspended_days for r in requests)

    for year in sorted({r.decided for r in requests}):
        counted = [r for r in requests if r.decided == year]
        result.per_year.append(YearFigures(year, len(counted), sum(r.on_time for r in counted)))

    if requests:
        result.handling[""] = spread([r.handling_days for r in requests])
    for law in LAWS:
        days = [r.handling_days for r in requests if r.law == law]
        if days:
            result.handling[law] = spread(days)
    counts = {bound: 0 for bound in HANDLING_BANDS}
    for r in requests:
        counts[band_of(r.handling_days)] += 1
    result.handling_bands = list(counts.items())

    # The items of the decisions counted above: on their own, or the parts of a complete case.
    counted = {slug: d for slug, d in dossiers.items() if d.case is None}
    counted |= {d.slug: d for case in found.values() for d in case.counted}
    items = {key: 0 for key in OUTCOMES}
    for dossier in counted.values():
        for item in dossier.items:
            items[item.outcome] += len(item.numbers)
    result.outcomes = [(key, n) for key, n in items.items() if n]

    if grounds is None or len(counted) != len(dossiers):
        grounds = grounds_usage(counted)
    result.grounds = [use for use in grounds if use.uses]
    return result
