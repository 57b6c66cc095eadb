"""A problem found in a dossier, worded for the communications team."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any, Literal

from .. import messages

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One error or warning, naming the dossier, the file, the field and the line.

    `file` is relative to the project root (e.g. ``dossiers/2021-cas/dossier.yml``)
    so that the message can be pasted into an editor's "go to file".

    A problem made by code (``Problem(slug, file, code="ground-unknown", params={...})``)
    gets its English `message` from the catalogue in `messages/`, and `dutch()`
    words it from the same code and parameters. Every check of the package gives
    a code (tests/test_messages.py); a problem made with only a `message` is shown
    as it is, in both languages.
    """

    dossier: str
    file: str
    message: str = ""
    field: str | None = None
    line: int | None = None
    severity: Severity = "error"
    code: str | None = None
    params: Mapping[str, Any] = _field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.code is not None and not self.message:
            object.__setattr__(self, "message", messages.english(self.code, self.params))

    def dutch(self) -> str:
        """The message in Dutch, for the communications team."""
        if self.code is not None:
            return messages.dutch(self.code, self.params)
        return self.message

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        return self.text("en")

    def text(self, language: str) -> str:
        """The one line a user sees, in English ("en") or Dutch ("nl")."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        name = self.field
        if language == "nl" and name:
            name = messages.dutch_field(name)
        field = f" {name}:" if name else ""
        message = self.dutch() if language == "nl" else self.message
        return f"{where}: [{self.dossier}]{field} {message}"


def field_path(path: tuple[str | int, ...]) -> str:
    """Render a path into a YAML document as ``items[2].grounds[0]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
