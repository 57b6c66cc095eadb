"""The two laws and their legal grounds for withholding.

Tables, not logic: adding a ground is adding a row. The item outcomes have a
table of their own in outcomes.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Ground:
    code: str  # normalised: "10.2.e", "5.1.2.e"
    name: str  # Dutch description of the protected interest
    article: str  # the article on wetten.overheid.nl that holds it


@dataclass(frozen=True)
class Law:
    key: str  # "Wob" | "Woo"
    title: str
    bwb: str  # id on wetten.overheid.nl
    grounds: dict[str, Ground]

    def ground_url(self, ground: Ground) -> str:
        return f"https://wetten.overheid.nl/{self.bwb}/#{ground.article}"


def _grounds(article: str, rows: dict[str, str]) -> dict[str, Ground]:
    return {code: Ground(code, name, article) for code, name in rows.items()}


WOB = Law(
    "Wob",
    "Wet openbaarheid van bestuur",
    "BWBR0005252",
    {
        **_grounds(
            "HoofdstukV_Artikel10",
            {
                "10.1.a": "de eenheid van de Kroon",
                "10.1.b": "de veiligheid van de Staat",
                "10.1.c": "vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens",
                "10.1.d": "bijzondere persoonsgegevens",
                "10.2.a": "de betrekkingen van Nederland met andere staten en "
                "internationale organisaties",
                "10.2.b": "de economische of financiële belangen van de Staat",
                "10.2.c": "de opsporing en vervolging van strafbare feiten",
                "10.2.d": "inspectie, controle en toezicht door bestuursorganen",
                "10.2.e": "de eerbiediging van de persoonlijke levenssfeer",
                "10.2.f": "het belang dat de geadresseerde erbij heeft als eerste "
                "kennis te kunnen nemen van de informatie",
                "10.2.g": "het voorkomen van onevenredige bevoordeling of benadeling",
            },
        ),
        **_grounds(
            "HoofdstukV_Artikel11",
            {"11.1": "persoonlijke beleidsopvattingen in documenten voor intern beraad"},
        ),
    },
)

WOO = Law(
    "Woo",
    "Wet open overheid",
    "BWBR0045754",
    {
        **_grounds(
            "Hoofdstuk5_Artikel5.1",
            {
                "5.1.1.a": "de eenheid van de Kroon",
                "5.1.1.b": "de veiligheid van de Staat",
                "5.1.1.c": "vertrouwelijk verstrekte bedrijfs- en fabricagegegevens",
                "5.1.1.d": "bijzondere persoonsgegevens",
                "5.1.1.e": "nationale identificatienummers",
                "5.1.2.a": "de betrekkingen van Nederland met andere staten en "
                "internationale organisaties",
                "5.1.2.b": "de economische of financiële belangen van de Staat",
                "5.1.2.c": "de opsporing en vervolging van strafbare feiten",
                "5.1.2.d": "inspectie, controle en toezicht door bestuursorganen",
                "5.1.2.e": "de eerbiediging van de persoonlijke levenssfeer",
                "5.1.2.f": "concurrentiegevoelige bedrijfs- en fabricagegegevens",
                "5.1.2.g": "de bescherming van het milieu",
                "5.1.2.h": "de beveiliging van personen en bedrijven",
                "5.1.2.i": "het goed functioneren van de Staat of bestuursorganen",
                "5.1.5": "het voorkomen van onevenredige benadeling",
            },
        ),
        **_grounds(
            "Hoofdstuk5_Artikel5.2",
            {"5.2": "persoonlijke beleidsopvattingen in documenten voor intern beraad"},
        ),
    },
)

LAWS: dict[str, Law] = {"Wob": WOB, "Woo": WOO}

# The Woo took effect on 1 May 2022 without transitional law for requests: from that day
# every decision is taken under the Woo, also on a request received earlier under the Wob
# (Afdeling bestuursrechtspraak van de Raad van State, ECLI:NL:RVS:2022:1223 and
# ECLI:NL:RVS:2022:1432).
WOO_START = date(2022, 5, 1)


def law_on(decided: date) -> Law:
    """The law a decision taken on `decided` falls under, by the rule above."""
    return WOO if decided >= WOO_START else WOB

_ORDINALS = {"eerste": "1", "tweede": "2", "derde": "3", "vierde": "4", "vijfde": "5"}
_TOKEN = re.compile(r"\d+|(?<![a-z])[a-z](?![a-z])")


def normalise_ground(text: str) -> str:
    """Turn the spellings used in letters into the table's code.

    "10.2e", "10 lid 2 sub e", "artikel 10, tweede lid, aanhef en onder e" -> "10.2.e";
    "5.1, tweede lid, onder e" and "5.1.2e" -> "5.1.2.e". Unknown input comes back
    in the same normal shape, so that the error can show what was understood.
    """
    words = text.lower()
    for word, digit in _ORDINALS.items():
        words = words.replace(word, digit)
    return ".".join(_TOKEN.findall(words))


def find_ground(law: Law, text: str) -> Ground | None:
    return law.grounds.get(normalise_ground(text))

