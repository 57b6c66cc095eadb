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
_PDF_REASONS: list[tuple[str, str]] = [
    # annex/intake.py, annex/examine.py, annex/workers.py, annex/reader.py
    (r"the file is empty \(0 bytes\); export or copy the PDF again",
     "het bestand is leeg (0 bytes); exporteer of kopieer de PDF opnieuw"),
    (r"the file is not a PDF but (?P<kind>.+) with a \.pdf name; convert it to PDF "
     r"\(e\.g\. print or export to PDF\) and add that file instead",
     "het bestand is geen PDF maar een ander soort bestand met een naam op .pdf ({kind}); "
     "zet het om naar PDF (bijvoorbeeld afdrukken of exporteren als PDF) en voeg dat "
     "bestand toe"),
    (r"the file is not a PDF \(it does not start with %PDF-\); export the document to PDF "
     r"and add that file instead",
     "het bestand is geen PDF (het begint niet met %PDF-); exporteer het document als PDF "
     "en voeg dat bestand toe"),
    (r"the file does not start with %PDF-: something else comes before the PDF, so a browser "
     r"could open it as another kind of file, such as a web page; export the PDF again and add "
     r"that file instead",
     "het bestand begint niet met %PDF-: er staat iets anders vóór de PDF, zodat een browser "
     "het als een ander soort bestand kan openen, zoals een webpagina; exporteer de PDF "
     "opnieuw en voeg dat bestand toe"),
    (r"the PDF is truncated \(it does not end with %%EOF\): it was probably not copied or "
     r"downloaded completely; copy or export it again",
     "de PDF is afgebroken (hij eindigt niet op %%EOF): waarschijnlijk is hij niet helemaal "
     "gekopieerd of gedownload; kopieer of exporteer hem opnieuw"),
    (r"the PDF is encrypted with a password, so the public cannot open it; publish an "
     r"unencrypted copy",
     "de PDF is met een wachtwoord versleuteld, zodat het publiek hem niet kan openen; "
     "publiceer een onversleutelde kopie"),
    (r"the PDF is damaged and cannot be read \((?P<error>.*)\)",
     "de PDF is beschadigd en kan niet worden gelezen ({error})"),
    (r"the PDF is too large or too complex to read safely \((?P<error>.*)\); a part of it "
     r"unpacks to an enormous size \(a 'decompression bomb' or an oversized image\)\. Export "
     r"it again \(e\.g\. print to PDF\) or split it into several files",
     "de PDF is te groot of te ingewikkeld om veilig te lezen ({error}); een deel ervan pakt "
     "uit tot een enorme omvang (een 'decompressiebom' of een te grote afbeelding). Exporteer "
     "hem opnieuw (bijvoorbeeld afdrukken als PDF) of splits hem in meer bestanden"),
    (r"the PDF has no pages; export the document to PDF again",
     "de PDF heeft geen pagina's; exporteer het document opnieuw als PDF"),
    (r"the PDF is too large to read within the memory limit \((?P<mb>\d+) MB\); export it "
     r"again with smaller images, or split it into several files",
     "de PDF is te groot om te lezen binnen de geheugengrens ({mb} MB); exporteer hem "
     "opnieuw met kleinere afbeeldingen, of splits hem in meer bestanden"),
    (r"the PDF is too large or too complex to read within (?P<s>[\d.]+) seconds; export it "
     r"again \(e\.g\. print to PDF\) or split it into several files",
     "de PDF is te groot of te ingewikkeld om op tijd te lezen ({s} seconden); exporteer "
     "hem opnieuw (bijvoorbeeld afdrukken als PDF) of splits hem in meer bestanden"),
    (r"the PDF reader stopped unexpectedly while reading this file; if it happens again, "
     r"the file is probably damaged: export or save it as PDF again",
     "het lezen van de PDF stopte onverwacht; gebeurt dat opnieuw, dan is het bestand "
     "waarschijnlijk beschadigd: exporteer of bewaar het opnieuw als PDF"),
    (r"the PDF reader stopped unexpectedly while reading this file \((?P<d>.*)\); if it "
     r"happens again, the file is probably damaged: export or save it as PDF again",
     "het lezen van de PDF stopte onverwacht ({d}); gebeurt dat opnieuw, dan is het bestand "
     "waarschijnlijk beschadigd: exporteer of bewaar het opnieuw als PDF"),
    (r"the file cannot be opened \((?P<e>.*)\); check that it exists and can be read",
     "het bestand kan niet worden geopend ({e}); controleer of het bestaat en leesbaar is"),
    (r"it was not read", "het is niet gelezen"),
]
# What a file renamed to .pdf really is (annex/intake.py).
_FILE_KINDS = {
    "a PNG image": "een PNG-afbeelding", "a JPEG image": "een JPEG-afbeelding",
    "a GIF image": "een GIF-afbeelding", "a TIFF image": "een TIFF-afbeelding",
    "a ZIP archive (perhaps a Word or Excel file)":
        "een ZIP-archief (misschien een Word- of Excel-bestand)",
    "an old Microsoft Office file (.doc or .xls)": "een oud Microsoft Office-bestand (.doc of .xls)",
    "an RTF text document": "een RTF-tekstdocument",
    "a web page (HTML), perhaps an error page saved instead of the download":
        "een webpagina (HTML), misschien een foutpagina die is bewaard in plaats van de download",
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
    # loader.py: an annex the reader refused (annex/intake.py, examine.py, workers.py, reader.py)
    (r"'(?P<f>.+)' cannot be published: (?P<why>.+)",
     "'{f}' kan niet worden gepubliceerd: {why}", {"why": lambda t: translate(t, _PDF_RULES)}),
]

_RULES += _INVENTORY_RULES  # the inventory's own messages live beside its code

Rule = tuple[re.Pattern[str], str, dict[str, Callable[[str], str]]]
_COMPILED: list[Rule] = [(re.compile(p, re.DOTALL), t, c) for p, t, c in _RULES]
_PDF_RULES: list[Rule] = [(re.compile(p), t, {"kind": lambda k: _FILE_KINDS.get(k, k)})
                          for p, t in _PDF_REASONS]


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
