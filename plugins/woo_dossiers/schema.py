"""Validate dossier.yml against the JSON Schema and word each error for people.

The schema file is the single source of the structure: the build uses it here,
editors use it through the `# yaml-language-server: $schema=...` line.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from .problems import field_path
from .yamlsafe import Path_, YamlDocument

SCHEMA_FILE = "dossier.schema.json"


@cache
def dossier_schema() -> dict[str, Any]:
    text = resources.files("woo_dossiers").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(dossier_schema(), format_checker=FormatChecker())


def as_json(value: Any) -> Any:
    """YAML dates become ISO strings: the schema (and JSON) know no date type."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def schema_errors(doc: YamlDocument) -> list[tuple[Path_, str]]:
    """(path, message) for every way the document breaks the schema, in file order."""
    data = as_json(doc.data)
    found = []
    for error in _validator().iter_errors(data):
        path, message = _explain(error, doc)
        found.append((path, message))
    found.sort(key=lambda pm: (doc.line_of(pm[0]) or 0, field_path(pm[0])))
    return found


_PATTERN_HINTS = {
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "a date written as YYYY-MM-DD, e.g. 2021-05-10",
    "^https?://": "a web address starting with https://",
    "\\.pdf$": "a PDF file name ending in .pdf",
    "\\.md$": "a Markdown file name ending in .md",
    "^[a-z0-9]+(-[a-z0-9]+)*$": "a dossier slug: lower-case letters, digits and hyphens",
}
_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "array": "a list",
    "object": "a mapping of fields",
}


def _explain(error: ValidationError, doc: YamlDocument) -> tuple[Path_, str]:
    path: Path_ = tuple(error.absolute_path)
    kind = error.validator
    value = error.instance
    if kind == "required":
        missing = next(name for name in error.validator_value if name not in value)
        return (*path, missing), f"the required field '{missing}' is missing"
    if kind == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = sorted(set(value) - set(known))
        return (*path, extra[0]), (
            f"unknown field '{', '.join(extra)}'; expected one of: {', '.join(known)}"
        )
    if kind == "enum":
        allowed = ", ".join(str(option) for option in error.validator_value)
        shown = f"'{value}'" if isinstance(value, str) else _read_as(path, value, doc)
        return path, f"{shown} is not allowed; expected one of: {allowed}"
    if kind == "type":
        wanted = _TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
        return path, f"expected {wanted}, but {_read_as(path, value, doc)}{_quote_hint(path, doc)}"
    if kind == "pattern":
        hint = _PATTERN_HINTS.get(error.validator_value, f"text matching {error.validator_value}")
        return path, f"'{value}' is not {hint}"
    if kind == "format":
        return path, f"'{value}' is not a date that exists; expected YYYY-MM-DD"
    if kind == "minLength":
        return path, "must not be empty"
    if kind == "minItems":
        return path, "must list at least one entry"
    if kind == "uniqueItems":
        return path, "lists the same value twice"
    if kind == "minimum":
        return path, f"{value} is too small; item numbers start at 1"
    if kind == "oneOf":
        return path, _one_of_message(error, path, value, doc)
    return path, error.message


def _one_of_message(error: ValidationError, path: Path_, value: Any, doc: YamlDocument) -> str:
    if path and path[-1] == "item":
        return (f"expected an item number or a list of numbers such as [8, 9], but "
                f"{_read_as(path, value, doc)}{_quote_hint(path, doc)}")
    return ("expected the slug of a dossier on this site (lower-case letters, digits, hyphens) "
            f"or a mapping with title and url, but {_read_as(path, value, doc)}")


def _read_as(path: Path_, value: Any, doc: YamlDocument) -> str:
    """How YAML read a value, shown with the text as written when they differ."""
    raw = doc.raw.get(path)
    shown = json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool | int | float) or value is None:
        kind = "yes/no value" if isinstance(value, bool) else "number"
        kind = "empty value" if value is None else kind
        if raw is not None and raw != shown:
            return f"YAML read {raw!r} as the {kind} {shown}"
        return f"YAML read {shown} as a {kind}"
    if isinstance(value, dict):
        return "found a mapping"
    if isinstance(value, list):
        return "found a list"
    return f"found {shown}"


def _quote_hint(path: Path_, doc: YamlDocument) -> str:
    raw = doc.raw.get(path)
    if path in doc.plain and raw:
        return f"; put it in quotes: \"{raw}\""
    return ""
