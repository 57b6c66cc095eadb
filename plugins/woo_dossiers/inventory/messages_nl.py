"""Dutch wording of inventory/checks.py's messages (joined into woo_dossiers.messages_nl).

Same shape as the rules there: (English pattern, Dutch template, converters). The
inventory's other messages have codes (messages/inventory.py); these follow.
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


_ITEM = r"item (?P<l>.+?) is '(?P<o>[a-z-]+)'(?P<at> \(dossier.yml line \d+\))?"
_ITEM_NL = "onderdeel {l} is '{o}'{at}"
_ITEM_PARTS: dict[str, Callable[[str], str]] = {
    "at": _line, "why": lambda t: _EXPLAIN[t],
}

RULES: list[tuple[str, str, dict[str, Callable[[str], str]]]] = [
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
