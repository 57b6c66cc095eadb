"""The status fields of dossier.yml belong together (the rule itself: model/status.py)."""

from __future__ import annotations

from ..source.dossier_source import DossierSource


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
