"""What a withdrawn decision, or a withdrawn annex, keeps on the site.

A whole decision: `status: withdrawn | replaced`, `status_reason` (for visitors) and,
for a replaced decision, `replaced_by` (the slug of the new dossier) in dossier.yml.
One annex: `withdrawn: {date, reason}` on its entry under `annexes`, the reason a key
of WITHDRAWAL_REASONS. The URL of a published dossier never turns into a 404: people
cite it; a withdrawn annex's text page becomes a notice saying when and why.
Pages, feeds and exports ask this module, so the rule is applied in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .dossier import Annex, Dossier, Status, Withdrawal


@dataclass(frozen=True)
class WithdrawalReason:
    key: str  # the value of `reason:` in dossier.yml
    label: str  # Dutch, shown to visitors: "ingetrokken omdat het ..."


# Why one annex is taken off the site; the order is the guide's and the schema's.
WITHDRAWAL_REASONS: dict[str, WithdrawalReason] = {
    r.key: r
    for r in (
        WithdrawalReason("personal-data", "het persoonsgegevens bevatte die niet openbaar "
                                          "gemaakt hadden mogen worden"),
        WithdrawalReason("confidential", "het andere informatie bevatte die niet openbaar "
                                         "gemaakt had mogen worden"),
        WithdrawalReason("wrong-file", "het een verkeerd bestand was"),
        WithdrawalReason("unreadable", "het bestand onleesbaar of beschadigd was"),
    )
}


def is_withdrawn(dossier: Dossier) -> bool:
    """A withdrawn decision keeps its address and facts; its letter and annexes are gone."""
    return dossier.status is not None and dossier.status.kind == "withdrawn"


def published_annexes(dossier: Dossier) -> tuple[Annex, ...]:
    """The annexes on the site (and in its open data): a withdrawn decision's are taken off,
    and so is each annex withdrawn on its own."""
    if is_withdrawn(dossier):
        return ()
    return tuple(a for a in dossier.annexes if a.withdrawn is None)


def withdrawn_annexes(dossier: Dossier) -> tuple[Annex, ...]:
    """The annexes withdrawn one by one, each with its notice (none once the decision is)."""
    if is_withdrawn(dossier):
        return ()
    return tuple(a for a in dossier.annexes if a.withdrawn is not None)


def withdrawal_reason(withdrawal: Withdrawal) -> str:
    """Why, in Dutch words that follow "ingetrokken omdat"."""
    return WITHDRAWAL_REASONS[withdrawal.reason].label


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
