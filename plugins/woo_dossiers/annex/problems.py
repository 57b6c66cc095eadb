"""Findings about an annex as Problems, the build's one way of reporting."""

from __future__ import annotations

from ..messages.problems import Problem
from .facts import PdfFacts


def annex_problems(slug: str, file: str, field: str, facts: PdfFacts) -> list[Problem]:
    """`file` is the PDF's path relative to the project root; `field` e.g. ``annexes[1]``."""
    return [
        Problem(dossier=slug, file=file, field=field, severity=finding.severity,
                code=finding.code, params=finding.params)
        for finding in facts.findings
    ]
