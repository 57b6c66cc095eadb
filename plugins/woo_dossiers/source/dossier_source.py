"""A dossier as read from disk: its YAML, its letter and the problems found so far.

The loading stage makes one per folder; the checks (checks/) report on it by
message code; the loader turns a source without errors into a model Dossier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..messages.problems import Problem, field_path
from .letter import Letter
from .yamlsafe import Path_, YamlDocument


@dataclass
class DossierSource:
    """A dossier as read from disk, before it becomes a model."""

    slug: str
    folder: Path
    yml_file: str  # relative to the project root, for messages
    doc: YamlDocument
    letter: Letter | None = None
    letter_file: str = ""
    problems: list[Problem] = field(default_factory=list)
    # Top-level fields of dossier.yml that failed the schema or could not be read ("*": the
    # whole file): checks and steps that read them are skipped, the others still run.
    broken: frozenset[str] = frozenset()

    @property
    def data(self) -> dict[str, Any]:
        return self.doc.data

    @property
    def errors(self) -> list[Problem]:
        """The problems that leave the dossier out (a warning does not)."""
        return [p for p in self.problems if p.is_error]

    def error(self, path: Path_, message: str, file: str | None = None,
              line: int | None = None) -> None:
        """A problem worded outside the catalogue (schema and YAML errors for now)."""
        self._add(path, file, line, message=message)

    def report(self, path: Path_, code: str, params: dict[str, Any] | None = None,
               file: str | None = None, line: int | None = None,
               severity: str = "error") -> None:
        """The problem `code` of messages/ at `path` of dossier.yml (or at `line` of `file`)."""
        self._add(path, file, line, code=code, params=params or {}, severity=severity)

    def _add(self, path: Path_, file: str | None, line: int | None, **words: Any) -> None:
        self.problems.append(Problem(
            dossier=self.slug,
            file=file or self.yml_file,
            field=self._field_name(path),
            line=line if line is not None else (self.doc.line_of(path) if file is None else None),
            **words,
        ))


    def _field_name(self, path: Path_) -> str | None:
        """`items[13].grounds[0] (item 15)`: the index is YAML's, the number is the team's."""
        name = field_path(path) or None
        if name and len(path) >= 2 and path[0] == "items" and isinstance(path[1], int):
            try:
                numbers = self.data["items"][path[1]]["item"]
            except (KeyError, IndexError, TypeError):
                return name
            if isinstance(numbers, list):
                numbers = " and ".join(str(n) for n in numbers)
            name += f" (item {numbers})"
        return name
