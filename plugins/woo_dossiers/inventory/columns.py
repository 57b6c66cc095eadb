"""The inventory's columns and judgements: tables, not logic.

The Dutch column names are the ones redaction software and the communications
team already use; `docs/formats/inventaris.md` documents them for people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str  # as written in the header row (matched case- and space-insensitively)
    key: str  # attribute of InventoryRow it fills
    required: bool
    meaning: str  # for the docs and for messages


COLUMNS: tuple[Column, ...] = (
    Column("Documentnummer", "number", True, "unique number of the document"),
    Column("Datum", "date", False, "date of the document, YYYY-MM-DD"),
    Column("Omschrijving", "description", True, "what the document is"),
    Column("Beoordeling", "judgement", True, "openbaar | deels openbaar | niet openbaar | "
           "reeds openbaar"),
    Column("Beoordelingsgrond", "grounds", False, "legal grounds for what is withheld, "
           "separated by ';'"),
    Column("Bijlage", "annex", False, "annex file holding the document, optionally "
           "with '#page=N'"),
    Column("Publieke link", "link", False, "where an already public document is: a "
           "dossier slug on this site or a URL"),
    Column("Onderdeel", "items", False, "request item(s) the document answers: '3', "
           "'8, 9', '1-3'"),
)
BY_KEY: dict[str, Column] = {column.key: column for column in COLUMNS}


def header_key(text: str) -> str:
    """How a header cell is compared: 'Publieke  Link ' -> 'publieke link'."""
    return " ".join(text.replace("\ufeff", "").split()).casefold()


BY_HEADER: dict[str, Column] = {header_key(column.name): column for column in COLUMNS}


@dataclass(frozen=True)
class Judgement:
    key: str  # as written in the file after normalisation: "deels openbaar"
    label: str  # shown on the site
    withholds: bool  # needs grounds
    css: str  # a token for filters and styling


JUDGEMENTS: dict[str, Judgement] = {
    j.key: j
    for j in (
        Judgement("openbaar", "Openbaar", False, "openbaar"),
        Judgement("deels openbaar", "Deels openbaar", True, "deels-openbaar"),
        Judgement("niet openbaar", "Niet openbaar", True, "niet-openbaar"),
        Judgement("reeds openbaar", "Reeds openbaar", False, "reeds-openbaar"),
    )
}
OPENBAAR, DEELS, NIET, REEDS = JUDGEMENTS  # the keys, in their fixed display order

_SEPARATORS = re.compile(r"[\s_\-]+")


def normalise_judgement(text: str) -> str:
    """'Deels  Openbaar', 'deels-openbaar', 'DEELS_OPENBAAR' -> 'deels openbaar'."""
    return _SEPARATORS.sub(" ", text).strip().casefold()
