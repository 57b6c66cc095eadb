"""Collects the inventory's problems, all about one file of one dossier."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..messages.problems import Problem, Severity


@dataclass
class Report:
    dossier: str  # slug
    file: str  # path relative to the project root, e.g. dossiers/x/inventory.csv
    problems: list[Problem] = field(default_factory=list)

    def error(
        self, message: str, *, field: str | None = None, line: int | None = None,
        severity: Severity = "error",
    ) -> None:
        self.problems.append(Problem(self.dossier, self.file, message, field, line, severity))

    def report(self, code: str, params: dict[str, object] | None = None, *,
               field: str | None = None, line: int | None = None) -> None:
        """The error `code` of messages/ (checks.py's messages still use `error`)."""
        self.problems.append(Problem(self.dossier, self.file, field=field, line=line, code=code,
                                     params=params or {}))
