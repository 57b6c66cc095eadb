"""A dossier that is withdrawn or replaced keeps its page, with a notice.

`status: withdrawn | replaced`, `status_reason` (for visitors) and, for a
replaced decision, `replaced_by` (the slug of the new dossier) in dossier.yml.
The URL of a published dossier never turns into a 404: people cite it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Dossier
from .validate import DossierSource

FIELDS = ("status", "status_reason", "replaced_by")


@dataclass(frozen=True)
class Status:
    kind: str  # withdrawn | replaced
    reason: str
    replaced_by: str | None = None


def extra_fields(data: dict[str, Any]) -> dict[str, object]:
    """The status fields for `Dossier.extra` (the loader copies them over)."""
    return {name: data[name] for name in FIELDS if name in data}


def status_of(dossier: Dossier) -> Status | None:
    kind = dossier.extra.get("status")
    if kind not in ("withdrawn", "replaced"):
        return None
    replaced_by = dossier.extra.get("replaced_by")
    return Status(str(kind), str(dossier.extra.get("status_reason", "")),
                  str(replaced_by) if replaced_by else None)


def check(src: DossierSource) -> None:
    """The status fields belong together; the schema has checked each one's form."""
    data = src.data
    kind = data.get("status")
    if kind and not data.get("status_reason"):
        src.report(("status",), "status-needs-reason", {"status": kind})
    if data.get("status_reason") and not kind:
        src.report(("status_reason",), "reason-without-status")
    if kind == "replaced" and not data.get("replaced_by"):
        src.report(("status",), "replaced-needs-successor")
    if data.get("replaced_by") and kind != "replaced":
        src.report(("replaced_by",), "successor-without-replaced")
    if data.get("replaced_by") == src.slug:
        src.report(("replaced_by",), "replaces-itself")


def check_replacements(sources: dict[str, DossierSource]) -> None:
    """`replaced_by` must name another dossier on the site."""
    for src in sources.values():
        data = src.data if src.doc.data is not None else {}
        target = data.get("replaced_by") if isinstance(data, dict) else None
        if isinstance(target, str) and target != src.slug and target not in sources:
            src.report(("replaced_by",), "successor-unknown", {"slug": target})
