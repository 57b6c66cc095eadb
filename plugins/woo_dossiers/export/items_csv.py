"""items.csv: one row per item of every dossier, for spreadsheets and analysis.

RFC 4180 (commas, double quotes, CRLF line ends), UTF-8. A cell holding several
values (item numbers answered together, grounds, documents, references) puts
one value per line inside the cell: no separator character can clash with a
title or URL, and spreadsheets show the values one under the other.
"""

from __future__ import annotations

import csv
import io
from typing import Any

# Column -> how to take it from a dossier record and one of its item records.
COLUMNS = (
    "dossier", "dossier_url", "title", "organisation", "law", "reference", "decided",
    "item", "request", "outcome", "outcome_label", "answer", "grounds", "ground_names",
    "documents", "document_urls", "reuses", "reuse_titles", "links", "link_titles",
    "letter_section_url", "law_reason", "suspended_days", "withdrawn_documents",
    "case", "case_part",
)

LIST_SEPARATOR = "\n"


def _cell(values: list[Any]) -> str:
    return LIST_SEPARATOR.join("" if v is None else str(v) for v in values)


def item_row(dossier: dict[str, Any], item: dict[str, Any]) -> dict[str, str]:
    return {
        "dossier": dossier["slug"],
        "dossier_url": dossier["url"],
        "title": dossier["title"],
        "organisation": dossier["organisation"],
        "law": dossier["law"],
        "reference": dossier["reference"] or "",
        "decided": dossier["dates"]["decided"],
        "item": _cell(item["item"]),
        "request": item["request"],
        "outcome": item["outcome"],
        "outcome_label": item["outcome_label"],
        "answer": item["answer"] or "",
        "grounds": _cell([g["code"] for g in item["grounds"]]),
        "ground_names": _cell([g["name"] for g in item["grounds"]]),
        "documents": _cell([doc["file"] for doc in item["documents"]]),
        "document_urls": _cell([doc["url"] for doc in item["documents"]]),
        # An earlier dossier on this site by its slug, one elsewhere by its URL.
        "reuses": _cell([ref["slug"] or ref["url"] for ref in item["reuses"]]),
        "reuse_titles": _cell([ref["title"] for ref in item["reuses"]]),
        "links": _cell([link["url"] for link in item["links"]]),
        "link_titles": _cell([link["title"] for link in item["links"]]),
        "letter_section_url": item["letter_section_url"] or "",
        "law_reason": dossier["law_reason"] or "",
        "suspended_days": dossier["timeliness"]["suspended_days"],
        # Taken off the site one by one: their document_urls are empty.
        "withdrawn_documents": _cell([doc["file"] for doc in item["documents"] if doc["withdrawn"]]),
        # A request decided in parts: its id and the part that decided this item.
        "case": dossier["case"]["id"] if dossier["case"] else "",
        "case_part": dossier["case"]["part"] if dossier["case"] else "",
    }


def item_rows(dossier: dict[str, Any]) -> list[dict[str, str]]:
    """The rows of one dossier record."""
    return [item_row(dossier, item) for item in dossier["items"]]


def csv_writer(out: Any, columns: tuple[str, ...]) -> csv.DictWriter[str]:
    """A writer with the header written: RFC 4180 line ends, as every CSV of the site."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    return writer



def csv_rows(writer: csv.DictWriter[str], rows: list[dict[str, Any]]) -> str:
    """Rows as `writer` writes them, as text (a dossier's part of a site-wide CSV)."""
    out = io.StringIO(newline="")
    csv.DictWriter(out, fieldnames=writer.fieldnames, lineterminator="\r\n").writerows(rows)
    return out.getvalue()
