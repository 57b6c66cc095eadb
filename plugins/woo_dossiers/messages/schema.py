"""Messages about dossier.yml breaking its JSON Schema: schema.py.

`read` is how YAML read the value, as schema.py describes it: a mapping with
`how` ("text", "as-the", "as-a", "mapping", "list" or "found") and the value's
`shown` form, its `raw` text and its `kind`, plus `quote` (the text to put in
quotes, or ""). The words for each are here in both languages.
"""

from __future__ import annotations

from typing import Any

from . import Message

KINDS: dict[str, tuple[str, str, str, str]] = {
    # kind: (English "the ...", English "a ...", Dutch "de/het ...", Dutch "een ...")
    "yes/no value": ("the yes/no value", "a yes/no value", "de ja/nee-waarde", "een ja/nee-waarde"),
    "number": ("the number", "a number", "het getal", "een getal"),
    "empty value": ("the empty value", "an empty value", "de lege waarde", "een lege waarde"),
}
WANTED: dict[str, tuple[str, str]] = {
    "string": ("text", "tekst"),
    "integer": ("a whole number", "een geheel getal"),
    "array": ("a list", "een lijst"),
    "object": ("a mapping of fields", "een groep velden (naam: waarde)"),
}
PATTERN_HINTS: dict[str, tuple[str, str]] = {
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": ("a date written as YYYY-MM-DD, e.g. 2021-05-10",
                                     "geen datum als jjjj-mm-dd, bijvoorbeeld 2021-05-10"),
    "^https?://": ("a web address starting with https://",
                   "geen webadres dat begint met https://"),
    "\\.pdf$": ("a PDF file name ending in .pdf", "geen naam van een PDF-bestand (eindigend op .pdf)"),
    "\\.md$": ("a Markdown file name ending in .md",
               "geen naam van een Markdown-bestand (eindigend op .md)"),
    "^[a-z0-9]+(-[a-z0-9]+)*$": ("a dossier slug: lower-case letters, digits and hyphens",
                                 "geen slug: kleine letters, cijfers en koppeltekens"),
}


def _read_en(read: dict[str, Any]) -> str:
    how, shown = read["how"], read.get("shown")
    if how == "as-the":
        return f"YAML read {read['raw']!r} as {KINDS[read['kind']][0]} {shown}"
    if how == "as-a":
        return f"YAML read {shown} as {KINDS[read['kind']][1]}"
    if how in ("mapping", "list"):
        return f"found a {how}"
    return f"found {shown}"


def _read_nl(read: dict[str, Any]) -> str:
    how, shown = read["how"], read.get("shown")
    if how == "as-the":
        return f"YAML las {read['raw']!r} als {KINDS[read['kind']][2]} {shown}"
    if how == "as-a":
        return f"YAML las {shown} als {KINDS[read['kind']][3]}"
    if how == "mapping":
        return "er staat een groep velden"
    if how == "list":
        return "er staat een lijst"
    return f"er staat {shown}"


def _hinted_en(read: dict[str, Any]) -> str:
    quote = f"; put it in quotes: \"{read['quote']}\"" if read.get("quote") else ""
    return _read_en(read) + quote


def _hinted_nl(read: dict[str, Any]) -> str:
    quote = f"; zet het tussen aanhalingstekens: \"{read['quote']}\"" if read.get("quote") else ""
    return _read_nl(read) + quote


def _refused_en(read: dict[str, Any]) -> str:
    return f"'{read['shown']}'" if read["how"] == "text" else _read_en(read)


def _refused_nl(read: dict[str, Any]) -> str:
    return f"'{read['shown']}' is" if read["how"] == "text" else f"{_read_nl(read)}: dat is"


MESSAGES: dict[str, Message] = {
    "field-required": Message(
        "the required field '{field}' is missing", "het verplichte veld '{field}' ontbreekt"),
    "field-unknown": Message(
        "unknown field '{field}'; expected one of: {known}",
        "onbekend veld '{field}'; toegestaan zijn: {known}"),
    "value-not-allowed": Message(
        "{read} is not allowed; expected one of: {allowed}",
        "{read} niet toegestaan; kies een van: {allowed}",
        en_parts={"read": _refused_en}, nl_parts={"read": _refused_nl}),
    # `wanted`: the schema's type (a key of WANTED, or another type name shown as it is).
    "wrong-type": Message(
        "expected {wanted}, but {read}", "verwacht {wanted}, maar {read}",
        en_parts={"wanted": lambda t: WANTED.get(t, (t, t))[0], "read": _hinted_en},
        nl_parts={"wanted": lambda t: WANTED.get(t, (t, t))[1], "read": _hinted_nl}),
    # (A date that does not exist: date-not-real of messages/inventory.py, the same words.)
    # `pattern`: the schema's pattern (a key of PATTERN_HINTS, or shown as it is).
    "pattern-mismatch": Message(
        "'{value}' is not {pattern}", "'{value}' is {pattern}",
        en_parts={"pattern": lambda p: PATTERN_HINTS[p][0] if p in PATTERN_HINTS
                  else f"text matching {p}"},
        nl_parts={"pattern": lambda p: PATTERN_HINTS[p][1] if p in PATTERN_HINTS
                  else f"geen tekst die past bij {p}"}),
    "empty": Message("must not be empty", "mag niet leeg zijn"),
    "no-entries": Message("must list at least one entry", "moet minstens één waarde noemen"),
    "same-value-twice": Message("lists the same value twice", "noemt dezelfde waarde twee keer"),
    "item-number-too-small": Message(
        "{value} is too small; item numbers start at 1", "{value} is te klein; onderdelen tellen vanaf 1"),
    "item-number-wrong": Message(
        "expected an item number or a list of numbers such as [8, 9], but {read}",
        "verwacht een nummer van een onderdeel of een lijst nummers zoals [8, 9], maar {read}",
        en_parts={"read": _hinted_en}, nl_parts={"read": _hinted_nl}),
    "reference-wrong": Message(
        "expected the slug of a dossier on this site (lower-case letters, digits, hyphens) or a "
        "mapping with title and url, but {read}",
        "verwacht de slug van een dossier op deze site (kleine letters, cijfers, koppeltekens) of "
        "een groep met title en url, maar {read}",
        en_parts={"read": _read_en}, nl_parts={"read": _read_nl}),
    # Any other schema rule: jsonschema's own words, in both languages.
    "schema-other": Message("{message}", "{message}"),
}
