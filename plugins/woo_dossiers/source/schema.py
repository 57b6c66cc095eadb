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

from ..messages.problems import field_path
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


def schema_errors(doc: YamlDocument) -> list[tuple[Path_, str, dict[str, Any]]]:
    """(path, code, params) for every way the document breaks the schema, in file order.

    The codes and their words are in messages/schema.py.
    """
    data = as_json(doc.data)
    found = [explained for error in _validator().iter_errors(data)
             for explained in _each_missing(error, doc)]
    found.sort(key=lambda found: (doc.line_of(found[0]) or 0, field_path(found[0])))
    return found


def _each_missing(error: ValidationError, doc: YamlDocument) -> list[tuple[Path_, str, dict[str, Any]]]:
    """One problem per missing field (jsonschema reports them together), else `_explain`."""
    if error.validator == "required" and isinstance(error.instance, dict):
        path: Path_ = tuple(error.absolute_path)
        return [((*path, name), "field-required", {"field": name})
                for name in error.validator_value if name not in error.instance]
    return [_explain(error, doc)]


def _explain(error: ValidationError, doc: YamlDocument) -> tuple[Path_, str, dict[str, Any]]:
    path: Path_ = tuple(error.absolute_path)
    kind = error.validator
    value = error.instance
    if kind == "required":
        missing = next(name for name in error.validator_value if name not in value)
        return (*path, missing), "field-required", {"field": missing}
    if kind == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = sorted(set(value) - set(known))
        return (*path, extra[0]), "field-unknown", {"field": ", ".join(extra),
                                                    "known": ", ".join(known)}
    if kind == "enum":
        allowed = ", ".join(str(option) for option in error.validator_value)
        read = {"how": "text", "shown": value} if isinstance(value, str) else _read(path, value, doc)
        return path, "value-not-allowed", {"read": read, "allowed": allowed}
    if kind == "type":
        return path, "wrong-type", {"wanted": str(error.validator_value),
                                    "read": _read(path, value, doc, quote=True)}
    if kind == "pattern":
        return path, "pattern-mismatch", {"value": value, "pattern": error.validator_value}
    if kind == "format":
        return path, "date-not-real", {"value": value}
    if kind == "minLength":
        return path, "empty", {}
    if kind == "minItems":
        return path, "no-entries", {}
    if kind == "uniqueItems":
        return path, "same-value-twice", {}
    if kind == "maximum":  # only case.part and case.parts have one
        return path, "case-number-too-large", {"value": value, "maximum": error.validator_value}
    if kind == "minimum":
        return path, "item-number-too-small", {"value": value}
    if kind == "oneOf" and path and path[-1] == "item":
        return path, "item-number-wrong", {"read": _read(path, value, doc, quote=True)}
    if kind == "oneOf":
        return path, "reference-wrong", {"read": _read(path, value, doc)}
    return path, "schema-other", {"message": error.message}


def _read(path: Path_, value: Any, doc: YamlDocument, quote: bool = False) -> dict[str, Any]:
    """How YAML read a value (for messages/schema.py), with the text as written when they differ.

    With `quote`, also the plain text to put in quotes (YAML read it as something else).
    """
    raw = doc.raw.get(path)
    shown = json.dumps(value, ensure_ascii=False)
    read: dict[str, Any]
    if isinstance(value, bool | int | float) or value is None:
        kind = "yes/no value" if isinstance(value, bool) else "number"
        kind = "empty value" if value is None else kind
        if raw is not None and raw != shown:
            read = {"how": "as-the", "raw": raw, "kind": kind, "shown": shown}
        else:
            read = {"how": "as-a", "kind": kind, "shown": shown}
    elif isinstance(value, dict):
        read = {"how": "mapping"}
    elif isinstance(value, list):
        read = {"how": "list"}
    else:
        read = {"how": "found", "shown": shown}
    read["quote"] = raw if quote and path in doc.plain and raw else ""
    return read
