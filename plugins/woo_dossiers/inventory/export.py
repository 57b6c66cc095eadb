"""The inventory as open data: CSV (the Dutch columns it was read from) and JSON.

JSON keys are the English field names of InventoryRow; values (judgements) stay Dutch.

Both hold every row; reading the CSV back with `load_inventory` gives the same rows.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from .columns import COLUMNS
from .model import Inventory, InventoryRow

JSON_VERSION = 1


def annex_cell(row: InventoryRow) -> str:
    if not row.annex:
        return ""
    return f"{row.annex}#page={row.page}" if row.page else row.annex


def csv_cells(row: InventoryRow) -> dict[str, str]:
    """A row as the text of each column, keyed by Column.key."""
    return {
        "number": row.number,
        "date": row.date.isoformat() if row.date else "",
        "description": row.description,
        "judgement": row.judgement,
        "grounds": "; ".join(row.grounds),
        "annex": annex_cell(row),
        "link": row.link or "",
        "items": ", ".join(str(n) for n in row.items),
    }


def inventory_csv(inventory: Inventory) -> str:
    """CSV text with a header row of the Dutch column names, comma-separated."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.name for column in COLUMNS])
    for row in inventory.rows:
        cells = csv_cells(row)
        writer.writerow([cells[column.key] for column in COLUMNS])
    return out.getvalue()


def inventory_csv_bytes(inventory: Inventory) -> bytes:
    # The BOM makes spreadsheet programs read the file as UTF-8; our reader skips it.
    return inventory_csv(inventory).encode("utf-8-sig")


def row_json(row: InventoryRow) -> dict[str, Any]:
    return {
        "number": row.number,
        "date": row.date.isoformat() if row.date else None,
        "description": row.description,
        "judgement": row.judgement,
        "grounds": list(row.grounds),
        "annex": row.annex,
        "page": row.page,
        "link": row.link,
        "items": list(row.items),
    }


def inventory_json(inventory: Inventory, slug: str) -> dict[str, Any]:
    """The inventory as a JSON-ready mapping: counts per judgement and every document."""
    return {
        "version": JSON_VERSION,
        "dossier": slug,
        "counts": inventory.counts,
        "documents": [row_json(row) for row in inventory.rows],
    }
