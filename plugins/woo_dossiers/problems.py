"""A problem found in a dossier, worded for the communications team."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One error or warning, naming the dossier, the file, the field and the line.

    `file` is relative to the project root (e.g. ``dossiers/2021-cas/dossier.yml``)
    so that the message can be pasted into an editor's "go to file".
    """

    dossier: str
    file: str
    message: str
    field: str | None = None
    line: int | None = None
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}:" if self.field else ""
        return f"{where}: [{self.dossier}]{field} {self.message}"


def field_path(path: tuple[str | int, ...]) -> str:
    """Render a path into a YAML document as ``items[2].grounds[0]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
