"""A dossier as a plain JSON-ready record: every field of dossier.yml plus computed ones.

The record is the one shape behind `dossiers.json` and `dossiers/<slug>/dossier.json`;
its keys follow dossier.yml so that a reader who knows the input format knows
the output. Computed fields (addresses, outcome counts, later reuse) are added
beside them and never replace an input value.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..addresses import annex_url, case_url, dossier_url
from ..analyse import Analysis
from ..analyse.cases import number
from ..analyse.timeliness import Timeliness
from ..model.dossier import Annex, Dossier, Item, Reference, Withdrawal
from ..model.laws import LAWS
from ..model.outcomes import OUTCOMES
from ..model.status import is_withdrawn, withdrawal_reason
from .documents import inventory_record

# Bump when a field changes meaning or disappears; adding fields keeps the version.
FORMAT_VERSION = 1


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def outcome_counts(items: tuple[Item, ...]) -> dict[str, int]:
    """Item numbers per outcome, in the order of the outcome table; outcomes not used are left out."""
    counts = {key: 0 for key in OUTCOMES}
    for item in items:
        counts[item.outcome] += len(item.numbers)
    return {key: n for key, n in counts.items() if n}


def timeliness(result: Timeliness) -> dict[str, Any]:
    """The legal deadline and whether it was met, as plain values (rule: analyse/timeliness.py)."""
    return {
        "deadline": result.deadline.isoformat(),
        "term_weeks": result.weeks,
        "adjournment_counted": result.adjournment_counted,
        "suspended_days": result.suspended_days,
        "handling_days": result.handling_days,
        "days_late": result.days_late,
        "on_time": result.on_time,
    }


class Records:
    """Builds records for all published dossiers; `base_url` ends in '/' (may be '' for relative URLs)."""

    def __init__(self, analysis: Analysis, base_url: str) -> None:
        self.analysis = analysis
        self.dossiers = analysis.dossiers
        self.graph = analysis.reuse
        self.base_url = base_url

    def url(self, path: str) -> str:
        return self.base_url + path

    def dossier(self, d: Dossier) -> dict[str, Any]:
        law = LAWS[d.law]
        history = self.analysis.history_of(d.slug)
        changed = self.analysis.changes[d.slug]
        # A withdrawn decision is published as its facts only, like its page.
        withdrawn = is_withdrawn(d)
        replaced_by = d.status.replaced_by if d.status else None
        return {
            "slug": d.slug,
            "url": self.url(dossier_url(d.slug)),
            "json_url": self.url(dossier_url(d.slug) + "dossier.json"),
            "title": d.title,
            "organisation": d.organisation,
            "law": d.law,
            "law_title": law.title,
            "law_reason": d.law_reason,
            "reference": d.reference,
            "summary": d.summary,
            "topics": list(d.topics),
            "dates": {
                "received": _day(d.dates.received),
                "adjourned": _day(d.dates.adjourned),
                "decided": _day(d.dates.decided),
                "published": _day(d.dates.published),
                "updated": _day(d.dates.updated),
                "publication": _day(d.dates.publication),
                "last_change": _day(changed.day),
            },
            "suspensions": [
                {"from": _day(s.start), "to": _day(s.end), "reason": s.reason, "days": s.days,
                 "counted": s in self.analysis.timeliness[d.slug].suspended}
                for s in d.suspensions
            ],
            "status": d.status.kind if d.status else None,
            "status_reason": d.status.reason if d.status else None,
            "replaced_by": ({"slug": replaced_by, "url": self.url(dossier_url(str(replaced_by)))}
                            if replaced_by else None),
            "history": [{"date": _day(e.day), "kind": e.kind, "label": e.label} for e in history],
            "period": {"from": _day(d.period.start), "to": _day(d.period.end)} if d.period else None,
            "decision": d.letter_file.rsplit("/", 1)[-1],
            "letter_url": None if withdrawn else self.url(dossier_url(d.slug) + "#brief"),
            "letter": None if withdrawn else d.letter,
            "items_count": 0 if withdrawn else sum(len(item.numbers) for item in d.items),
            "outcome_counts": {} if withdrawn else outcome_counts(d.items),
            "timeliness": timeliness(self.analysis.timeliness[d.slug]),
            "items": [] if withdrawn else [self.item(d, item) for item in d.items],
            "inventory": None if withdrawn else inventory_record(d, self.url),
            # An annex withdrawn on its own stays listed, marked, without its file.
            "annexes": [] if withdrawn else [self.annex(d, a) for a in d.annexes],
            "reuses": [self.reference(ref) for ref in d.reuses],
            "reused_by": [
                {"slug": r.later, "url": self.url(dossier_url(r.later)), "items": list(r.items)}
                for r in self.graph.reused_by.get(d.slug, [])
            ],
            "case": self.case(d),
        }

    def case(self, d: Dossier) -> dict[str, Any] | None:
        """The request this decision is one part of: its parts on the site and which items
        each decided; handling time to the last part once every part is there."""
        case = self.analysis.case_of(d)
        if case is None or d.case is None:
            return None
        last = self.analysis.timeliness[case.last.slug] if case.complete else None
        return {
            "id": case.id,
            "title": case.title,
            "url": self.url(case_url(case.id)),
            "part": d.case.part,
            "parts": case.total,
            "complete": case.complete,
            "handling_days": last.handling_days if last else None,
            "last_decided": _day(case.last.dates.decided) if case.complete else None,
            # A withdrawn part's items are no longer published, here as on its own record.
            "parts_published": [
                {"part": number(p), "slug": p.slug, "url": self.url(dossier_url(p.slug)),
                 "decided": _day(p.dates.decided), "status": p.status.kind if p.status else None,
                 "items": [] if is_withdrawn(p) else sorted(n for item in p.items
                                                            for n in item.numbers)}
                for p in case.parts
            ],
        }

    def item(self, d: Dossier, item: Item) -> dict[str, Any]:
        law = LAWS[d.law]
        section = next((s for n in item.numbers if (s := d.section_for(n))), None)
        return {
            "item": list(item.numbers),
            "request": item.request,
            "outcome": item.outcome,
            "outcome_label": OUTCOMES[item.outcome].label,
            "answer": item.answer,
            "grounds": [
                {"code": code, "name": law.grounds[code].name,
                 "url": law.ground_url(law.grounds[code])}
                for code in item.grounds
            ],
            "documents": [self.document(d, file) for file in item.documents],
            "reuses": [self.reference(ref) for ref in item.reuses],
            "links": [{"title": link.title, "url": link.url} for link in item.links],
            "letter_section_url": (self.url(dossier_url(d.slug) + "#" + section.anchor)
                                   if section else None),
        }

    def annex(self, d: Dossier, a: Annex) -> dict[str, Any]:
        if a.withdrawn is not None:
            return {"file": a.file, "title": a.title, "url": None, "size": None, "pages": None,
                    "withdrawn": self.withdrawal(a.withdrawn)}
        return {"file": a.file, "title": a.title, "url": self.url(annex_url(d.slug, a.file)),
                "size": a.size, "pages": a.pages, "withdrawn": None}

    def document(self, d: Dossier, file: str) -> dict[str, Any]:
        annex = d.annex(file)
        if annex is not None and annex.withdrawn is not None:
            return {"file": file, "url": None, "withdrawn": self.withdrawal(annex.withdrawn)}
        return {"file": file, "url": self.url(annex_url(d.slug, file)), "withdrawn": None}

    @staticmethod
    def withdrawal(w: Withdrawal) -> dict[str, Any]:
        return {"date": _day(w.day), "reason": w.reason, "reason_label": withdrawal_reason(w)}

    def reference(self, ref: Reference) -> dict[str, Any]:
        if ref.slug is not None:
            target = self.dossiers.get(ref.slug)
            return {"slug": ref.slug, "title": target.title if target else None,
                    "url": self.url(dossier_url(ref.slug))}
        return {"slug": None, "title": ref.title, "url": ref.url}
