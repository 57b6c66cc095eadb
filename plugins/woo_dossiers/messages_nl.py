"""Dutch wording of the build's problem messages, for the communications team.

The messages that carry a code are worded from the catalogue in messages/
(`Problem.dutch()`); this table words the ones not moved there yet, by
matching the English message by pattern and filling a Dutch template with the
same parts. It goes once every message has a code (issue 15). A message the
table does not know is shown in English, so a new check is never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .inventory.messages_nl import RULES as _INVENTORY_RULES

Parts = dict[str, str]

_THE_KIND = {"yes/no value": "de ja/nee-waarde", "number": "het getal",
             "empty value": "de lege waarde"}
_KIND = "yes/no value|number|empty value"
_A_KIND = {"yes/no value": "een ja/nee-waarde", "number": "een getal",
           "empty value": "een lege waarde"}
_WANTED = {"text": "tekst", "a whole number": "een geheel getal", "a list": "een lijst",
           "a mapping of fields": "een groep velden (naam: waarde)"}
_PATTERN_HINTS = {
    "a date written as YYYY-MM-DD, e.g. 2021-05-10":
        "geen datum als jjjj-mm-dd, bijvoorbeeld 2021-05-10",
    "a web address starting with https://": "geen webadres dat begint met https://",
    "a PDF file name ending in .pdf": "geen naam van een PDF-bestand (eindigend op .pdf)",
    "a Markdown file name ending in .md":
        "geen naam van een Markdown-bestand (eindigend op .md)",
    "a dossier slug: lower-case letters, digits and hyphens":
        "geen slug: kleine letters, cijfers en koppeltekens",
}


def _read_as(text: str) -> str:
    """"YAML read 'no' as the yes/no value false" and its siblings."""
    match = re.fullmatch(rf"YAML read (?P<raw>'.*') as the (?P<kind>{_KIND}) (?P<shown>.*)", text)
    if match:
        kind = _THE_KIND.get(match["kind"], match["kind"])
        return f"YAML las {match['raw']} als {kind} {match['shown']}"
    match = re.fullmatch(rf"YAML read (?P<shown>.*) as a (?P<kind>{_KIND})", text)
    if match:
        return f"YAML las {match['shown']} als {_A_KIND.get(match['kind'], match['kind'])}"
    if text == "found a mapping":
        return "er staat een groep velden"
    if text == "found a list":
        return "er staat een lijst"
    if text.startswith("found "):
        return f"er staat {text[len('found '):]}"
    return text


def _quote_hint(text: str | None) -> str:
    if not text:
        return ""
    return "; zet het tussen aanhalingstekens: " + text[len("; put it in quotes: "):]


def _table(rows: dict[str, Parts]) -> Callable[[str], str]:
    return lambda key: rows.get(key, key)  # type: ignore[return-value]


def _and(text: str) -> str:
    return text.replace(" and ", " en ")


# (English pattern, Dutch template, converters for parts that are English words).
_RULES: list[tuple[str, str, dict[str, Callable[[str], str]]]] = [
    # schema.py
    (r"the required field '(?P<f>.+)' is missing", "het verplichte veld '{f}' ontbreekt", {}),
    (r"unknown field '(?P<f>.+)'; expected one of: (?P<known>.+)",
     "onbekend veld '{f}'; toegestaan zijn: {known}", {}),
    (r"(?P<read>.+) is not allowed; expected one of: (?P<allowed>.+)",
     "{read} niet toegestaan; kies een van: {allowed}",
     {"read": lambda t: f"{t} is" if t.startswith("'") else f"{_read_as(t)}: dat is"}),
    (r"expected (?P<wanted>text|a whole number|a list|a mapping of fields|\S+), but "
     r"(?P<read>.+?)(?P<hint>; put it in quotes: .*)?",
     "verwacht {wanted}, maar {read}{hint}",
     {"wanted": _table(_WANTED), "read": _read_as, "hint": _quote_hint}),
    (r"'(?P<v>.*)' is not a date that exists; expected YYYY-MM-DD",
     "'{v}' is geen bestaande datum; schrijf jjjj-mm-dd", {}),
    (r"'(?P<v>.*)' is not (?P<hint>" + "|".join(map(re.escape, _PATTERN_HINTS)) + ")",
     "'{v}' is {hint}", {"hint": _table(_PATTERN_HINTS)}),
    (r"must not be empty", "mag niet leeg zijn", {}),
    (r"must list at least one entry", "moet minstens één waarde noemen", {}),
    (r"lists the same value twice", "noemt dezelfde waarde twee keer", {}),
    (r"(?P<v>.+) is too small; item numbers start at 1",
     "{v} is te klein; onderdelen tellen vanaf 1", {}),
    (r"expected an item number or a list of numbers such as \[8, 9\], but "
     r"(?P<read>.+?)(?P<hint>; put it in quotes: .*)?",
     "verwacht een nummer van een onderdeel of een lijst nummers zoals [8, 9], maar "
     "{read}{hint}", {"read": _read_as, "hint": _quote_hint}),
    (r"expected the slug of a dossier on this site \(lower-case letters, digits, hyphens\) "
     r"or a mapping with title and url, but (?P<read>.+)",
     "verwacht de slug van een dossier op deze site (kleine letters, cijfers, koppeltekens) "
     "of een groep met title en url, maar {read}", {"read": _read_as}),
]

_RULES += _INVENTORY_RULES  # the inventory's own messages live beside its code

Rule = tuple[re.Pattern[str], str, dict[str, Callable[[str], str]]]
_COMPILED: list[Rule] = [(re.compile(p, re.DOTALL), t, c) for p, t, c in _RULES]


def translate(message: str, rules: list[Rule] | None = None) -> str:
    """The Dutch wording of `message`, or `message` itself when no rule knows it."""
    for pattern, template, converters in _COMPILED if rules is None else rules:
        match = pattern.fullmatch(message)
        if match:
            parts = {name: converters.get(name, str)(value or "") if value is not None else ""
                     for name, value in match.groupdict().items()}
            return template.format(**parts)
    return message


def translate_field(field: str) -> str:
    """`items[13].grounds[0] (item 8 and 9)` -> `items[13].grounds[0] (onderdeel 8 en 9)`."""
    match = re.fullmatch(r"(?P<path>.*) \(item (?P<numbers>.+)\)", field)
    if not match:
        return field
    return f"{match['path']} (onderdeel {_and(match['numbers'])})"


def is_known(message: str) -> bool:
    return any(pattern.fullmatch(message) for pattern, _, _ in _COMPILED)
