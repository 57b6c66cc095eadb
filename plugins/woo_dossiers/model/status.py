"""A dossier that is withdrawn or replaced keeps its page, with a notice.

`status: withdrawn | replaced`, `status_reason` (for visitors) and, for a
replaced decision, `replaced_by` (the slug of the new dossier) in dossier.yml.
The URL of a published dossier never turns into a 404: people cite it.
"""

from __future__ import annotations

from typing import Any

from .dossier import Annex, Dossier, Status


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
