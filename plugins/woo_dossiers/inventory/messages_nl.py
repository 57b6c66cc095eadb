"""Dutch wording of the inventory's problem messages (joined into woo_dossiers.messages_nl).

Same shape as the rules there: (English pattern, Dutch template, converters).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .checks import ITEM_RULES

# The English explanation ending a message -> its Dutch, both from the outcome's row.
_EXPLAIN = {rule.explanation: rule.explanation_nl for rule in ITEM_RULES.values()}
_EXPLAINED = "|".join(map(re.escape, _EXPLAIN))


def _or(text: str) -> str:
    return text.replace("' or '", "' of '")


def _documents(text: str) -> str:
    return text.replace("documents", "documenten")


def _rows(text: str) -> str:
    text = re.sub(r" and (\d+) more$", r" en nog \1", text)
    return text.replace("rows ", "rijen ").replace("row ", "rij ")


def _line(text: str) -> str:
    return text.replace("(dossier.yml line ", "(dossier.yml regel ")


def _none(text: str) -> str:
    return "geen" if text == "none" else text


_ITEM = r"item (?P<l>.+?) is '(?P<o>[a-z-]+)'(?P<at> \(dossier.yml line \d+\))?"
_ITEM_NL = "onderdeel {l} is '{o}'{at}"
_ITEM_PARTS: dict[str, Callable[[str], str]] = {
    "at": _line, "why": lambda t: _EXPLAIN[t],
}

RULES: list[tuple[str, str, dict[str, Callable[[str], str]]]] = [
    # inventory/__init__.py
    (r"'(?P<n>.*)' is not a file name in the dossier folder; write just the name, e\.g\. "
     r"inventory\.csv",
     "'{n}' is geen bestandsnaam in de dossiermap; schrijf alleen de naam, bijvoorbeeld "
     "inventory.csv", {}),
    (r"'(?P<n>.*)' is not a \.csv or \.xlsx file; export the inventory as CSV UTF-8",
     "'{n}' is geen .csv- of .xlsx-bestand; sla de inventarislijst op als CSV UTF-8", {}),
    (r"'(?P<n>.*)' does not exist in the dossier folder", "'{n}' bestaat niet in de dossiermap",
     {}),
    # inventory/reading.py
    (r"the file is UTF-16 text; save it as 'CSV UTF-8' instead",
     "het bestand is UTF-16-tekst; sla het op als 'CSV UTF-8'", {}),
    (r"the file is not UTF-8 text \(byte (?P<b>0x[0-9a-f]+)\); save it as 'CSV UTF-8' "
     r"\(in Excel: Opslaan als > CSV UTF-8\)",
     "het bestand is geen UTF-8-tekst (byte {b}); sla het op als 'CSV UTF-8' (in Excel: "
     "Opslaan als > CSV UTF-8)", {}),
    (r"the file has more than (?P<n>[\d,]+) rows", "het bestand heeft meer dan {n} rijen",
     {"n": lambda t: t.replace(",", ".")}),
    (r"the sheet has more than (?P<n>[\d,]+) rows", "het werkblad heeft meer dan {n} rijen",
     {"n": lambda t: t.replace(",", ".")}),
    (r"the CSV cannot be read \((?P<e>.+)\); check the quotes \(\"\) in this row",
     "de CSV kan niet worden gelezen ({e}); controleer de aanhalingstekens (\") in deze rij",
     {}),
    (r"reading \.xlsx needs the Python package openpyxl, which is not installed; install it or "
     r"export the inventory as CSV UTF-8",
     "voor .xlsx is het Python-pakket openpyxl nodig, en dat is niet geïnstalleerd; "
     "installeer het of sla de inventarislijst op als CSV UTF-8", {}),
    (r"the spreadsheet cannot be read \((?P<e>.+)\)",
     "het spreadsheet kan niet worden gelezen ({e})", {}),
    (r"the file is empty; expected a header row with (?P<c>.+)",
     "het bestand is leeg; verwacht een kopregel met {c}", {}),
    (r"the column '(?P<c>.+)' appears twice in the header row",
     "de kolom '{c}' staat twee keer in de kopregel", {}),
    (r"the column '(?P<c>.+)' is not known; did you mean '(?P<d>.+)'\?",
     "de kolom '{c}' is onbekend; bedoel je '{d}'?", {}),
    (r"the required column '(?P<c>.+)' is missing from the header row; expected the columns "
     r"(?P<cs>.+)",
     "de verplichte kolom '{c}' ontbreekt in de kopregel; verwacht de kolommen {cs}", {}),
    (r"the row has (?P<n>\d+) cells but the header has (?P<m>\d+) columns; a cell that "
     r"contains the delimiter must be in double quotes",
     "de rij heeft {n} cellen, maar de kopregel {m} kolommen; een cel met het scheidingsteken "
     "erin moet tussen dubbele aanhalingstekens staan", {}),
    (r"the inventory lists no documents: there are no rows under the header",
     "de inventarislijst noemt geen documenten: onder de kopregel staan geen rijen", {}),
    # inventory/parse.py
    (r"the document number is empty; every document needs one",
     "het documentnummer is leeg; elk document heeft er een nodig", {}),
    (r"the document number '(?P<n>.+)' is also used in row (?P<r>\d+); every document needs "
     r"its own number",
     "het documentnummer '{n}' staat ook in rij {r}; elk document heeft een eigen nummer "
     "nodig", {}),
    (r"the description is empty; say what the document is",
     "de omschrijving is leeg; zeg wat het document is", {}),
    (r"the judgement is empty; expected one of (?P<list>.+)",
     "de beoordeling is leeg; kies een van: {list}", {}),
    (r"'(?P<v>.+)' is not a judgement; expected one of (?P<list>.+)",
     "'{v}' is geen beoordeling; kies een van: {list}", {}),
    (r"'(?P<v>.+)' is not written as YYYY-MM-DD; write (?P<w>\S+)",
     "'{v}' is niet geschreven als jjjj-mm-dd; schrijf {w}", {}),
    (r"'(?P<v>.+)' is not a date; expected YYYY-MM-DD, e\.g\. 2021-05-10 \(leave the cell "
     r"empty if the date is unknown\)",
     "'{v}' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2021-05-10 (laat de cel leeg als "
     "de datum onbekend is)", {}),
    (r"a '(?P<j>.+)' document needs the (?P<law>Wob|Woo) ground\(s\) for what is withheld, "
     r"separated by ';', e\.g\. (?P<g>\S+)",
     "een document dat '{j}' is, heeft de weigeringsgrond(en) uit de {law} nodig, gescheiden "
     "door ';', bijvoorbeeld {g}", {}),
    (r"an? '(?P<j>.+)' document withholds nothing, so it takes no grounds; remove them or "
     r"change the judgement",
     "een document dat '{j}' is, houdt niets achter en krijgt dus geen weigeringsgronden; "
     "haal ze weg of pas de beoordeling aan", {}),
    (r"'#(?P<a>.*)' is not a page; expected the file name, optionally followed by #page=N "
     r"with N counting from 1, e\.g\. bijlage-2\.pdf#page=4",
     "'#{a}' is geen pagina; schrijf de bestandsnaam, eventueel gevolgd door #page=N (N telt "
     "vanaf 1), bijvoorbeeld bijlage-2.pdf#page=4", {}),
    (r"'(?P<f>.*)' is not an annex of this dossier; annexes listed in dossier\.yml: (?P<l>.+)",
     "'{f}' is geen bijlage van dit dossier; bijlagen in dossier.yml: {l}", {"l": _none}),
    (r"page (?P<p>\d+) is past the end of '(?P<f>.+)', which has (?P<n>\d+) pages",
     "pagina {p} ligt voorbij het einde van '{f}', dat {n} pagina's heeft", {}),
    (r"a 'reeds openbaar' document needs a Publieke link: the slug of the earlier dossier on "
     r"this site or a URL starting with https://",
     "een document dat 'reeds openbaar' is, heeft een Publieke link nodig: de slug van het "
     "eerdere dossier op deze site of een webadres dat begint met https://", {}),
    (r"'(?P<v>.+)' is neither a URL starting with https:// nor a dossier slug \(lower-case "
     r"letters, digits and hyphens\)",
     "'{v}' is geen webadres dat begint met https:// en ook geen slug van een dossier (kleine "
     "letters, cijfers en koppeltekens)", {}),
    (r"'(?P<v>.+)' is not an item number; expected numbers such as 3, '8, 9' or '1-3'",
     "'{v}' is geen nummer van een onderdeel; schrijf nummers zoals 3, '8, 9' of '1-3'", {}),
    (r"item (?P<n>\d+) is not in dossier\.yml; the dossier's items are (?P<l>.+)",
     "onderdeel {n} staat niet in dossier.yml; de onderdelen van dit dossier zijn {l}", {}),
    # inventory/checks.py
    (rf"{_ITEM} but no document names it in the Onderdeel column; (?P<why>{_EXPLAINED})",
     f"{_ITEM_NL}, maar geen document noemt het in de kolom Onderdeel; {{why}}", _ITEM_PARTS),
    (rf"{_ITEM} but (?P<c>\d+ documents?) naming it (?P<v>is|are) (?P<j>'.+') "
     rf"\((?P<r>rows? .+)\); (?P<why>{_EXPLAINED})",
     f"{_ITEM_NL}, maar {{c}} bij dit onderdeel {{v}} {{j}} ({{r}}); {{why}}",
     {**_ITEM_PARTS, "c": _documents, "v": lambda t: "zijn" if t == "are" else "is",
      "j": _or, "r": _rows}),
    (rf"{_ITEM} but none of its (?P<c>\d+ documents?) is (?P<j>'.+'); (?P<why>{_EXPLAINED})",
     f"{_ITEM_NL}, maar er is geen document dat {{j}} is; {{why}}", {**_ITEM_PARTS, "j": _or}),
    (r"'(?P<s>.+)' is this dossier itself; a Publieke link names an earlier dossier or a URL",
     "'{s}' is dit dossier zelf; een Publieke link noemt een eerder dossier of een webadres",
     {}),
    (r"'(?P<s>.+)' names no dossier on this site; expected the slug of an earlier dossier or "
     r"a URL starting with https://",
     "'{s}' is geen dossier op deze site; schrijf de slug van een eerder dossier of een "
     "webadres dat begint met https://", {}),
]
