"""Plain dataclasses for a dossier after loading and validation.

Nothing here reads files or knows about MkDocs; the loader fills these in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..wording import dutch_list

if TYPE_CHECKING:  # inventory/ builds on this module
    from ..inventory.model import Inventory


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Reference:
    """An earlier decision: a dossier on this site (slug) or one published elsewhere."""

    slug: str | None = None
    title: str | None = None
    url: str | None = None

    @property
    def is_internal(self) -> bool:
        return self.slug is not None


@dataclass(frozen=True)
class Item:
    """One numbered part of the request, or several answered together ([8, 9])."""

    numbers: tuple[int, ...]
    request: str
    outcome: str
    answer: str | None = None
    grounds: tuple[str, ...] = ()  # normalised, e.g. "10.2.e"
    documents: tuple[str, ...] = ()  # annex file names
    reuses: tuple[Reference, ...] = ()
    links: tuple[Link, ...] = ()
    line: int | None = None

    @property
    def label(self) -> str:
        """The item numbers as a Dutch list: "8 en 9", "1, 2 en 3"."""
        return dutch_list([str(n) for n in self.numbers])


@dataclass(frozen=True)
class Dates:
    received: date
    decided: date
    adjourned: date | None = None
    published: date | None = None
    updated: date | None = None  # last change after publication; feeds announce it

    @property
    def publication(self) -> date:
        return self.published or self.decided

    @property
    def last_change(self) -> date:
        return self.updated or self.publication


@dataclass(frozen=True)
class Suspension:
    """The decision term stood still from the day after `start` up to and including `end`."""

    start: date  # the day the requester was told (dossier.yml: from)
    end: date  # the last day suspended (dossier.yml: to)
    reason: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Withdrawal:
    """One annex taken off the site after publication (model/status.py: WITHDRAWAL_REASONS)."""

    day: date  # dossier.yml: date
    reason: str  # a key of WITHDRAWAL_REASONS


@dataclass(frozen=True)
class Annex:
    file: str
    title: str
    path: Path
    size: int  # bytes
    pages: int | None = None
    text: Sequence[str] = ()  # text per page, for search (StoredText: read when needed)
    ocr_pages: tuple[int, ...] = ()  # pages (from 1) whose text was recognised (OCR)
    published: Path | None = None  # the PDF the site publishes, when not `path` (OCR)
    # Taken off the site: no PDF, no text, only its title and the notice (model/status.py).
    withdrawn: Withdrawal | None = None


@dataclass(frozen=True)
class AdSection:
    """An "Ad ..." answer section of the letter."""

    heading: str  # "Ad 8 en 9"
    anchor: str  # "ad-8-en-9"
    numbers: tuple[int, ...]
    line: int


@dataclass(frozen=True)
class CasePart:
    """This decision is one part (deelbesluit) of a request decided in parts (analyse/cases.py)."""

    case: str  # the case id the parts share (dossier.yml: case.id), a slug
    part: int  # this part's number, from 1 (case.part)
    parts: int | None = None  # how many parts there will be, when known (case.parts)
    title: str | None = None  # the request's title for the case page (case.title)


@dataclass(frozen=True)
class Status:
    """A withdrawn or replaced decision (status.py): its page stays, with a notice."""

    kind: str  # withdrawn | replaced
    reason: str
    replaced_by: str | None = None


@dataclass(frozen=True)
class Dossier:
    slug: str
    folder: Path
    source: str  # dossier.yml path relative to the project root, for messages
    title: str
    organisation: str
    law: str  # "Wob" | "Woo"
    dates: Dates
    items: tuple[Item, ...]
    letter: str  # the decision letter's Markdown, as written
    letter_file: str
    sections: tuple[AdSection, ...] = ()
    reference: str | None = None
    summary: str | None = None
    topics: tuple[str, ...] = ()
    period: Period | None = None
    annexes: tuple[Annex, ...] = ()
    reuses: tuple[Reference, ...] = ()
    status: Status | None = None
    law_reason: str | None = None  # why `law` is not the law of the decision date
    suspensions: tuple[Suspension, ...] = ()  # in date order
    inventory: Inventory | None = None  # its inventory list, if it has one (inventory/)
    case: CasePart | None = None  # one part of a request decided in parts

    def section_for(self, number: int) -> AdSection | None:
        """The first "Ad" section that answers item `number`."""
        return next((s for s in self.sections if number in s.numbers), None)

    def annex(self, file: str) -> Annex | None:
        return next((a for a in self.annexes if a.file == file), None)
