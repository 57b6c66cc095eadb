"""What a YAML syntax error most likely means, said as what to do.

PyYAML says where it got stuck ("mapping values are not allowed here", line 15), which is
often a line after the mistake and never what to change. The commonest mistakes of people
who write dossier.yml by hand each leave a recognisable shape in the lines around that
point: a colon inside an unquoted text, a line indented further or less far than the
fields beside it, a field name without its colon, a quote or bracket left open. Each gets a
message code of its own (messages/yaml_file.py); anything else stays "yaml-syntax" with
PyYAML's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# "key: value" on one line (in a list item too); the value is plain text, not quoted.
_FIELD = re.compile(r"^(?P<indent> *)(?:- +)?(?P<key>[\w-]+):(?: +(?P<value>.*))?$")


@dataclass(frozen=True)
class Diagnosis:
    code: str
    params: dict[str, Any]
    line: int | None


def diagnose(text: str, problem: str, line: int | None, context_line: int | None) -> Diagnosis:
    """`line` is where PyYAML got stuck (1-based), `context_line` where what it was reading began."""
    lines = text.splitlines()
    if line is None or not 1 <= line <= len(lines) + 1:
        return Diagnosis("yaml-syntax", {"problem": problem}, line)
    current = lines[line - 1] if line <= len(lines) else ""
    above = _line_above(lines, line)
    if problem == "mapping values are not allowed here":
        field = _FIELD.match(current)
        if field and field["value"] and ": " in field["value"] + " " and not _quoted(field["value"]):
            return Diagnosis("yaml-colon-in-value", {"key": field["key"]}, line)
        if above is not None and _indent(current) > _indent(lines[above - 1]) \
                and _has_value(lines[above - 1]):
            return Diagnosis("yaml-indent-deeper", {"above": above}, line)
    if problem.startswith("expected <block end>, but found") and above is not None:
        return Diagnosis("yaml-indent-uneven", {"spaces": _indent(current)}, line)
    if problem == "could not find expected ':'" and context_line is not None:
        return Diagnosis("yaml-missing-colon", {}, context_line)
    if problem == "found unexpected end of stream" and context_line is not None:
        return Diagnosis("yaml-not-closed", {}, context_line)
    if problem.startswith(("expected ',' or ']'", "expected ',' or '}'")) and context_line:
        return Diagnosis("yaml-not-closed", {}, context_line)
    return Diagnosis("yaml-syntax", {"problem": problem}, line)


def _line_above(lines: list[str], line: int) -> int | None:
    """The nearest line above `line` (1-based) with something on it but a comment."""
    for number in range(line - 1, 0, -1):
        stripped = lines[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            return number
    return None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _has_value(text: str) -> bool:
    """A field that has its value on its own line (so nothing may be nested under it)."""
    field = _FIELD.match(text)
    return bool(field and field["value"] and field["value"][0] not in "|>")


def _quoted(value: str) -> bool:
    return value[:1] in {'"', "'"}
