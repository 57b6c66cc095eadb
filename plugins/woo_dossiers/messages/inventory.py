"""Messages about an inventory list: inventory/__init__.py, reading.py, parse.py, checks.py."""

from __future__ import annotations

from typing import Any

from ..model.outcomes import OUTCOMES
from . import Message


def _thousands_en(number: int) -> str:
    return f"{number:,}"


def _thousands_nl(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _at_en(line: int | None) -> str:
    return f" (dossier.yml line {line})" if line else ""


def _at_nl(line: int | None) -> str:
    return f" (dossier.yml regel {line})" if line else ""


def _why_en(outcome: str) -> str:
    """What the outcome's documents must be: the rule in its row of outcomes.py."""
    return OUTCOMES[outcome].inventory.explanation


def _why_nl(outcome: str) -> str:
    return OUTCOMES[outcome].inventory.explanation_nl


def _documents_en(count: int) -> str:
    return "1 document" if count == 1 else f"{count} documents"


def _documents_nl(count: int) -> str:
    return "1 document" if count == 1 else f"{count} documenten"


def _judged(judgements: list[str], word: str) -> str:
    return f"' {word} '".join(judgements).join("''")


def _rows_en(rows: dict[str, Any]) -> str:
    """{"lines": the first lines shown, "total": how many rows}: "rows 3, 4 and 2 more"."""
    lines, total = rows["lines"], rows["total"]
    more = f" and {total - len(lines)} more" if total > len(lines) else ""
    return ("row " if total == 1 else "rows ") + ", ".join(map(str, lines)) + more


def _rows_nl(rows: dict[str, Any]) -> str:
    lines, total = rows["lines"], rows["total"]
    more = f" en nog {total - len(lines)}" if total > len(lines) else ""
    return ("rij " if total == 1 else "rijen ") + ", ".join(map(str, lines)) + more


def _none_en(none: dict[str, Any]) -> str:
    """{"count": documents naming the item, "wanted": the judgements none of them has}."""
    return f"{_documents_en(none['count'])} is {_judged(none['wanted'], 'or')}"


def _none_nl(none: dict[str, Any]) -> str:
    return _judged(none["wanted"], "of")


_ITEM_EN = {"at": _at_en, "why": _why_en}
_ITEM_NL = {"at": _at_nl, "why": _why_nl}


def _a_judgement(judgement: str) -> str:
    return f"{'an' if judgement[0] in 'aeiou' else 'a'} '{judgement}'"


MESSAGES: dict[str, Message] = {
    # inventory/__init__.py (a symbolic link: file-symlink of messages/dossier.py)
    "inventory-path": Message(
        "'{name}' is not a file name in the dossier folder; write just the name, e.g. "
        "inventory.csv",
        "'{name}' is geen bestandsnaam in de dossiermap; schrijf alleen de naam, bijvoorbeeld "
        "inventory.csv"),
    "inventory-type": Message(
        "'{name}' is not a .csv or .xlsx file; export the inventory as CSV UTF-8",
        "'{name}' is geen .csv- of .xlsx-bestand; sla de inventarislijst op als CSV UTF-8"),
    "inventory-missing": Message(
        "'{name}' does not exist in the dossier folder", "'{name}' bestaat niet in de dossiermap"),
    # inventory/reading.py
    "csv-utf16": Message(
        "the file is UTF-16 text; save it as 'CSV UTF-8' instead",
        "het bestand is UTF-16-tekst; sla het op als 'CSV UTF-8'"),
    "csv-not-utf8": Message(
        "the file is not UTF-8 text (byte {byte}); save it as 'CSV UTF-8' (in Excel: Opslaan "
        "als > CSV UTF-8)",
        "het bestand is geen UTF-8-tekst (byte {byte}); sla het op als 'CSV UTF-8' (in Excel: "
        "Opslaan als > CSV UTF-8)"),
    "csv-too-many-rows": Message(
        "the file has more than {rows} rows", "het bestand heeft meer dan {rows} rijen",
        en_parts={"rows": _thousands_en}, nl_parts={"rows": _thousands_nl}),
    "sheet-too-many-rows": Message(
        "the sheet has more than {rows} rows", "het werkblad heeft meer dan {rows} rijen",
        en_parts={"rows": _thousands_en}, nl_parts={"rows": _thousands_nl}),
    # `error`: the csv module's words.
    "csv-unreadable": Message(
        "the CSV cannot be read ({error}); check the quotes (\") in this row",
        "de CSV kan niet worden gelezen ({error}); controleer de aanhalingstekens (\") in deze "
        "rij"),
    "xlsx-needs-openpyxl": Message(
        "reading .xlsx needs the Python package openpyxl, which is not installed; install it or "
        "export the inventory as CSV UTF-8",
        "voor .xlsx is het Python-pakket openpyxl nodig, en dat is niet geïnstalleerd; "
        "installeer het of sla de inventarislijst op als CSV UTF-8"),
    # `error`: openpyxl's exception, as "Type: words".
    "xlsx-unreadable": Message(
        "the spreadsheet cannot be read ({error})", "het spreadsheet kan niet worden gelezen ({error})"),
    "inventory-empty": Message(
        "the file is empty; expected a header row with {columns}",
        "het bestand is leeg; verwacht een kopregel met {columns}"),
    "column-twice": Message(
        "the column '{column}' appears twice in the header row",
        "de kolom '{column}' staat twee keer in de kopregel"),
    "column-unknown": Message(
        "the column '{column}' is not known; did you mean '{known}'?",
        "de kolom '{column}' is onbekend; bedoel je '{known}'?"),
    "column-missing": Message(
        "the required column '{column}' is missing from the header row; expected the columns "
        "{columns}",
        "de verplichte kolom '{column}' ontbreekt in de kopregel; verwacht de kolommen {columns}"),
    "row-width": Message(
        "the row has {cells} cells but the header has {columns} columns; a cell that contains "
        "the delimiter must be in double quotes",
        "de rij heeft {cells} cellen, maar de kopregel {columns} kolommen; een cel met het "
        "scheidingsteken erin moet tussen dubbele aanhalingstekens staan"),
    "inventory-no-rows": Message(
        "the inventory lists no documents: there are no rows under the header",
        "de inventarislijst noemt geen documenten: onder de kopregel staan geen rijen"),
    # inventory/parse.py
    "number-empty": Message(
        "the document number is empty; every document needs one",
        "het documentnummer is leeg; elk document heeft er een nodig"),
    "number-twice": Message(
        "the document number '{number}' is also used in row {row}; every document needs its own "
        "number",
        "het documentnummer '{number}' staat ook in rij {row}; elk document heeft een eigen "
        "nummer nodig"),
    "description-empty": Message(
        "the description is empty; say what the document is",
        "de omschrijving is leeg; zeg wat het document is"),
    "judgement-empty": Message(
        "the judgement is empty; expected one of {judgements}",
        "de beoordeling is leeg; kies een van: {judgements}"),
    "judgement-unknown": Message(
        "'{value}' is not a judgement; expected one of {judgements}",
        "'{value}' is geen beoordeling; kies een van: {judgements}"),
    "date-not-real": Message(
        "'{value}' is not a date that exists; expected YYYY-MM-DD",
        "'{value}' is geen bestaande datum; schrijf jjjj-mm-dd"),
    "date-dutch-order": Message(
        "'{value}' is not written as YYYY-MM-DD; write {iso}",
        "'{value}' is niet geschreven als jjjj-mm-dd; schrijf {iso}"),
    "date-unreadable": Message(
        "'{value}' is not a date; expected YYYY-MM-DD, e.g. 2021-05-10 (leave the cell empty if "
        "the date is unknown)",
        "'{value}' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2021-05-10 (laat de cel leeg "
        "als de datum onbekend is)"),
    "grounds-needed": Message(
        "a '{judgement}' document needs the {law} ground(s) for what is withheld, separated by "
        "';', e.g. {example}",
        "een document dat '{judgement}' is, heeft de weigeringsgrond(en) uit de {law} nodig, "
        "gescheiden door ';', bijvoorbeeld {example}"),
    "grounds-not-taken": Message(
        "{judgement} document withholds nothing, so it takes no grounds; remove them or change "
        "the judgement",
        "een document dat {judgement} is, houdt niets achter en krijgt dus geen "
        "weigeringsgronden; haal ze weg of pas de beoordeling aan",
        en_parts={"judgement": _a_judgement}, nl_parts={"judgement": "'{}'".format}),
    "page-anchor": Message(
        "'#{anchor}' is not a page; expected the file name, optionally followed by #page=N with "
        "N counting from 1, e.g. bijlage-2.pdf#page=4",
        "'#{anchor}' is geen pagina; schrijf de bestandsnaam, eventueel gevolgd door #page=N (N "
        "telt vanaf 1), bijvoorbeeld bijlage-2.pdf#page=4"),
    "annex-unknown": Message(
        "'{file}' is not an annex of this dossier; annexes listed in dossier.yml: {annexes}",
        "'{file}' is geen bijlage van dit dossier; bijlagen in dossier.yml: {annexes}",
        en_parts={"annexes": lambda names: ", ".join(names) or "none"},
        nl_parts={"annexes": lambda names: ", ".join(names) or "geen"}),
    "page-past-end": Message(
        "page {page} is past the end of '{file}', which has {pages} pages",
        "pagina {page} ligt voorbij het einde van '{file}', dat {pages} pagina's heeft"),
    "link-needed": Message(
        "a 'reeds openbaar' document needs a Publieke link: the slug of the earlier dossier on "
        "this site or a URL starting with https://",
        "een document dat 'reeds openbaar' is, heeft een Publieke link nodig: de slug van het "
        "eerdere dossier op deze site of een webadres dat begint met https://"),
    "link-unreadable": Message(
        "'{value}' is neither a URL starting with https:// nor a dossier slug (lower-case "
        "letters, digits and hyphens)",
        "'{value}' is geen webadres dat begint met https:// en ook geen slug van een dossier "
        "(kleine letters, cijfers en koppeltekens)"),
    "item-number-unreadable": Message(
        "'{value}' is not an item number; expected numbers such as 3, '8, 9' or '1-3'",
        "'{value}' is geen nummer van een onderdeel; schrijf nummers zoals 3, '8, 9' of '1-3'"),
    # inventory/checks.py: an item's outcome against the judgements of its documents
    # (`why` is the outcome's key: its rule is worded in its row of outcomes.py).
    "outcome-no-documents": Message(
        "item {item} is '{outcome}'{at} but no document names it in the Onderdeel column; {why}",
        "onderdeel {item} is '{outcome}'{at}, maar geen document noemt het in de kolom "
        "Onderdeel; {why}",
        en_parts=_ITEM_EN, nl_parts=_ITEM_NL),
    "outcome-wrong-judgement": Message(
        "item {item} is '{outcome}'{at} but {count} naming it {verb} {judged} ({rows}); {why}",
        "onderdeel {item} is '{outcome}'{at}, maar {count} bij dit onderdeel {verb} {judged} "
        "({rows}); {why}",
        en_parts={**_ITEM_EN, "count": _documents_en, "verb": lambda n: "is" if n == 1 else "are",
                  "judged": lambda j: _judged(j, "or"), "rows": _rows_en},
        nl_parts={**_ITEM_NL, "count": _documents_nl, "verb": lambda n: "is" if n == 1 else "zijn",
                  "judged": lambda j: _judged(j, "of"), "rows": _rows_nl}),
    "outcome-missing-judgement": Message(
        "item {item} is '{outcome}'{at} but none of its {none}; {why}",
        "onderdeel {item} is '{outcome}'{at}, maar er is geen document dat {none} is; {why}",
        en_parts={**_ITEM_EN, "none": _none_en}, nl_parts={**_ITEM_NL, "none": _none_nl}),
    "link-is-self": Message(
        "'{slug}' is this dossier itself; a Publieke link names an earlier dossier or a URL",
        "'{slug}' is dit dossier zelf; een Publieke link noemt een eerder dossier of een "
        "webadres"),
    "link-unknown": Message(
        "'{slug}' names no dossier on this site; expected the slug of an earlier dossier or a URL "
        "starting with https://",
        "'{slug}' is geen dossier op deze site; schrijf de slug van een eerder dossier of een "
        "webadres dat begint met https://"),
    "item-not-listed": Message(
        "item {number} is not in dossier.yml; the dossier's items are {items}",
        "onderdeel {number} staat niet in dossier.yml; de onderdelen van dit dossier zijn {items}"),
}
