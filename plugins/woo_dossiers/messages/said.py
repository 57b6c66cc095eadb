"""A line a tool says to the team (`woo importeer`, `woo nieuw`, ...), made from its code.

`Said("import-slug-taken", slug=..., path=...)` is a str: the Dutch words, which is
what the team reads and what the tools print, so it goes wherever text went before
(a report line, a `# CONTROLEER` reason, an exception's message). It keeps its code
and parameters, so `.english()` words the same line from the English template.
A parameter that is itself a `Said` is worded in the language asked for.
"""

from __future__ import annotations

from typing import Any

from . import dutch as _dutch
from . import english as _english


class Said(str):
    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Said:
        self = super().__new__(cls, _dutch(code, _worded(params, "nl")))
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_said, (self.code, self.params))

    def dutch(self) -> str:
        return str.__str__(self)

    def english(self) -> str:
        return _english(self.code, _worded(self.params, "en"))


def _said(code: str, params: dict[str, Any]) -> Said:
    return Said(code, **params)


def _worded(params: dict[str, Any], language: str) -> dict[str, Any]:
    return {name: in_language(value, language) for name, value in params.items()}


def in_language(value: Any, language: str) -> Any:
    """A Said in `language` ("en" or "nl"); any other value as it is."""
    if isinstance(value, Said):
        return value.english() if language == "en" else value.dutch()
    return value
