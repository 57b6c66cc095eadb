"""What the build knows of one annex PDF: plain values that cross process boundaries.

These dataclasses travel from the worker process to the build (pickled) and
into the cache (as JSON), so they hold only strings, ints and tuples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One thing wrong with an annex, worded for the communications team.

    `code` is a stable identifier for programs (the plugin, the cleaning
    command, tests); `message` says in plain words what is wrong and what to do.
    The plugin prefixes the dossier and the file.
    """

    code: str
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    size: int  # bytes
    title: str | None
    text: tuple[str, ...]  # extracted text per page
    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)


def to_plain(result: PdfFacts | str) -> dict[str, Any]:
    """A JSON-ready form of a read result (for the cache)."""
    if isinstance(result, str):
        return {"refused": result}
    return {
        "pages": result.pages,
        "size": result.size,
        "title": result.title,
        "text": list(result.text),
        "findings": [[f.code, f.severity, f.message] for f in result.findings],
    }


def from_plain(data: dict[str, Any]) -> PdfFacts | str:
    """Inverse of `to_plain`; raises ValueError/KeyError/TypeError on a malformed entry."""
    if "refused" in data:
        reason = data["refused"]
        if not isinstance(reason, str):
            raise TypeError("refused reason is not a string")
        return reason
    findings = []
    for code, severity, message in data["findings"]:
        if severity not in ("error", "warning"):
            raise ValueError(f"unknown severity {severity!r}")
        findings.append(Finding(str(code), severity, str(message)))
    text = data["text"]
    if not isinstance(text, list) or not all(isinstance(t, str) for t in text):
        raise TypeError("text is not a list of strings")
    title = data["title"]
    if title is not None and not isinstance(title, str):
        raise TypeError("title is not a string")
    return PdfFacts(
        pages=int(data["pages"]),
        size=int(data["size"]),
        title=title,
        text=tuple(text),
        findings=tuple(findings),
    )
