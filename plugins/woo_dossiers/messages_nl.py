"""Dutch wording of the build's problem messages, for the communications team.

Every message but those of inventory/checks.py carries a code and is worded
from the catalogue in messages/ (`Problem.dutch()`); this table words those
last ones, by matching the English message by pattern and filling a Dutch
template with the same parts (their rules live in inventory/messages_nl.py). It
goes once they have codes too (issue 15). A message the table does not know is
shown in English, so a new check is never hidden. `translate_field` words a
field name for the team.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .inventory.messages_nl import RULES as _INVENTORY_RULES


def _and(text: str) -> str:
    return text.replace(" and ", " en ")


# (English pattern, Dutch template, converters for parts that are English words).
_RULES: list[tuple[str, str, dict[str, Callable[[str], str]]]] = list(_INVENTORY_RULES)

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
