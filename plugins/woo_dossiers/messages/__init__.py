"""Every message the checks can give, by code, in English and Dutch.

A problem carries a stable code and named parameters; its words are made here.
The English template is what the build log and the tests read; the Dutch one,
with the same parameter names, is what the communications team reads
(`woo controleer`, the pull request comment, docs/handleiding/meldingen.md).
The tools' own lines (`importer.py`, `cli.py`) are tables of the same kind, apart
in `TOOL_AREAS`, and reach code as `said.Said`.
Both templates of a code sit side by side in one table per area (`dossier.py`,
...), so rewording a message changes one row and cannot lose its Dutch.

A plain table rather than gettext: the Dutch is written together with the
English by the same developer, there are two languages and no translators, and
a table is checked by the tests (same parameters, every code produced, every
Dutch template in the guide) without a .po toolchain in CI.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Params = Mapping[str, Any]
Part = Callable[[Any], str]


@dataclass(frozen=True)
class Message:
    """One message: its English and Dutch templates (``str.format`` with named parameters).

    `en_parts`/`nl_parts` word a parameter whose value is not text to show as it
    is (a list of names, an outcome key, a number with a decimal point): the
    value goes in, the words of that language come out. A parameter without a
    part is shown with ``str()``.
    """

    en: str
    nl: str
    en_parts: Mapping[str, Part] = field(default_factory=dict)
    nl_parts: Mapping[str, Part] = field(default_factory=dict)


def template_names(template: str) -> set[str]:
    """The parameter names a template uses ("{{" is literal text, not a name)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _fill(template: str, parts: Mapping[str, Part], params: Params) -> str:
    values = {name: parts[name](value) if name in parts else str(value)
              for name, value in params.items()}
    return template.format(**values)


def _message(code: str) -> Message:
    return CATALOGUE[code] if code in CATALOGUE else SAID[code]


def english(code: str, params: Params) -> str:
    message = _message(code)
    return _fill(message.en, message.en_parts, params)


def dutch(code: str, params: Params) -> str:
    message = _message(code)
    return _fill(message.nl, message.nl_parts, params)


def guide_heading(code: str) -> str:
    """The Dutch template as docs/handleiding/meldingen.md heads it: `…` for each parameter."""
    out = ""
    for literal, name, _, _ in string.Formatter().parse(CATALOGUE[code].nl):
        out += literal + ("…" if name else "")
    return out


def dutch_field(field: str) -> str:
    """`items[13].grounds[0] (item 8 and 9)` -> `items[13].grounds[0] (onderdeel 8 en 9)`."""
    match = re.fullmatch(r"(?P<path>.*) \(item (?P<numbers>.+)\)", field)
    if not match:
        return field
    return f"{match['path']} (onderdeel {match['numbers'].replace(' and ', ' en ')})"


def _tables() -> dict[str, dict[str, Message]]:
    # Imported here: the tables read outcomes.py and laws.py, which need nothing from here.
    from . import annex, dossier, inventory, markdown_text, refusal, schema, yaml_file
    return {"dossier": dossier.MESSAGES, "annex": annex.MESSAGES, "yaml": yaml_file.MESSAGES,
            "markdown": markdown_text.MESSAGES, "refusal": refusal.MESSAGES,
            "inventory": inventory.MESSAGES, "schema": schema.MESSAGES}


def _tool_tables() -> dict[str, dict[str, Message]]:
    from . import cli, importer
    return {"importer": importer.MESSAGES, "cli": cli.MESSAGES}


AREAS: dict[str, dict[str, Message]] = _tables()
CATALOGUE: dict[str, Message] = {code: m for table in AREAS.values() for code, m in table.items()}
# What the team's tools say themselves (`woo importeer`'s report and draft, the `woo`
# commands' errors and hints): no problem in a dossier, so not in the build messages'
# guide (docs/handleiding/meldingen.md), but worded the same way, by code (said.py).
TOOL_AREAS: dict[str, dict[str, Message]] = _tool_tables()
SAID: dict[str, Message] = {code: m for table in TOOL_AREAS.values() for code, m in table.items()}
