"""What the overview filters by and the browse pages group by: topics, organisations, grounds.

Topics and organisations are free text in dossier.yml; they are grouped by
their slug, so "CAS" and "cas" are one topic. The first spelling met in the
newest decision names the group.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..model.dossier import Dossier, Item
from ..model.laws import LAWS, Ground, Law


# Pure, and asked tens of thousands of times a build for a few hundred names (every
# table row's topics, every filter value): kept, within a bound for `mkdocs serve`.
@lru_cache(maxsize=8192)
def slugify(text: str) -> str:
    """'Politie, Korpsstaf' -> 'politie-korpsstaf'; accents dropped ('beëindigen' -> 'beeindigen')."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    # Text without a single letter or digit still needs a stable, distinct address.
    return slug or f"x{zlib.crc32(text.encode('utf-8')):08x}"


def newest_first(dossiers: dict[str, Dossier]) -> list[Dossier]:
    return sorted(dossiers.values(), key=lambda d: (d.dates.decided, d.slug), reverse=True)


@dataclass
class Group:
    """The dossiers sharing one topic or one organisation, newest first."""

    slug: str
    name: str
    dossiers: list[Dossier] = field(default_factory=list)


def _group(dossiers: dict[str, Dossier], keys) -> list[Group]:
    groups: dict[str, Group] = {}
    for dossier in newest_first(dossiers):
        for name in keys(dossier):
            slug = slugify(name)
            group = groups.setdefault(slug, Group(slug, name))
            # Sorted, a dossier equal to one already in the group can only follow it: the
            # last one is all `in` needs to compare (it compared the whole list, field by field).
            if not group.dossiers or group.dossiers[-1] != dossier:
                group.dossiers.append(dossier)
    return sorted(groups.values(), key=lambda g: (g.name.casefold(), g.slug))


def topics(dossiers: dict[str, Dossier]) -> list[Group]:
    return _group(dossiers, lambda d: d.topics)


def organisations(dossiers: dict[str, Dossier]) -> list[Group]:
    return _group(dossiers, lambda d: (d.organisation,))


def ground_key(law: str, code: str) -> str:
    """A ground's id across both laws, for anchors and filter values: 'wob-10-2-e'."""
    return slugify(f"{law} {code}")


@dataclass
class GroundUse:
    """One legal ground and the decisions (with their items) that invoked it."""

    law: Law
    ground: Ground
    uses: list[tuple[Dossier, tuple[Item, ...]]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return ground_key(self.law.key, self.ground.code)

    @property
    def item_count(self) -> int:
        """Request items (numbers) withheld on this ground; [8, 9] counts twice."""
        return sum(len(item.numbers) for _, items in self.uses for item in items)


@lru_cache(maxsize=1024)  # pure; a few dozen codes, sorted again for every dossier
def ground_order(code: str) -> tuple[int, ...]:
    """Sort key in the order of the law: 10.1.a before 10.2.a before 11.1."""
    return tuple(ord(part) if part.isalpha() else int(part) for part in code.split("."))


def grounds_usage(dossiers: dict[str, Dossier]) -> list[GroundUse]:
    """Every ground of both laws, in the order of the law, with the dossiers that used it."""
    usage = {(law.key, code): GroundUse(law, ground)
             for law in LAWS.values() for code, ground in law.grounds.items()}
    for dossier in newest_first(dossiers):
        by_ground: dict[str, list[Item]] = {}
        for item in dossier.items:
            for code in item.grounds:
                by_ground.setdefault(code, []).append(item)
        for code, items in by_ground.items():
            usage[(dossier.law, code)].uses.append((dossier, tuple(items)))
    laws = list(LAWS)
    return sorted(usage.values(), key=lambda u: (laws.index(u.law.key), ground_order(u.ground.code)))


def dossier_grounds(dossier: Dossier) -> list[str]:
    """The ground codes a dossier used, in the order of the law."""
    codes = {code for item in dossier.items for code in item.grounds}
    return sorted(codes, key=ground_order)


def dossier_outcomes(dossier: Dossier) -> list[str]:
    return sorted({item.outcome for item in dossier.items})


@dataclass(frozen=True)
class FacetCounts:
    """How many decisions (or, for outcomes and grounds, decisions using it) each filter value has."""

    years: Counter[int]
    laws: Counter[str]
    outcomes: Counter[str]
    grounds: Counter[str]  # by ground_key


def facet_counts(dossiers: dict[str, Dossier]) -> FacetCounts:
    all_ = list(dossiers.values())
    return FacetCounts(
        years=Counter(d.dates.decided.year for d in all_),
        laws=Counter(d.law for d in all_),
        outcomes=Counter(o for d in all_ for o in dossier_outcomes(d)),
        grounds=Counter(ground_key(d.law, c) for d in all_ for c in dossier_grounds(d)),
    )
