"""A dossier that is withdrawn or replaced keeps its page, with a notice.

`status: withdrawn | replaced`, `status_reason` (for visitors) and, for a
replaced decision, `replaced_by` (the slug of the new dossier) in dossier.yml.
The URL of a published dossier never turns into a 404: people cite it.
"""

from __future__ import annotations

from typing import Any

from .model import Annex, Dossier, Status
from .validate import DossierSource


def is_withdrawn(dossier: Dossier) -> bool:
    """A withdrawn decision keeps its address and facts; its letter and annexes are gone."""
    return dossier.status is not None and dossier.status.kind == "withdrawn"


def published_annexes(dossier: Dossier) -> tuple[Annex, ...]:
    """The annexes on the site (and in its open data): a withdrawn decision's are taken off."""
    return () if is_withdrawn(dossier) else dossier.annexes


def shows_inventory(dossier: Dossier) -> bool:
    """Whether the inventory list (page and data files) is published: not once withdrawn."""
    return not is_withdrawn(dossier)


def status_from(data: dict[str, Any]) -> Status | None:
    """The dossier's status from its checked dossier.yml; None for a decision in force."""
    kind = data.get("status")
    if kind not in ("withdrawn", "replaced"):
        return None
    replaced_by = data.get("replaced_by")
    return Status(str(kind), str(data.get("status_reason", "")),
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
