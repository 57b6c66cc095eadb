"""The status fields of dossier.yml belong together, and so do an annex's withdrawal
and its dossier (the rule itself: model/status.py)."""

from __future__ import annotations

from ..model.status import WITHDRAWAL_REASONS
from ..source.dossier_source import DossierSource
from .validate import as_date


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


def check_withdrawals(src: DossierSource) -> None:
    """A withdrawn annex names a known reason and a day after the decision; its file should go."""
    decided = as_date(src.data["dates"]["decided"])
    for index, annex in enumerate(src.data.get("annexes", [])):
        withdrawal = annex.get("withdrawn")
        if not withdrawal:
            continue
        path = ("annexes", index, "withdrawn")
        name = annex["file"]
        if withdrawal["reason"] not in WITHDRAWAL_REASONS:
            src.report((*path, "reason"), "withdrawal-reason-unknown",
                       {"file": name, "reason": withdrawal["reason"],
                        "reasons": list(WITHDRAWAL_REASONS)})
        day = as_date(withdrawal["date"])
        if day < decided:
            src.report((*path, "date"), "withdrawn-before-decision",
                       {"file": name, "date": day.isoformat(), "decided": decided.isoformat()})
        # The file stays in the repository (and so in every clone) while it is in the folder.
        if (src.folder / name).is_file() and "/" not in name:
            src.report(path, "withdrawn-file-present", {"file": name}, severity="warning")
