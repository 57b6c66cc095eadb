"""The inventories in the site-wide open data: a record per dossier, documents.csv for all.

The record (`inventory` in dossiers.json and dossier.json) holds the counts, the
addresses of the per-dossier files and every document with its judgement, in
the same shape as `dossiers/<slug>/inventaris/inventaris.json`. documents.csv
has one row per document of every dossier, like items.csv has per item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..addresses import annex_url, dossier_url, inventory_csv_url, inventory_json_url, inventory_url
from ..inventory.export import row_json
from ..model.dossier import Dossier
from .items_csv import LIST_SEPARATOR

DOCUMENTS_CSV = "documents.csv"
COLUMNS = (
    "dossier", "dossier_url", "number", "date", "description", "judgement", "grounds",
    "annex", "page", "annex_url", "link", "link_url", "items",
)


def inventory_record(dossier: Dossier, url: Callable[[str], str]) -> dict[str, Any] | None:
    """The dossier's inventory for its open-data record, or None when it has none."""
    inventory = dossier.inventory
    if inventory is None:
        return None
    slug = dossier.slug
    return {
        "url": url(inventory_url(slug)),
        "csv_url": url(inventory_csv_url(slug)),
        "json_url": url(inventory_json_url(slug)),
        "counts": inventory.counts,
        "documents": [row_json(row) for row in inventory.rows],
    }


def _link_url(link: str | None, url: Callable[[str], str]) -> str:
    if not link:
        return ""
    return link if link.startswith(("http://", "https://")) else url(dossier_url(link))


def document_rows(record: dict[str, Any], url: Callable[[str], str]) -> list[dict[str, Any]]:
    """The rows of one dossier record: one per document of its inventory."""
    inventory = record.get("inventory")
    rows = []
    gone = {a["file"] for a in record["annexes"] if a["withdrawn"]}  # withdrawn: no address
    for doc in inventory["documents"] if inventory else ():
        page = f"#page={doc['page']}" if doc["page"] else ""
        rows.append({
            "dossier": record["slug"],
            "dossier_url": record["url"],
            "number": doc["number"],
            "date": doc["date"] or "",
            "description": doc["description"],
            "judgement": doc["judgement"],
            "grounds": LIST_SEPARATOR.join(doc["grounds"]),
            "annex": doc["annex"] or "",
            "page": doc["page"] or "",
            "annex_url": url(annex_url(record["slug"], doc["annex"])) + page
            if doc["annex"] and doc["annex"] not in gone else "",
            "link": doc["link"] or "",
            "link_url": _link_url(doc["link"], url),
            "items": LIST_SEPARATOR.join(str(n) for n in doc["items"]),
        })
    return rows

